import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { presentSignedCopy } from "@/lib/api/present";
import { fileResponse } from "@/lib/file-response";
import { notFound } from "@/lib/errors";
import { attachSignedCopy, prepareSignedCopy } from "@/lib/signed-copies/service";
import { getSignedCopyForDownload, listSignedCopies } from "@/lib/signed-copies/queries";

/** POST /plans/{id}/signed-copies: the PDF read outside the transaction, stored in it; 201 with the copy. */
export const attachSignedCopyRoute = apiRoute(API.attachSignedCopy, async ({ user, params, body, transaction }) => {
  const prepared = await prepareSignedCopy(user, body.file);
  const { id } = await transaction((tx) => attachSignedCopy(tx, user, params.id, prepared));
  const copy = (await listSignedCopies(user, params.id)).find((c) => c.id === id);
  if (!copy) throw notFound("bản đã ký");
  return { status: 201, body: presentSignedCopy(copy), headers: { Location: `/api/v1/signed-copies/${id}` } };
});

/** POST /plans/{id}/report/signed-copies: the same for the issued results report (409 until it has its number). */
export const attachReportSignedCopyRoute = apiRoute(API.attachReportSignedCopy, async ({ user, params, body, transaction }) => {
  const prepared = await prepareSignedCopy(user, body.file);
  const { id } = await transaction((tx) => attachSignedCopy(tx, user, params.id, prepared, "REPORT"));
  const copy = (await listSignedCopies(user, params.id, "REPORT")).find((c) => c.id === id);
  if (!copy) throw notFound("bản đã ký");
  return { status: 201, body: presentSignedCopy(copy), headers: { Location: `/api/v1/signed-copies/${id}` } };
});

/** GET /signed-copies/{id}: the PDF, for a caller who may read its plan. */
export const downloadSignedCopy = apiRoute(API.downloadSignedCopy, async ({ user, params }) => fileResponse(await getSignedCopyForDownload(user, params.id)));
