// "Việc của đơn vị" rows as static markup (components/activities/work-rows.ts):
// every value escaped, the reader's quick-update button only where they may
// report, and the list a handful of React elements and lean markup whatever
// its length, since the rows are cached and sent on every view.
import { describe, expect, it, vi } from "vitest";
import { createElement, isValidElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { SharedUnitWork } from "@/lib/activities/work-queries";
import { quickButtonHtml, rowWithButton, workRowHalves } from "@/components/activities/work-rows";
import { WorkGroups } from "@/components/activities/work-groups";
import { FilterSelectMarkup, optionsMarkup } from "@/components/ui/filter-form";

vi.mock("@/components/ui/markup", () => import("@/tests/support/markup-inline"));

type Item = SharedUnitWork["groups"][number]["items"][number];

function item(i: number, overrides: Partial<Item> = {}): Item {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    phaseId: "phase",
    parentId: null,
    order: i,
    content: `Hoạt động số ${i} của đơn vị`,
    description: "",
    leadUnit: { id: "unit-a", name: "Phòng A", shortName: "A", kind: "INTERNAL" },
    supporters: [],
    start: "2026-05-01",
    end: "2026-06-18",
    note: "",
    output: "",
    deadline: false,
    cost: null,
    status: "IN_PROGRESS",
    progress: 40,
    result: "",
    actualStart: null,
    actualEnd: null,
    lastUpdateAt: new Date("2026-05-03T03:04:00Z"),
    version: 3,
    stt: String(i),
    statusReason: "",
    parentContent: null,
    phase: { code: "2.1", title: "Triển khai" },
    plan: { id: "plan", status: "ISSUED", displayTitle: "Kế hoạch triển khai", numberLabel: "12/KH-SKHCN" },
    group: "overdue",
    overdue: true,
    dueSoon: false,
    leadUnitId: "unit-a",
    supporterUnitIds: [],
    part: "lead",
    ...overrides,
  };
}

/** Elements in a server tree, function components expanded (these have no hooks). */
function treeSize(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, child) => n + treeSize(child), 0);
  if (!isValidElement(node)) return 0;
  const element = node as ReactElement<{ children?: unknown }>;
  const inner = typeof element.type === "function" ? treeSize((element.type as (props: unknown) => unknown)(element.props)) : treeSize(element.props.children);
  return 1 + inner;
}

describe("a unit's work rows", () => {
  it("escape every value: a title cannot open a tag or an attribute", () => {
    const evil = item(1, { content: `<img src=x onerror="alert(1)"> & 'x'`, parentContent: "</li><script>alert(2)</script>", plan: { ...item(1).plan, displayTitle: `"><b>` } });
    const row = rowWithButton({ id: evil.id, ...workRowHalves(evil) }, true);
    expect(row).not.toContain("<img");
    expect(row).not.toContain("<script>");
    expect(row).not.toContain(`"><b>`);
    expect(row).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#x27;x&#x27;");
    expect(row).toContain(`aria-label="Hoạt động 2.1.1: &lt;img src=x onerror=&quot;alert(1)&quot;&gt;`);
  });

  it("carry the reader's quick-update button only where they may report, tied to the row's panel", () => {
    const row = { id: item(7).id, ...workRowHalves(item(7)) };
    expect(rowWithButton(row, false)).not.toContain("data-quick");
    expect(rowWithButton(row, false)).not.toContain("Cập nhật nhanh");
    const withButton = rowWithButton(row, true);
    expect(withButton).toContain(quickButtonHtml(row.id));
    expect(withButton).toContain(`aria-controls="quick-${row.id}"`);
    expect(withButton).toContain(`<div id="quick-${row.id}"></div>`);
    // The button sits among the row's actions, before "Chi tiết".
    expect(withButton.indexOf("Cập nhật nhanh")).toBeLessThan(withButton.indexOf(">Chi tiết<"));
  });

  it("show what the list showed as React: status, progress, part, lateness, window, last update", () => {
    const html = rowWithButton({ id: item(2).id, ...workRowHalves(item(2, { progress: 100, status: "DONE", overdue: false, dueSoon: false, part: "support", lastUpdateAt: null })) }, false);
    expect(html).toContain(`<span class="badge badge-green">Hoàn thành</span>`);
    expect(html).toContain(`role="progressbar" aria-label="Tiến độ hoạt động 2.1.2" aria-valuenow="100" class="meter meter-full" style="--v:100%"`);
    expect(html).toContain(`<span class="badge badge-gray">Phối hợp</span>`);
    expect(html).not.toContain("Quá hạn");
    expect(html).toContain(`<time datetime="2026-06-18">01/5–18/6/2026</time>`);
    expect(html).toContain("Chưa cập nhật");
    const late = rowWithButton({ id: item(3).id, ...workRowHalves(item(3, { dueSoon: false })) }, false);
    expect(late).toContain(`<li class="work-row late">`);
    expect(late).toContain(`<span class="badge badge-red">Quá hạn</span>`);
    expect(late).toContain("Cập nhật 03/05/2026 10:04");
  });

  it("a group of 50 rows is a handful of React elements, each row once in the markup", () => {
    const rows = Array.from({ length: 50 }, (_, i) => item(i + 1));
    const rowsHtml = rows.map((r, i) => rowWithButton({ id: r.id, ...workRowHalves(r) }, i % 2 === 0)).join("");
    const groups = [{ group: "overdue" as const, count: 120, page: 1, pages: 3, shown: 50, rowsHtml }];
    const tree = createElement(WorkGroups, { groups, chosen: true, href: (extra) => `/my-work?page=${String(extra.page)}` });
    const size = treeSize(tree);
    const html = renderToStaticMarkup(tree);
    for (const r of rows) expect(html.split(`>${r.content}<`).length - 1).toBe(1);
    expect(html.split("data-quick=").length - 1).toBe(25);
    console.log(`work list, 50 rows: ${size} React elements, ${Buffer.byteLength(html)} bytes`);
    expect(size).toBeLessThan(20);
    // A little above today's 1,280 bytes a row (half of them with a button): styles come from .work-row's classes.
    expect(Buffer.byteLength(html) / 50).toBeLessThanOrEqual(1400);
  });

  it("the filter's long selects are markup made once; the chosen option is marked per request, names escaped", () => {
    const options = optionsMarkup([{ value: "u1", label: "Phòng A" }, { value: "u2", label: `Trung tâm <"B"> & C` }], "Tất cả");
    expect(options).toBe(`<option value="">Tất cả</option><option value="u1">Phòng A</option><option value="u2">Trung tâm &lt;&quot;B&quot;&gt; &amp; C</option>`);
    const chosen = renderToStaticMarkup(createElement(FilterSelectMarkup, { id: "f", name: "unit", label: "Đơn vị", value: "u2", options }));
    expect(chosen).toContain(`<label for="f"`);
    expect(chosen).toContain(`<option value="u2" selected>`);
    expect(chosen.split("selected").length - 1).toBe(1);
    const none = renderToStaticMarkup(createElement(FilterSelectMarkup, { id: "f", name: "unit", label: "Đơn vị", options }));
    expect(none).not.toContain("selected");
    // A value not among the options marks nothing (the browser shows the first).
    expect(renderToStaticMarkup(createElement(FilterSelectMarkup, { id: "f", name: "unit", label: "Đơn vị", value: "u9", options }))).not.toContain("selected");
  });
});
