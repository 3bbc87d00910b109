export { issueReport as POST } from "@/lib/api/handlers/plans";
