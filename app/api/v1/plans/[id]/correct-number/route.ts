export { correctNumber as POST } from "@/lib/api/handlers/plans";
