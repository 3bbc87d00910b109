export { downloadAttachment as GET } from "@/lib/api/handlers/activities";
