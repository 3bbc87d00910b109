import { getAttachmentForDownload } from "@/lib/activities/queries";
import { downloadRoute } from "@/lib/documents/download";

// Evidence files: only for users who may read their activity (else 404).
export const GET = downloadRoute(async (user, _request, { params }: RouteContext<"/files/[id]">) => {
  const file = await getAttachmentForDownload(user, (await params).id);
  return { bytes: file.data, fileName: file.fileName, contentType: file.contentType };
});
