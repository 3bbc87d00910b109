import type { UnitRow } from "@/lib/dashboard/queries";
import { cn } from "@/components/ui/cn";
import { SoftNavigationArea } from "@/components/shell/soft-navigation-area";
import { html, type Html } from "@/lib/html";
import { Markup } from "@/components/ui/markup";

export const SORT_KEYS = ["name", "lead.total", "lead.done", "lead.inProgress", "lead.overdue", "lead.onTimeRate", "support.total", "support.done", "support.inProgress", "support.overdue", "support.onTimeRate"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

function value(row: UnitRow, key: SortKey): number | string {
  if (key === "name") return row.name;
  const [side, field] = key.split(".") as ["lead" | "support", keyof UnitRow["lead"]];
  return row[side][field] ?? -1;
}

export function sortUnits(rows: UnitRow[], key: SortKey, dir: "asc" | "desc"): UnitRow[] {
  return [...rows].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    const order = typeof x === "string" ? x.localeCompare(String(y), "vi") : x - (y as number);
    return dir === "asc" ? order : -order;
  });
}

type Props = {
  rows: UnitRow[];
  sort: SortKey;
  dir: "asc" | "desc";
  /** Builds the link of a sortable header: the page keeps its own query. */
  sortHref: (key: SortKey, dir: "asc" | "desc") => string;
  /** Where a number leads: the unit's filtered list. */
  listHref: (unitId: string, filter: Record<string, string>) => string;
  /** Where a unit's name leads: what needs attention in its work (Việc cần chú ý), for those who may read it. */
  unitHref?: (unitId: string) => string;
  highlightUnitId?: string | null;
  caption: string;
  /** Rows shown before "Xem đủ …": a glance shows the units most behind first. */
  limit: { rows: number; expanded: boolean; toggleHref: string };
};

export const UNIT_ROWS = 15;

export function UnitTable({ rows: allRows, sort, dir, sortHref, listHref, unitHref, highlightUnitId, caption, limit }: Props) {
  const rows = limit.expanded ? allRows : allRows.slice(0, limit.rows);
  return <UnitTableFrame body={unitRowsHtml(rows, { listHref, unitHref, highlightUnitId }).value} total={allRows.length} sort={sort} dir={dir} sortHref={sortHref} caption={caption} limit={limit} />;
}

/** The rows of the table: one string of markup, which a cached fragment can hold (lib/dashboard/cached.ts). */
export function unitRowsHtml(rows: UnitRow[], { listHref, unitHref, highlightUnitId }: Pick<Props, "listHref" | "unitHref" | "highlightUnitId">): Html {
  // Up to eleven links a row on a table that can list 200 units: plain anchors,
  // cell styles from .figures (app/globals.css: every view of both dashboards
  // carries these rows twice, in the HTML and in the RSC payload, so a class
  // repeated on each cell is bytes on every view), and the rows one string of
  // markup (lib/html.ts) rather than hundreds of elements that stream as
  // separate segments.
  const cell = (unitId: string, count: number, filter: Record<string, string>, label: string, column: string, late?: boolean) =>
    html`<td data-label="${column}">${
      count ? html`<a href="${listHref(unitId, filter)}"${late ? html` class="late"` : ""}>${count}<span class="sr-only"> ${label}</span></a>` : html`<span class="nil">0</span>`
    }</td>`;
  const rate = (value: number | null, column: string) => html`<td data-label="${column}">${value === null ? html`<span class="nil">—</span>` : `${value}%`}</td>`;
  return html`${rows.map((row) => {
    const mine = row.id === highlightUnitId;
    const name = unitHref ? html`<a href="${unitHref(row.id)}" title="Việc cần chú ý của đơn vị">${row.name}</a>` : row.name;
    return html`<tr${mine ? html` class="bg-brand-50"` : ""}><th scope="row">${name}${mine ? html`<span class="ml-1 text-xs font-normal text-brand-700">(đơn vị của bạn)</span>` : ""}</th>${[
      cell(row.id, row.lead.total, { role: "lead" }, `việc chủ trì của ${row.shortName}`, "Chủ trì – số việc"),
      cell(row.id, row.lead.done, { role: "lead", status: "DONE" }, `việc chủ trì đã xong của ${row.shortName}`, "Chủ trì – xong"),
      cell(row.id, row.lead.inProgress, { role: "lead", status: "IN_PROGRESS" }, `việc chủ trì đang làm của ${row.shortName}`, "Chủ trì – đang làm"),
      cell(row.id, row.lead.overdue, { role: "lead", due: "overdue" }, `việc chủ trì quá hạn của ${row.shortName}`, "Chủ trì – quá hạn", true),
      rate(row.lead.onTimeRate, "Chủ trì – đúng hạn"),
      cell(row.id, row.support.total, { role: "support" }, `việc phối hợp của ${row.shortName}`, "Phối hợp – số việc"),
      cell(row.id, row.support.done, { role: "support", status: "DONE" }, `việc phối hợp đã xong của ${row.shortName}`, "Phối hợp – xong"),
      cell(row.id, row.support.inProgress, { role: "support", status: "IN_PROGRESS" }, `việc phối hợp đang làm của ${row.shortName}`, "Phối hợp – đang làm"),
      cell(row.id, row.support.overdue, { role: "support", due: "overdue" }, `việc phối hợp quá hạn của ${row.shortName}`, "Phối hợp – quá hạn", true),
      rate(row.support.onTimeRate, "Phối hợp – đúng hạn"),
    ]}</tr>`;
  })}`;
}

