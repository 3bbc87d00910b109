export { attachSignedCopyRoute as POST } from "@/lib/api/handlers/signed-copies";
