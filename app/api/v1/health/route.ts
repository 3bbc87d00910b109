export { health as GET } from "@/lib/api/handlers/misc";
