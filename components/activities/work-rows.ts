// A unit's work rows as static markup (lib/html.ts), made once per change of
// the unit's work and shared by every reader (components/activities/cached-work.ts).
// A busy unit shows dozens of rows: as React elements they were rendered,
// serialised into the RSC payload and turned into HTML on every view. The one
// part that differs per reader, the "Cập nhật nhanh" button, sits between the
// row's two halves and is added per request (rowWithButton); one client island
// (components/activities/quick-updates.tsx) opens the form under the row.
import type { SharedUnitWork } from "@/lib/activities/work-queries";
import { formatDateTime, formatWindow } from "@/lib/dates";
import { html } from "@/lib/html";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { activityBadgeClass } from "@/components/plans/status-badges";
import { cn } from "@/components/ui/cn";

type Item = SharedUnitWork["groups"][number]["items"][number];

/** The element under a row where its quick form opens. */
export const quickPanelId = (activityId: string) => `quick-${activityId}`;

/** A row's markup, cut where the reader's "Cập nhật nhanh" button goes. */
export type RowHalves = { before: string; after: string };

export function workRowHalves(item: Item): RowHalves {
  const title = `${item.phase.code}.${item.stt}`;
  const progress = Math.max(0, Math.min(100, Math.round(item.progress)));
  const before = html`<li class="work-row ${item.overdue ? "late" : item.dueSoon ? "soon" : ""}"><article aria-label="Hoạt động ${title}: ${item.content.slice(0, 80)}"><div class="cols"><div class="min-w-0"><p class="meta">${item.plan.numberLabel ? `${item.plan.numberLabel} · ` : ""}${item.plan.displayTitle} · mục ${item.phase.code}</p><a href="/activities/${item.id}" class="title"><span class="text-slate-500">${item.stt}.</span> <span class="whitespace-pre-line">${item.content}</span></a>${
    item.parentContent ? html`<p class="meta">Việc con của: ${item.parentContent}</p>` : ""
  }<p class="mt-1 flex flex-wrap gap-1"><span class="badge ${item.part === "lead" ? "badge-purple" : "badge-gray"}">${item.part === "lead" ? "Chủ trì" : "Phối hợp"}</span>${
    item.overdue ? html`<span class="badge badge-red">Quá hạn</span>` : ""
  }${item.dueSoon ? html`<span class="badge badge-amber">Sắp đến hạn</span>` : ""}</p></div><div class="text-sm"><span class="meta md:hidden">Thời gian: </span><time datetime="${item.end}">${formatWindow(item.start, item.end)}</time></div><div class="space-y-1"><span class="${activityBadgeClass(item.status)}">${ACTIVITY_STATUS_LABELS[item.status]}</span><div role="progressbar" aria-label="Tiến độ hoạt động ${title}" aria-valuenow="${progress}" class="${cn("meter", progress === 100 && "meter-full")}" style="--v:${progress}%"></div></div><div class="acts"><span>${
    item.lastUpdateAt ? `Cập nhật ${formatDateTime(item.lastUpdateAt)}` : "Chưa cập nhật"
  }</span><div class="btns">`;
  const after = html`<a href="/activities/${item.id}" class="btn btn-ghost">Chi tiết</a></div></div></div><div id="${quickPanelId(item.id)}"></div></article></li>`;
  return { before: before.value, after: after.value };
}

/** The reader's button; the island (quick-updates.tsx) finds it by data-quick and keeps aria-expanded in step (the look follows it: app/globals.css). */
export function quickButtonHtml(activityId: string): string {
  return html`<button type="button" class="btn btn-quick" aria-expanded="false" aria-controls="${quickPanelId(activityId)}" data-quick="${activityId}">Cập nhật nhanh</button>`.value;
}

/** One row for one reader: with the button when they may report on it. */
export function rowWithButton(row: RowHalves & { id: string }, withButton: boolean): string {
  return row.before + (withButton ? quickButtonHtml(row.id) : "") + row.after;
}
