import { getCurrentUser } from "@/lib/auth/session";
import { getAttachmentForDownload } from "@/lib/activities/queries";
import { isAppError } from "@/lib/errors";

// Files are served only to users who may read their activity, always as a
// download with the type we detected, never rendered inline.
export async function GET(_request: Request, { params }: RouteContext<"/files/[id]">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { id } = await params;
  try {
    const file = await getAttachmentForDownload(user, id);
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_").replaceAll('"', "")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      return new Response("Không tìm thấy tệp.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
