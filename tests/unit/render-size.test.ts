// What the two largest read pages send for every view: the plan document of a
// 240-activity plan and a 1,000-row Gantt. Sizes, not times. The markup has
// each activity once (no second copy for phones) and stays within a budget
// per row; and the React tree of these cached fragments does not grow with the
// rows: it is carried through the "use cache" entry, re-serialised into the
// page's RSC payload and rendered to HTML again on every view, so the rows are
// one string of static markup inside it (lib/html.ts).
import { describe, expect, it, vi } from "vitest";
import { createElement, isValidElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { planDocumentHtml } from "@/components/plans/plan-document";
import { Gantt } from "@/components/timeline/gantt";
import { UnitTable } from "@/components/dashboard/unit-table";
import { BurnUpChart } from "@/components/dashboard/burn-up-chart";
import type { ActivityItem, PlanDocument } from "@/lib/plans/document";
import type { Timeline, TimelineRow } from "@/lib/dashboard/timeline";
import { shiftDate } from "@/lib/dates";
import { plan2022 } from "@/tests/support/plan-2022-document";

vi.mock("@/components/ui/markup", () => import("@/tests/support/markup-inline"));
// A client component (the client router's click handler): here, the element it renders.
vi.mock("@/components/shell/soft-navigation-area", async () => {
  const { createElement: element } = await import("react");
  return { SoftNavigationArea: ({ as, children, ...attributes }: { as: string; children?: React.ReactNode }) => element(as, attributes, children) };
});

/** The 2022 plan grown to 240 activities (80 per phase), each with a unique content. */
function largePlan(): PlanDocument {
  const { plan } = plan2022();
  const template = plan.phases[0]!.activities[0]!;
  const phases = plan.phases.slice(0, 3).map((phase, p) => ({
    ...phase,
    activities: Array.from({ length: 80 }, (_, i): ActivityItem => ({
      ...template,
      id: `a-${p}-${i}`,
      stt: String(i + 1),
      content: `Nội dung hoạt động số ${p}-${i} của kế hoạch lớn`,
      note: i % 3 ? "" : `Ghi chú ${p}-${i}`,
      subTasks: [],
    })),
  }));
  return { ...plan, phases, outline: null };
}

function timeline(rows: number): Timeline {
  const start = "2026-01-01";
  const list: TimelineRow[] = Array.from({ length: rows }, (_, i) => ({
    id: `r${i}`,
    kind: i % 50 === 0 ? "phase" : "activity",
    label: `Hoạt động số ${i} trong biểu đồ`,
    detail: i % 50 === 0 ? undefined : "Văn phòng Sở",
    start: shiftDate(start, i % 200),
    end: shiftDate(start, (i % 200) + 10),
    status: i % 50 === 0 ? undefined : "IN_PROGRESS",
    overdue: i % 7 === 0,
    href: i % 50 === 0 ? undefined : `/activities/r${i}`,
  }));
  return { window: { start, end: shiftDate(start, 220) }, today: "2026-03-01", rows: list };
}

/** Elements in a server tree, function components expanded (these have no hooks). */
function treeSize(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, child) => n + treeSize(child), 0);
  if (!isValidElement(node)) return 0;
  const element = node as ReactElement<{ children?: unknown }>;
  const inner = typeof element.type === "function" ? treeSize((element.type as (props: unknown) => unknown)(element.props)) : treeSize(element.props.children);
  return 1 + inner;
}

const count = (html: string, text: string) => html.split(text).length - 1;
const elements = (html: string) => (html.match(/<[a-z][^>]*>/g) ?? []).length;

