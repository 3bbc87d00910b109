export { units as GET } from "@/lib/api/handlers/misc";
