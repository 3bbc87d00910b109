export { addPhase as POST } from "@/lib/api/handlers/plans";
