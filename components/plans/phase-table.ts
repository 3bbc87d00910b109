import { formatCost } from "@/lib/money";
import { phaseCost } from "@/lib/documents/costs";
import type { ActivityItem, PhaseItem, UnitRef } from "@/lib/plans/document";
import { formatWindow } from "@/lib/dates";
import { phaseNumberText } from "@/lib/documents/format";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { activityBadgeClass } from "@/components/plans/status-badges";
import { cn } from "@/components/ui/cn";
import { Html, html } from "@/lib/html";

function units(list: UnitRef[]): Html | string {
  if (list.length === 1) return list[0]!.name;
  return html`<ul>${list.map((unit) => html`<li>${unit.name}</li>`)}</ul>`;
}

function content(text: string): Html | string {
  const lines = text.split("\n");
  return lines.length === 1 ? text : html`${lines.map((line) => html`<p>${line}</p>`)}`;
}

// Rows stay lean (a plan may have hundreds): cell styles come from .sheet and
// .phase-table, and so do the labels a cell shows on a phone ("Đơn vị chủ trì:
// …", by column in app/styles/document.css, not a data-label on every cell:
// a fifth of the page's bytes on a large plan); "Chi tiết" is a plain link;
// and the rows are one string made once per change with the cached plan body
// (components/plans/cached-plan-document.tsx), not a React tree carried
// through the cache, the RSC payload and the HTML renderer per view.
function activityRow(activity: ActivityItem, sub: boolean, withCost: boolean): Html {
  const progress = Math.max(0, Math.min(100, Math.round(activity.progress)));
  return html`<tr${sub ? html` class="sub"` : ""}><td>${activity.stt}</td><td>${content(activity.content)}</td><td>${activity.leadUnit.name}</td><td>${activity.supporters.length ? units(activity.supporters) : ""}</td><td><time datetime="${activity.start}">${formatWindow(activity.start, activity.end)}</time></td>${
    withCost ? html`<td class="whitespace-nowrap text-right">${formatCost(activity.cost)}</td>` : ""
  }<td>${activity.note}</td><td><span class="${activityBadgeClass(activity.status)}">${ACTIVITY_STATUS_LABELS[activity.status]}</span><div role="progressbar" aria-label="Tiến độ hoạt động ${activity.stt}" aria-valuenow="${progress}" class="${cn("meter", progress === 100 && "meter-full", "my-1")}" style="--v:${progress}%"></div><a href="/activities/${activity.id}" class="link text-xs">Chi tiết<span class="sr-only"> hoạt động ${activity.stt}</span></a></td></tr>`;
}

/** The body rows of a phase's table, as static markup. */
export function phaseRowsHtml(phase: Pick<PhaseItem, "activities">, shown: ActivityItem[], withCost: boolean, limit?: RowLimit): Html {
  const hidden = phase.activities.length - shown.length;
  return html`${shown.map((activity) => [activityRow(activity, false, withCost), activity.subTasks.map((sub) => activityRow(sub, true, withCost))])}${
    hidden > 0 && limit
      ? html`<tr class="more no-print"><td colspan="${withCost ? 8 : 7}" class="text-center font-sans text-sm">… và ${hidden} hoạt động khác. <a class="link" href="${limit.showAllHref}">Hiện tất cả ${phase.activities.length} hoạt động</a></td></tr>`
      : ""
  }${withCost ? html`<tr class="sum font-bold"><td></td><td colspan="4">Cộng</td><td class="whitespace-nowrap text-right">${formatCost(phaseCost(phase))}</td><td colspan="2"></td></tr>` : ""}`;
}

/** Rows shown per phase before "Hiện tất cả": only very large plans reach it. */
export type RowLimit = { rows: number; showAllHref: string };

/** A phase's table of activities as static markup (the content of phaseBodyHtml's scrolling frame). */
export function phaseTableHtml(phase: Pick<PhaseItem, "id" | "activities">, withCost: boolean, limit?: RowLimit): Html {
  const shown = limit ? phase.activities.slice(0, limit.rows) : phase.activities;
  return html`<table class="sheet phase-table${withCost ? " cost" : ""} stack-sm min-w-[60rem] table-fixed text-[0.95rem]" aria-labelledby="${phaseHeadingId(phase.id)}"><thead><tr class="bg-slate-100"><th scope="col" class="w-11">Stt</th><th scope="col">Nội dung</th><th scope="col" class="w-40">Đơn vị chủ trì</th><th scope="col" class="w-40">Đơn vị phối hợp</th><th scope="col" class="w-28">Thời gian</th>${
    withCost ? html`<th scope="col" class="w-32">Kinh phí (đồng)</th>` : ""
  }<th scope="col" class="w-32">Ghi chú</th><th scope="col" class="no-print w-32 font-sans text-sm">Trạng thái</th></tr></thead><tbody>${phaseRowsHtml(phase, shown, withCost, limit)}</tbody></table>`;
}

/** A phase without activities, in place of its table. */
export const emptyPhaseHtml = html`<p class="mt-2 font-sans text-sm italic text-slate-600">Giai đoạn này chưa có hoạt động.</p>`;

/**
 * A phase's table in its frame (it scrolls sideways on a narrow screen); table:
 * phaseTableHtml's markup, null when the phase has no activity. The frame is
 * .phase-body (app/styles/document.css): the browser lays a table out only when
 * it comes near the screen, and stands in for it meanwhile with a height
 * estimated from its number of rows (--rows; then with the height it last had).
 */
export function phaseBodyHtml(table: string | null): Html {
  if (table === null) return emptyPhaseHtml;
  const rows = table.split("<tr").length - 1;
  return html`<div class="phase-body mt-2 overflow-x-auto" style="--rows:${rows}">${new Html(table)}</div>`;
}

const phaseHeadingId = (phaseId: string) => `phase-${phaseId}`;

/**
 * A phase: its heading and its body. `body`, when given, is the body made
 * elsewhere (the plan page's cached phase tables, components/plans/cached-plan-document.tsx),
 * and `phase.activities` is not read; else the table is made here from them.
 * withCost: the plan's activities carry costs (a Kinh phí column, and the phase's sum under it).
 */
export function phaseSectionHtml(phase: PhaseItem, options: { limit?: RowLimit; withCost?: boolean; body?: Html }): Html {
  const { limit, withCost = false, body } = options;
  const headingId = phaseHeadingId(phase.id);
  return html`<section aria-labelledby="${headingId}" class="mt-4"><h4 id="${headingId}" class="font-bold">${phaseNumberText(phase.code)} ${phase.title} (từ ngày ${formatWindow(phase.start, phase.end)})</h4>${
    body ?? phaseBodyHtml(phase.activities.length === 0 ? null : phaseTableHtml(phase, withCost, limit).value)
  }</section>`;
}
