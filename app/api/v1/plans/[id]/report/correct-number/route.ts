export { correctReportNumberRoute as POST } from "@/lib/api/handlers/plans";
