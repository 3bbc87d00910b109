import type { SessionUser } from "@/lib/auth/user";
import type { Tx } from "@/lib/db-client";
import type { SignedCopyKind } from "@/lib/generated/prisma/enums";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { presentSignedCopy } from "@/lib/api/present";
import { fileResponse } from "@/lib/file-response";
import { notFound } from "@/lib/errors";
import { attachSignedCopy, prepareSignedCopy } from "@/lib/signed-copies/service";
import { getSignedCopyForDownload, listSignedCopies } from "@/lib/signed-copies/queries";

type Attach = { user: SessionUser; params: { id: string }; body: { file: Blob }; transaction: <T>(run: (tx: Tx) => Promise<T>) => Promise<T> };

/** The PDF read outside the transaction, stored in it; 201 with the copy and its Location. */
async function attach({ user, params, body, transaction }: Attach, kind: SignedCopyKind) {
  const prepared = await prepareSignedCopy(user, body.file);
  const { id } = await transaction((tx) => attachSignedCopy(tx, user, params.id, prepared, kind));
  const copy = (await listSignedCopies(user, params.id, kind)).find((c) => c.id === id);
  if (!copy) throw notFound("bản đã ký");
  return { status: 201, body: presentSignedCopy(copy), headers: { Location: `/api/v1/signed-copies/${id}` } };
}

/** POST /plans/{id}/signed-copies. */
export const attachSignedCopyRoute = apiRoute(API.attachSignedCopy, (context) => attach(context, "PLAN"));

/** POST /plans/{id}/report/signed-copies: the issued results report's (409 until it has its number). */
export const attachReportSignedCopyRoute = apiRoute(API.attachReportSignedCopy, (context) => attach(context, "REPORT"));

/** GET /signed-copies/{id}: the PDF, for a caller who may read its plan. */
export const downloadSignedCopy = apiRoute(API.downloadSignedCopy, async ({ user, params }) => fileResponse(await getSignedCopyForDownload(user, params.id)));
