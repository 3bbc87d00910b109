export { listPlans as GET, createPlan as POST } from "@/lib/api/handlers/plans";
