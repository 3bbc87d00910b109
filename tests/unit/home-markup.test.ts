// The dashboards' lists made once as markup (components/dashboard/*: plan cards,
// the next seven days, the latest updates) and the sums their figures are made
// of (lib/dashboard/plan-figures.ts, counting.ts).
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Badge } from "@/components/ui/badge";
import { PROGRESS_RULE_ID } from "@/components/dashboard/progress-rule";
import { badgeHtml, planCardsHtml, progressBarHtml, type PlanCard } from "@/components/dashboard/plan-cards";
import { latestUpdatesHtml, upcomingListHtml } from "@/components/dashboard/upcoming-list";
import { planFiguresOfRows } from "@/lib/dashboard/plan-figures";

const card = (over: Partial<PlanCard> = {}): PlanCard => ({
  id: "p1",
  displayTitle: "Kế hoạch tổ chức Ngày KH&CN <script>alert(1)</script>",
  year: 2026,
  numberLabel: "12/KH-SKHCN",
  averageProgress: 50,
  done: 1,
  total: 4,
  overdue: 0,
  dueThisWeek: 2,
  blocked: 0,
  ...over,
});

describe("markup made once", () => {
  it("a progress bar and a badge are the same markup as the React components", () => {
    for (const value of [0, 50, 100, 130]) {
      expect(progressBarHtml(value, `Tiến độ: ${value}%`, "mt-3").value).toBe(
        renderToStaticMarkup(createElement(ProgressBar, { value, label: `Tiến độ: ${value}%`, className: "mt-3", describedBy: PROGRESS_RULE_ID })),
      );
    }
    expect(badgeHtml("amber", "2 đến hạn tuần này").value).toBe(renderToStaticMarkup(Badge({ tone: "amber", children: "2 đến hạn tuần này" })));
  });

  it("a plan card says its figures, links its pages, and escapes the title", () => {
    const markup = planCardsHtml([card(), card({ id: "p2", overdue: 3, dueThisWeek: 0, blocked: 1, numberLabel: null })]).value;
    expect(markup).toContain("Số 12/KH-SKHCN · Năm 2026");
    expect(markup).toContain("Tiến độ 50% · 1/4 hoạt động xong");
    expect(markup).toContain('<span class="badge badge-green">Không có việc quá hạn</span><span class="badge badge-amber">2 đến hạn tuần này</span>');
    expect(markup).toContain('<span class="badge badge-red">3 quá hạn</span><span class="badge badge-red">1 vướng mắc</span>');
    expect(markup).toContain('<a href="/plans/p2/timeline" class="link">Biểu đồ thời gian</a>');
    expect(markup).not.toContain("<script>");
    expect(markup).toContain("KH&amp;CN &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup.match(/<li class="plan-card">/g)).toHaveLength(2);
  });

  it("the next seven days and the latest updates escape what users typed", () => {
    const upcoming = upcomingListHtml([{ id: "a1", content: 'Hội thảo "A" <b>', start: "2026-05-12", end: "2026-05-14", dueSoon: true, lead: "VP" }]).value;
    expect(upcoming).toContain("Hội thảo &quot;A&quot; &lt;b&gt;");
    expect(upcoming).toContain("Sắp đến hạn");
    expect(upcomingListHtml([]).value).toContain("Không có hoạt động nào trong 7 ngày tới.");
    const updates = latestUpdatesHtml([
      { id: "u1", at: new Date("2026-05-12T03:00:00Z"), author: "Nguyễn <Văn> A", unit: "VP", status: "IN_PROGRESS", progress: 40, text: "Đã <i>gửi</i>", activityId: "a1", activityContent: "x".repeat(100) },
    ]).value;
    expect(updates).toContain("12/05/2026 10:00");
    expect(updates).toContain("Nguyễn &lt;Văn&gt; A</span> (VP)");
    expect(updates).toContain("40% · ");
    expect(updates).toContain(`${"x".repeat(87)}…`);
    expect(updates).toContain("Đã &lt;i&gt;gửi&lt;/i&gt;");
    expect(latestUpdatesHtml([]).value).toContain("Chưa có cập nhật nào.");
  });
});

describe("figures made of parts", () => {
  it("a plan and its phases from rows grouped by phase and status", () => {
    const figures = planFiguresOfRows([
      { phaseId: "a", status: "DONE", count: 2, progressSum: 150, overdue: 0, dueThisWeek: 0 },
      { phaseId: "a", status: "IN_PROGRESS", count: 1, progressSum: 40, overdue: 1, dueThisWeek: 0 },
      { phaseId: "b", status: "CANCELLED", count: 1, progressSum: 0, overdue: 0, dueThisWeek: 0 },
      { phaseId: "b", status: "NOT_STARTED", count: 2, progressSum: 0, overdue: 0, dueThisWeek: 2 },
      { phaseId: "b", status: "BLOCKED", count: 1, progressSum: 30, overdue: 1, dueThisWeek: 0 },
    ]);
    // Done counts 100 whatever its progress; cancelled does not count: (100 + 100 + 40 + 0 + 0 + 30) / 6.
    expect(figures.progress).toEqual({ total: 7, done: 2, inProgress: 1, blocked: 1, cancelled: 1, averageProgress: 45, overdue: 2, dueThisWeek: 2 });
    expect(figures.phases).toEqual({ a: { total: 3, done: 2, averageProgress: 80 }, b: { total: 4, done: 0, averageProgress: 10 } });
    expect(planFiguresOfRows([]).progress.averageProgress).toBe(0);
  });
});
