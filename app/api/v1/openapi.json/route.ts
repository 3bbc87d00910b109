export { openapi as GET } from "@/lib/api/handlers/misc";
