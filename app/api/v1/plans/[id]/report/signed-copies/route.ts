export { attachReportSignedCopyRoute as POST } from "@/lib/api/handlers/signed-copies";
