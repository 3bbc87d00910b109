// The plan page and the plan's chart are cached one phase at a time
// (components/plans/cached-plan-document.tsx, components/timeline/cached-gantt.tsx):
// the document's shell takes each phase's table as made apart, the chart joins
// each phase's rows. Put together they must print exactly what the whole plan
// rendered at once prints, with and without costs, with the row limit and
// with the document's own outline (phases numbered by its activity section).
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { planDocumentHtml } from "@/components/plans/plan-document";
import { phaseTableHtml, type RowLimit } from "@/components/plans/phase-table";
import { PlanBudget } from "@/components/plans/plan-budget";
import { Gantt, ROWS_LIST, rowsHtml, scaleOf } from "@/components/timeline/gantt";
import { budgetSummary, usesCost } from "@/lib/documents/costs";
import type { PlanDocument } from "@/lib/plans/document";
import type { Timeline } from "@/lib/dashboard/timeline";
import { plan2022 } from "@/tests/support/plan-2022-document";

const render = (element: React.ReactElement) => renderToStaticMarkup(element);

/** As the plan page puts it together: the shell without activities, each phase's table made apart (null: none). */
function inPieces(plan: PlanDocument, limit?: RowLimit) {
  const withCost = usesCost(plan);
  const bodies = Object.fromEntries(plan.phases.map((phase) => [phase.id, phase.activities.length ? phaseTableHtml(phase, withCost, limit).value : null]));
  const shell = { ...plan, phases: plan.phases.map((phase) => ({ ...phase, activities: [] })) };
  return render(createElement(PlanBudget, { plan, activities: budgetSummary(plan).activities })) + planDocumentHtml(shell, { bodies }).value;
}

/** The whole plan at once (the tables made from the phases' activities). */
function atOnce(plan: PlanDocument, limit?: RowLimit) {
  const summary = budgetSummary(plan);
  return render(createElement(PlanBudget, { plan, activities: summary.activities })) + planDocumentHtml(plan, { limit }).value;
}

function variants(): [string, PlanDocument][] {
  const { plan } = plan2022();
  const costed: PlanDocument = {
    ...plan,
    budgetAmount: 1_000_000,
    budgetSource: "Ngân sách tỉnh",
    phases: plan.phases.map((phase, p) => ({ ...phase, activities: phase.activities.map((a, i) => ({ ...a, cost: (p + i) % 2 ? 750_000 : null })) })),
  };
  const empty: PlanDocument = { ...plan, phases: [{ ...plan.phases[0]!, activities: [] }, ...plan.phases.slice(1)] };
  return [
    ["the 2022 plan, with its outline", plan],
    ["without an outline", { ...plan, outline: null }],
    ["with costs over the budget", costed],
    ["with a phase without activities", empty],
    ["without phases", { ...plan, phases: [] }],
  ];
}

describe("the plan document, one phase at a time", () => {
  for (const [name, plan] of variants()) {
    it(`prints what the whole plan printed: ${name}`, () => {
      expect(inPieces(plan)).toBe(atOnce(plan));
      const limit = { rows: 2, showAllHref: `/plans/${plan.id}?all=1` };
      expect(inPieces(plan, limit)).toBe(atOnce(plan, limit));
    });
  }

  it("the pieces hold each phase's first rows and the row limit's link", () => {
    const { plan } = plan2022();
    const html = inPieces(plan, { rows: 1, showAllHref: "/plans/x?all=1" });
    expect(html.split("Hiện tất cả").length - 1).toBe(plan.phases.length);
    for (const phase of plan.phases) expect(html).toContain(`href="/activities/${phase.activities[0]!.id}"`);
    for (const phase of plan.phases) expect(html).not.toContain(`href="/activities/${phase.activities[1]!.id}"`);
  });
});

describe("a phase's table frame", () => {
  // The frame is laid out only near the screen (content-visibility, app/styles/document.css); until then the
  // browser stands in with a height from its rows (--rows), so the page's scrollbar is about right before it has been.
  it("is a .phase-body that says how many rows it holds, the header and the limit's row included", () => {
    const { plan } = plan2022();
    const phase = plan.phases[0]!;
    const frames = (html: string) => [...html.matchAll(/<div class="phase-body mt-2 overflow-x-auto" style="--rows:(\d+)">/g)].map((m) => Number(m[1]));
    const rows = (activities: typeof phase.activities) => activities.reduce((n, a) => n + 1 + a.subTasks.length, 0);
    const whole = frames(planDocumentHtml(plan).value);
    expect(whole).toEqual(plan.phases.filter((p) => p.activities.length).map((p) => 1 + rows(p.activities)));
    const limited = frames(planDocumentHtml(plan, { limit: { rows: 1, showAllHref: "/x" } }).value);
    expect(limited[0]).toBe(1 + rows(phase.activities.slice(0, 1)) + 1);
  });
});

describe("the plan chart, one phase at a time", () => {
  it("joins the phases' rows into the markup the whole chart printed", () => {
    const timeline: Timeline = {
      window: { start: "2026-03-01", end: "2026-05-20" },
      today: "2026-04-02",
      rows: [
        { id: "p1", kind: "phase", label: "I. Chuẩn bị", start: "2026-03-01", end: "2026-03-20" },
        { id: "a1", kind: "activity", label: "1. Họp", detail: "VP", start: "2026-03-02", end: "2026-03-04", status: "DONE", href: "/activities/a1" },
        { id: "s1", kind: "subtask", label: "1.1. Giấy mời", detail: "VP", start: "2026-03-02", end: "2026-03-03", status: "NOT_STARTED", overdue: true, href: "/activities/s1" },
        { id: "p2", kind: "phase", label: "II. Triển khai", start: "2026-04-01", end: "2026-04-30" },
        { id: "a2", kind: "activity", label: "1. Hội thảo", detail: "P1", start: "2026-04-10", end: "2026-05-20", status: "IN_PROGRESS", href: "/activities/a2" },
      ],
    };
    const { pct, width } = scaleOf(timeline.window!);
    const phases = [timeline.rows.slice(0, 3), timeline.rows.slice(3)];
    const joined = phases.map((rows) => rowsHtml(rows, pct, width).value).join("");
    const whole = render(createElement(Gantt, { timeline, caption: "Biểu đồ" }));
    expect(render(createElement(Gantt, { timeline: { ...timeline, rows: [] }, caption: "Biểu đồ", rows: createElement("ol", { className: ROWS_LIST, dangerouslySetInnerHTML: { __html: joined } }) }))).toBe(whole);
    expect(whole).toContain("1.1. Giấy mời");
  });
});
