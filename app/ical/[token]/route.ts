import { db } from "@/lib/db";
import { feedCalendar } from "@/lib/calendar-feeds/feed";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { publicBaseUrl } from "@/lib/env";

// Calendar apps fetch this without a session: the token in the address is the key.
export async function GET(request: Request, { params }: RouteContext<"/ical/[token]">) {
  const { token } = await params;
  const base = publicBaseUrl() ?? new URL(request.url).origin;
  try {
    const feed = await feedCalendar(db, token.replace(/\.ics$/, ""), base.replace(/\/$/, ""));
    if (!feed) return new Response("Không tìm thấy lịch (đường dẫn đã bị thu hồi hoặc không đúng).", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return new Response(feed.body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="kehoach.ics"',
        "Cache-Control": "private, max-age=300",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return new Response("Hệ thống tạm thời không kết nối được cơ sở dữ liệu.", { status: 503, headers: { "Retry-After": "30", "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
