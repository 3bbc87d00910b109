"use client";
import { useState } from "react";
import { regenerateFeedAction, revokeFeedAction } from "@/lib/calendar-feeds/actions";
import type { FeedInfo } from "@/lib/calendar-feeds/queries";
import { InlineAction } from "@/components/ui/inline-action";
import { Button } from "@/components/ui/button";

/** The iCalendar subscription address, to paste into Outlook, Google or a phone's calendar. */
export function FeedPanel({ feed, target, baseUrl }: { feed: FeedInfo; target: { kind: "plan" | "unit"; id: string }; baseUrl: string }) {
  const [copied, setCopied] = useState(false);
  const url = feed.token ? `${baseUrl}/ical/${feed.token}.ics` : null;
  return (
    <section aria-labelledby={`feed-${target.id}`} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <h2 id={`feed-${target.id}`} className="text-base font-semibold">
        Đăng ký lịch (iCalendar)
      </h2>
      <p className="mt-1 text-slate-600">
        Dán đường dẫn này vào Outlook, Google Calendar hoặc lịch điện thoại để thấy các hoạt động {target.kind === "plan" ? "của kế hoạch" : "của đơn vị"}; lịch tự cập nhật. Ai có đường dẫn đều xem được lịch: chỉ chia sẻ trong đơn vị.
      </p>
      {url ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-slate-100 px-2 py-1 text-xs" aria-label="Đường dẫn lịch">
            {url}
          </code>
          <Button size="sm" variant="secondary" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}>
            {copied ? "Đã sao chép" : "Sao chép"}
          </Button>
        </div>
      ) : (
        <p className="mt-2 text-slate-700">Chưa có đường dẫn lịch.</p>
      )}
      {feed.canManage ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <InlineAction action={regenerateFeedAction} fields={{ kind: target.kind, id: target.id }} variant={url ? "secondary" : "primary"}>
            {url ? "Tạo đường dẫn mới (đường dẫn cũ ngừng hoạt động)" : "Tạo đường dẫn lịch"}
          </InlineAction>
          {url ? (
            <InlineAction action={revokeFeedAction} fields={{ kind: target.kind, id: target.id }} variant="ghost">
              Thu hồi
            </InlineAction>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
