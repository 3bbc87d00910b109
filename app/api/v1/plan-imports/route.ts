export { importPlan as POST } from "@/lib/api/handlers/plan-imports";
