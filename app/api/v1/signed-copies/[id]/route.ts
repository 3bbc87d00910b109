export { downloadSignedCopy as GET } from "@/lib/api/handlers/signed-copies";