type FrameProps = Pick<Props, "sort" | "dir" | "sortHref" | "caption" | "limit"> & {
  /** The rows' markup (unitRowsHtml), already cut to the rows shown. */
  body: string;
  /** How many rows there are in all. */
  total: number;
};

/** The table's two header rows: sortable columns as plain anchors, one string of markup like the rows (lib/html.ts). */
export function unitHeadHtml({ sort, dir, sortHref }: Pick<Props, "sort" | "dir" | "sortHref">): Html {
  const header = (key: SortKey, label: string, className?: string) => {
    const active = sort === key;
    const next = active && dir === "desc" ? "asc" : "desc";
    return html`<th scope="col" aria-sort="${active ? (dir === "asc" ? "ascending" : "descending") : "none"}" class="${cn("px-2 py-2 font-semibold", key === "name" ? "text-left" : "text-right", className)}"><a href="${sortHref(key, key === "name" && !active ? "asc" : next)}" class="inline-flex items-center gap-1 underline-offset-2 hover:underline">${label}<span aria-hidden="true" class="text-slate-400">${active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span></a></th>`;
  };
  const side = (label: string) => html`<th scope="colgroup" colspan="5" class="border-l border-slate-200 px-2 py-1 text-center font-semibold">${label}</th>`;
  return html`<tr><th scope="col" class="px-2 py-1 text-left"></th>${side("Chủ trì")}${side("Phối hợp")}</tr><tr>${[
    header("name", "Đơn vị"),
    header("lead.total", "Số việc", "border-l border-slate-200"),
    header("lead.done", "Xong"),
    header("lead.inProgress", "Đang làm"),
    header("lead.overdue", "Quá hạn"),
    header("lead.onTimeRate", "Đúng hạn"),
    header("support.total", "Số việc", "border-l border-slate-200"),
    header("support.done", "Xong"),
    header("support.inProgress", "Đang làm"),
    header("support.overdue", "Quá hạn"),
    header("support.onTimeRate", "Đúng hạn"),
  ]}</tr>`;
}

/**
 * The table around its rows: sortable headers and the "Xem đủ" link, plain
 * anchors the area opens with the client router. Header and rows are markup:
 * as elements, the headers' sixty-odd were most of what both dashboards sent
 * through React on every view.
 */
export function UnitTableFrame({ body, total, sort, dir, sortHref, caption, limit }: FrameProps) {
  return (
    <SoftNavigationArea as="div" className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="figures stack-sm w-full min-w-[60rem] text-sm">
          <caption className="sr-only">{caption}</caption>
          <Markup as="thead" className="bg-slate-50 text-slate-700" html={unitHeadHtml({ sort, dir, sortHref }).value} />
          <Markup as="tbody" className="divide-y divide-slate-100" html={body} />
        </table>
      </div>
      {total > limit.rows ? (
        <p className="text-sm">
          <a className="link" href={limit.toggleHref}>
            {limit.expanded ? `Chỉ xem ${limit.rows} đơn vị đầu` : `Xem đủ ${total} đơn vị`}
          </a>
        </p>
      ) : null}
    </SoftNavigationArea>
  );
}