import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { planJson } from "@/lib/api/handlers/plans";
import { previewImport, readImport } from "@/lib/documents/import-service";
import type { PlanImportRequest } from "@/lib/api/import-schemas";
import { presentImportPreview, saveImport } from "@/lib/documents/import-api";

/** POST /plan-imports: the preview (200), or with save: true the plan created from it (201). */
export const importPlan = apiRoute(API.importPlan, async ({ user, body: parsed, transaction }) => {
  // The wrapper parsed either shape: JSON with text, or multipart with file.
  const body = parsed as PlanImportRequest;
  const source = "file" in body ? { file: body.file } : { text: body.text };
  // Read outside any transaction: a DOCX is read in a worker, within the upload page's limits.
  const blocks = await readImport(user, source);
  if (!body.save) return { body: presentImportPreview(await transaction((tx) => previewImport(tx, user, source, blocks))) };
  const { id } = await transaction((tx) => saveImport(tx, user, { ...source, unitMap: body.unitMap, asIssued: body.asIssued, eventDate: body.eventDate }, blocks));
  return { status: 201, body: await planJson(user, id), headers: { Location: `/api/v1/plans/${id}` } };
});
