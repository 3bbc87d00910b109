import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/user";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { GeneratedFile } from "@/lib/documents/exports";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266 / 5987). */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^\x20-\x7e]/g, "_")
    .replaceAll('"', "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A route that sends a generated document to a signed-in user. The loader
 * applies the domain's access rules (it throws NOT_FOUND for what the user
 * may not read) and returns null for a malformed address.
 */
export function downloadRoute<C>(load: (user: SessionUser, request: Request, context: C) => Promise<GeneratedFile | null>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return text("Vui lòng đăng nhập.", 401);
    try {
      const file = await load(user, request, context);
      if (!file) return text("Không tìm thấy.", 404);
      return new Response(new Uint8Array(file.bytes), {
        headers: {
          "Content-Type": file.contentType,
          "Content-Length": String(file.bytes.byteLength),
          "Content-Disposition": attachment(file.fileName),
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "private, no-store",
        },
      });
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") return text("Không tìm thấy hoặc bạn không có quyền xem.", 404);
      if (isAppError(error) && error.code === "FORBIDDEN") return text("Bạn không có quyền tải văn bản này.", 403);
      logError("document export failed", error, { userId: user.id, url: request.url });
      return text("Chưa tạo được văn bản; vui lòng thử lại.", 500);
    }
  };
}
