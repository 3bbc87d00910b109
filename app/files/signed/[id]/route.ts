import { getSignedCopyForDownload } from "@/lib/signed-copies/queries";
import { downloadRoute } from "@/lib/documents/download";

// Signed copies: only for users who may read their plan (else 404).
export const GET = downloadRoute(async (user, _request, { params }: RouteContext<"/files/signed/[id]">) => getSignedCopyForDownload(user, (await params).id));
