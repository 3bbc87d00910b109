export { getPlan as GET, patchPlan as PATCH } from "@/lib/api/handlers/plans";
