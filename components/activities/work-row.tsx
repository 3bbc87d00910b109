import type { WorkItem } from "@/lib/activities/work-queries";
import { formatDateTime, formatWindow } from "@/lib/dates";
import { ActivityStatusBadge } from "@/components/plans/status-badges";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { QuickUpdate } from "@/components/activities/quick-update";

/**
 * One activity of a unit's work list, rendered on the server: a unit can have
 * hundreds, so only the quick-update button is a client component, and links
 * are plain anchors (no prefetch per row).
 */
export function WorkRow({ item }: { item: WorkItem }) {
  const title = `${item.phase.code}.${item.stt}`;
  const panelId = `quick-${item.id}`;
  return (
    <li className={`work-row ${item.overdue ? "late" : item.dueSoon ? "soon" : ""}`}>
      <article aria-label={`Hoạt động ${title}: ${item.content.slice(0, 80)}`}>
        <div className="grid gap-3 md:grid-cols-[1fr_8rem_10rem_13rem] md:items-start">
          <div className="min-w-0">
            <p className="text-xs text-slate-500">
              {item.plan.numberLabel ? `${item.plan.numberLabel} · ` : ""}
              {item.plan.displayTitle} · mục {item.phase.code}
            </p>
            <a href={`/activities/${item.id}`} className="title">
              <span className="text-slate-500">{item.stt}.</span> <span className="whitespace-pre-line">{item.content}</span>
            </a>
            {item.parentContent ? <p className="text-xs text-slate-500">Việc con của: {item.parentContent}</p> : null}
            <p className="mt-1 flex flex-wrap gap-1">
              <Badge tone={item.part === "lead" ? "purple" : "gray"}>{item.part === "lead" ? "Chủ trì" : "Phối hợp"}</Badge>
              {item.overdue ? <Badge tone="red">Quá hạn</Badge> : null}
              {item.dueSoon ? <Badge tone="amber">Sắp đến hạn</Badge> : null}
            </p>
          </div>
          <div className="text-sm">
            <span className="text-xs text-slate-500 md:hidden">Thời gian: </span>
            <time dateTime={item.end}>{formatWindow(item.start, item.end)}</time>
          </div>
          <div className="space-y-1">
            <ActivityStatusBadge status={item.status} />
            <ProgressBar value={item.progress} label={`Tiến độ hoạt động ${title}`} />
          </div>
          <div className="flex flex-col items-start gap-1 text-xs text-slate-600 md:items-end">
            <span>{item.lastUpdateAt ? `Cập nhật ${formatDateTime(item.lastUpdateAt)}` : "Chưa cập nhật"}</span>
            <div className="flex gap-1 whitespace-nowrap">
              {item.rights.report ? (
                <QuickUpdate activity={{ id: item.id, version: item.version, status: item.status, statusReason: item.statusReason, progress: item.progress }} rights={item.rights} panelId={panelId} />
              ) : null}
              <a href={`/activities/${item.id}`} className={buttonClass("ghost", "sm")}>
                Chi tiết
              </a>
            </div>
          </div>
        </div>
        <div id={panelId} />
      </article>
    </li>
  );
}
