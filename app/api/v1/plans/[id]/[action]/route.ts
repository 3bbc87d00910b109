export { transition as POST } from "@/lib/api/handlers/plans";
