export { addUpdate as POST } from "@/lib/api/handlers/activities";
