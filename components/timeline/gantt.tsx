import type { Timeline, TimelineRow } from "@/lib/dashboard/timeline";
import { daysBetween, describeWindow, formatWindow, shiftDate } from "@/lib/dates";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { cn } from "@/components/ui/cn";
import { html, type Html } from "@/lib/html";

// Legend colours; the bars take the same from .g-rows i.s-<STATUS> in app/styles/gantt.css.
const BAR: Record<string, string> = {
  NOT_STARTED: "bg-slate-400",
  IN_PROGRESS: "bg-brand-600",
  DONE: "bg-green-600",
  BLOCKED: "bg-amber-500",
  CANCELLED: "bg-slate-300",
};

function ticks(start: string, end: string): { day: string; label: string }[] {
  const days = daysBetween(start, end) + 1;
  const out: { day: string; label: string }[] = [];
  for (let i = 0; i < days; i++) {
    const day = shiftDate(start, i);
    const d = Number(day.slice(8, 10));
    const m = Number(day.slice(5, 7));
    if (days <= 45 || (days <= 120 && (d === 1 || d % 7 === 1)) || d === 1) out.push({ day, label: days <= 45 ? `${d}/${m}` : `${d}/${m}` });
  }
  return out;
}

function rowText(row: TimelineRow) {
  const status = row.status ? `, ${ACTIVITY_STATUS_LABELS[row.status]}` : "";
  return `${describeWindow(row.start, row.end)}${status}${row.overdue ? ", quá hạn" : ""}`;
}

/** Where a day and a row's bar fall across the window, in percent. */
export function scaleOf(window: { start: string; end: string }) {
  const total = daysBetween(window.start, window.end) + 1;
  return {
    total,
    pct: (day: string) => (daysBetween(window.start, day) / total) * 100,
    width: (row: TimelineRow) => ((daysBetween(row.start, row.end) + 1) / total) * 100,
  };
}

/**
 * The chart's rows as static markup: a label (a link when the row has a page), the bar drawn by CSS, no script.
 * Lean, as a year or a large plan has hundreds: the cells' looks come from their place in .g-rows
 * (app/styles/gantt.css), the bar's place from two custom properties.
 */
export function rowsHtml(rows: TimelineRow[], pct: (day: string) => number, width: (row: TimelineRow) => number): Html {
  return html`${rows.map((row) => {
    const label = row.href ? html`<a href="${row.href}">${row.label}</a>` : row.label;
    const detail = row.detail ? html`<small> · ${row.detail}</small>` : null;
    const title = `${formatWindow(row.start, row.end)}${row.status ? ` · ${ACTIVITY_STATUS_LABELS[row.status]}` : ""}${row.overdue ? " · quá hạn" : ""}`;
    const bar = cn(row.status && `s-${row.status}`, row.overdue && "late");
    const style = `--l:${pct(row.start).toFixed(2)}%;--w:${width(row).toFixed(2)}%`;
    return html`<li class="g-${row.kind}"><div>${label}${detail}<span class="sr-only">: ${rowText(row)}</span></div><div aria-hidden="true"><i title="${title}"${bar ? html` class="${bar}"` : ""} style="${style}"></i></div></li>`;
  })}`;
}

/**
 * A Gantt chart in plain HTML: bars positioned by date across the window,
 * a line for today, colours by status, overdue outlined in red. Overlapping
 * phases each keep their own row. Scrolls sideways on a phone; prints.
 */
/** The class of the element holding the rows (the grid's cells: it draws no box of its own). */
export const ROWS_LIST = "g-rows";

export function Gantt({ timeline, caption, rows }: { timeline: Timeline; caption: string; rows?: React.ReactNode }) {
  if (!timeline.window) return <p className="text-sm text-slate-600">Chưa có giai đoạn nào để vẽ.</p>;
  const { start, end } = timeline.window;
  const { total, pct, width } = scaleOf(timeline.window);
  const todayInside = timeline.today >= start && timeline.today <= end;
  const minWidth = Math.min(Math.max(total * 26, 640), 2400);
  return (
    <figure className="gantt space-y-2">
      <figcaption className="sr-only">{caption}</figcaption>
      <ul className="flex flex-wrap gap-3 text-xs text-slate-700" aria-label="Chú giải màu">
        {Object.entries(BAR).map(([status, color]) => (
          <li key={status} className="flex items-center gap-1">
            <span aria-hidden="true" className={cn("inline-block h-3 w-5 rounded-sm", color)} />
            {ACTIVITY_STATUS_LABELS[status as keyof typeof ACTIVITY_STATUS_LABELS]}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm bg-slate-400 ring-2 ring-red-600" />
          Quá hạn
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-0.5 bg-flag" />
          Hôm nay
        </li>
      </ul>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <div
          className={cn("grid grid-cols-[minmax(8.5rem,11rem)_1fr] text-sm md:grid-cols-[minmax(12rem,22rem)_1fr]", todayInside && "g-today")}
          // Rows draw the today line from --t (app/styles/gantt.css): one value for hundreds of rows.
          style={{ minWidth: `calc(${minWidth}px + 11rem)`, "--t": `${(pct(timeline.today) + 50 / total).toFixed(2)}%` } as React.CSSProperties}
        >
          <div className="sticky left-0 z-10 border-b border-r border-slate-200 bg-slate-50 px-2 py-1 text-xs font-semibold">Nội dung</div>
          <div className="relative h-7 border-b border-slate-200 bg-slate-50" aria-hidden="true">
            {ticks(start, end).map((t) => (
              <span key={t.day} className="absolute top-1 -translate-x-1/2 text-[10px] tabular-nums text-slate-500" style={{ left: `${pct(t.day) + 50 / total}%` }}>
                {t.label}
              </span>
            ))}
          </div>
          {/* One string for all rows, made once per change with the cached chart: hundreds of rows cost their bytes, not a React tree per view. */}
          {/* rows: the rows made elsewhere with this window, in a RowsList (the cached charts: components/timeline/cached-gantt.tsx). */}
          {rows ?? <ol className={ROWS_LIST} dangerouslySetInnerHTML={{ __html: rowsHtml(timeline.rows, pct, width).value }} />}
        </div>
      </div>
    </figure>
  );
}
