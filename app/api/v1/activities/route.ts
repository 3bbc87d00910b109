export { listActivities as GET } from "@/lib/api/handlers/activities";
