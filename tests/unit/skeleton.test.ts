// The slow pages' loading states (components/ui/skeleton.tsx) go out with every
// view of those pages, in the HTML and the RSC payload: their repeated lines,
// rows and bars are one element's backgrounds (app/styles/skeleton.css), so a
// skeleton's size does not grow with the rows it shows.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SkeletonCard, SkeletonGantt, SkeletonLines, SkeletonTable } from "@/components/ui/skeleton";

const elements = (markup: string) => markup.match(/<[a-z]+[\s>]/g)?.length ?? 0;

describe("skeletons", () => {
  it("keep the same number of elements whatever the rows, lines or bars", () => {
    expect(elements(renderToStaticMarkup(createElement(SkeletonTable, { rows: 60 })))).toBe(elements(renderToStaticMarkup(createElement(SkeletonTable, { rows: 6 }))));
    expect(elements(renderToStaticMarkup(createElement(SkeletonGantt, { rows: 40 })))).toBe(elements(renderToStaticMarkup(createElement(SkeletonGantt, { rows: 8 }))));
    expect(elements(renderToStaticMarkup(createElement(SkeletonCard, { lines: 12 })))).toBe(elements(renderToStaticMarkup(createElement(SkeletonCard, { lines: 3 }))));
    expect(elements(renderToStaticMarkup(createElement(SkeletonGantt, { rows: 12 })))).toBeLessThanOrEqual(6);
  });

  it("size the painted element by its count, hidden from assistive technology", () => {
    const lines = renderToStaticMarkup(createElement(SkeletonLines, { lines: 9 }));
    expect(lines).toContain('aria-hidden="true"');
    expect(lines).toContain("--sk-n:9");
    expect(renderToStaticMarkup(createElement(SkeletonTable, { rows: 6 }))).toContain("--sk-n:6");
  });

  it("place each Gantt bar on its own row, its left edge where the row's bar starts", () => {
    const markup = renderToStaticMarkup(createElement(SkeletonGantt, { rows: 3 }));
    // Rows 0, 1, 2: bars at 0 %, 11 %, 22 % of width 20 %, 27 %, 34 %; a layer at p % puts its left edge at p × (100 − width) %.
    expect(markup).toContain("background-position:0.00% 0rem, 15.07% 1.75rem, 33.33% 3.5rem");
    expect(markup).toContain("background-size:20% 1.25rem, 27% 1.25rem, 34% 1.25rem");
  });
});
