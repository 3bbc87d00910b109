export { addActivity as POST } from "@/lib/api/handlers/phases";
