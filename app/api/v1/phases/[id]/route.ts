export { patchPhase as PATCH, removePhase as DELETE } from "@/lib/api/handlers/phases";
