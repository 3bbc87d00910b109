export { dashboard as GET } from "@/lib/api/handlers/misc";
