import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/user";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { fileResponse, type DownloadFile } from "@/lib/file-response";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { noteDatabaseUnavailable } from "@/lib/db-health";
import { DB_RETRY_AFTER_SECONDS, DB_UNAVAILABLE_MESSAGE } from "@/lib/db-unavailable";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * A route that sends a file to a signed-in user. The loader
 * applies the domain's access rules (it throws NOT_FOUND for what the user
 * may not read) and returns null for a malformed address.
 */
export function downloadRoute<C>(load: (user: SessionUser, request: Request, context: C) => Promise<DownloadFile | null>) {
  return async (request: Request, context: C): Promise<Response> => {
    let user: SessionUser | null = null;
    try {
      user = await getCurrentUser();
      if (!user) return text("Vui lòng đăng nhập.", 401);
      const file = await load(user, request, context);
      if (!file) return text("Không tìm thấy.", 404);
      return fileResponse(file);
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") return text("Không tìm thấy hoặc bạn không có quyền xem.", 404);
      if (isAppError(error) && error.code === "FORBIDDEN") return text("Bạn không có quyền tải văn bản này.", 403);
      // Files are not pages (proxy.ts does not see them): the same 503 as the API.
      if (isDatabaseUnavailable(error)) {
        noteDatabaseUnavailable();
        return new Response(`${DB_UNAVAILABLE_MESSAGE} Vui lòng thử lại sau ít phút.`, {
          status: 503,
          headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(DB_RETRY_AFTER_SECONDS) },
        });
      }
      logError("document export failed", error, { userId: user?.id, url: request.url });
      return text("Chưa tạo được văn bản; vui lòng thử lại.", 500);
    }
  };
}