describe("what the large pages send", () => {
  it("the plan document has each activity once, in one lean row", () => {
    const plan = largePlan();
    const html = planDocumentHtml(plan).value;
    for (const phase of plan.phases) for (const a of phase.activities) expect(count(html, `>${a.content}<`)).toBe(1);
    const perRow = elements(html) / 240;
    const bytesPerRow = Buffer.byteLength(html) / 240;
    console.log(`plan document, 240 activities: ${Buffer.byteLength(html)} bytes, ${elements(html)} elements, ${perRow.toFixed(1)} elements and ${bytesPerRow.toFixed(0)} bytes per row`);
    expect(perRow).toBeLessThanOrEqual(ROW_ELEMENTS);
    expect(bytesPerRow).toBeLessThanOrEqual(ROW_BYTES);
  });

  it("a chart of 1,000 rows is a handful of React elements (the plan document is no React element at all)", () => {
    const chart = treeSize(createElement(Gantt, { timeline: timeline(1000), caption: "Biểu đồ" }));
    console.log(`React elements: Gantt of 1,000 rows ${chart}`);
    expect(chart).toBeLessThan(60);
  });

  it("the dashboards' table of 200 units and a year-long burn-up table are a handful of React elements", () => {
    const figures = (n: number) => ({ total: n, done: n % 5, inProgress: n % 2, blocked: 0, overdue: n % 3, onTime: n % 2, onTimeRate: n % 4 ? 50 : null });
    const rows = Array.from({ length: 200 }, (_, i) => ({ id: `u${i}`, name: `Phòng ${i}`, shortName: `P${i}`, lead: figures(i), support: figures(i + 1) }));
    const units = treeSize(
      createElement(UnitTable, { rows, sort: "name", dir: "asc", sortHref: (k, d) => `?sort=${k}&dir=${d}`, listHref: (u) => `/my-work?unit=${u}`, unitHref: (u) => `/attention?unit=${u}`, highlightUnitId: "u3", caption: "Đơn vị", limit: { rows: 15, expanded: true, toggleHref: "?units=all" } }),
    );
    const series = Array.from({ length: 366 }, (_, i) => ({ day: shiftDate("2026-01-01", i), done: i }));
    const burnUp = treeSize(createElement(BurnUpChart, { series, total: 400, today: "2026-06-01" }));
    console.log(`React elements: unit table of 200 rows ${units}, burn-up of 366 days ${burnUp}`);
    // The headers and the chart are markup too: what is left is the frame (table, caption, the link to all rows).
    expect(units).toBeLessThan(20);
    expect(burnUp).toBeLessThan(6);
  });

  it("the table's headers and the burn-up chart as markup say what they said as elements: sorted column, labelled chart, table for screen readers", () => {
    const rows = [{ id: "u1", name: "Phòng A & B", shortName: "A&B", lead: { total: 2, done: 1, inProgress: 1, blocked: 0, overdue: 0, onTime: 1, onTimeRate: 100 }, support: { total: 0, done: 0, inProgress: 0, blocked: 0, overdue: 0, onTime: 0, onTimeRate: null } }];
    const table = renderToStaticMarkup(
      createElement(UnitTable, { rows, sort: "lead.done", dir: "desc", sortHref: (k, d) => `?sort=${k}&dir=${d}&q=<x>`, listHref: (u) => `/my-work?unit=${u}`, highlightUnitId: null, caption: "Đơn vị", limit: { rows: 15, expanded: false, toggleHref: "?units=all" } }),
    );
    const head = /<thead[^>]*>(.*)<\/thead>/s.exec(table)![1]!;
    expect(count(head, "<th ")).toBe(14);
    expect(count(head, 'aria-sort="descending"')).toBe(1);
    expect(count(head, 'aria-sort="none"')).toBe(10);
    // The sorted column's link turns the order; every href is escaped.
    expect(head).toContain('href="?sort=lead.done&amp;dir=asc&amp;q=&lt;x&gt;"');
    expect(head).toContain('colspan="5"');
    const series = [
      { day: "2026-05-01", done: 0 },
      { day: "2026-05-02", done: 2 },
      { day: "2026-05-03", done: 3 },
    ];
    const chart = renderToStaticMarkup(createElement(BurnUpChart, { series, total: 4, today: "2026-05-02" }));
    expect(chart).toContain('<svg viewBox="0 0 720 260"');
    expect(chart).toContain('<desc id="burnup-desc">Từ 01/05/2026 đến 03/05/2026: 3 trên 4 hoạt động đã hoàn thành.</desc>');
    expect(chart).toContain(">Tổng 4</text>");
    expect(count(chart, 'stroke="#c8102e"')).toBe(1); // today
    expect(count(chart, "<tr><td")).toBe(3);
    expect(chart).toContain("<td class=\"text-right tabular-nums\">3/4</td>");
    expect(renderToStaticMarkup(createElement(BurnUpChart, { series, total: 4, today: "2027-01-01" }))).not.toContain('stroke="#c8102e"');
  });

  it("a row of the table by unit stays lean: its styles come from .figures, not a class on each cell", () => {
    const f = { total: 12, done: 3, inProgress: 4, blocked: 1, overdue: 2, onTime: 3, onTimeRate: 60 };
    const id = "453f0e6c-f30c-49b6-be61-4bc6038ad0ac";
    const rows = Array.from({ length: 15 }, (_, i) => ({ id: `${id.slice(0, -2)}${String(i).padStart(2, "0")}`, name: `Phòng Quản lý công nghệ và đổi mới sáng tạo ${i}`, shortName: `Phòng QLCN ${i}`, lead: f, support: f }));
    const html = renderToStaticMarkup(
      createElement(UnitTable, { rows, sort: "name", dir: "asc", sortHref: (k, d) => `?sort=${k}&dir=${d}`, listHref: (u, filter) => `/my-work?${new URLSearchParams({ unit: u, ...filter })}`, unitHref: (u) => `/attention?unit=${u}`, highlightUnitId: null, caption: "Đơn vị", limit: { rows: 15, expanded: false, toggleHref: "?units=all" } }),
    );
    const body = /<tbody[^>]*>(.*)<\/tbody>/s.exec(html)![1]!;
    const perRow = body.length / 15;
    console.log(`table by unit: ${Math.round(perRow)} bytes a row`);
    // Every count still links its list and says what it counts to a screen reader.
    expect(count(body, '<span class="sr-only"> việc chủ trì đã xong của Phòng QLCN 7</span>')).toBe(1);
    expect(count(body, "underline-offset-2")).toBe(0);
    expect(perRow).toBeLessThan(1_950);
  });

  it("the Gantt's rows are static markup: no client props, each label once, a lean row", () => {
    const html = renderToStaticMarkup(createElement(Gantt, { timeline: timeline(1000), caption: "Biểu đồ" }));
    for (const i of [1, 499, 999]) expect(count(html, `>Hoạt động số ${i} trong biểu đồ<`)).toBe(1);
    const perRow = elements(html) / 1000;
    const bytesPerRow = Buffer.byteLength(html) / 1000;
    console.log(`Gantt, 1,000 rows: ${Buffer.byteLength(html)} bytes, ${elements(html)} elements, ${perRow.toFixed(1)} elements and ${bytesPerRow.toFixed(0)} bytes per row`);
    expect(perRow).toBeLessThanOrEqual(GANTT_ELEMENTS);
    expect(bytesPerRow).toBeLessThanOrEqual(GANTT_BYTES);
  });
});

// Budgets per row, a little above today's markup (9 elements and 570 bytes per
// plan row; 7 elements and 452 bytes per chart row), so that a second copy of
// a row, a per-row dialog or long per-cell classes do not slip in unnoticed.
const ROW_ELEMENTS = 10;
const ROW_BYTES = 640;
const GANTT_ELEMENTS = 8;
const GANTT_BYTES = 500;
