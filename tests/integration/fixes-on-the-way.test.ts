// Issue 15 §7: the fixes found while trying the app as a leader would.
import { describe, expect, it } from "vitest";
import { planDashboard } from "@/lib/dashboard/plan";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { homeDashboard } from "@/lib/dashboard/queries";
import { yearTimeline } from "@/lib/dashboard/timeline";
import { searchEverything } from "@/lib/search/queries";
import { listPlansPage, planProgress } from "@/lib/plans/queries";
import { createPlan, createWorld } from "./support/factories";

describe("plan dashboard of an old plan", () => {
  it("draws the burn-up of a 2023 plan with two phases whose last activity was done years later", async () => {
    const world = await createWorld();
    const today = todayInVietnam();
    const plan = await createPlan(world.organization.id, {
      status: "ISSUED",
      year: 2023,
      number: 8,
      issueDate: "2023-04-24",
      phases: [
        {
          title: "Chuẩn bị",
          start: "2023-05-02",
          end: "2023-05-12",
          activities: [{ content: "Tài liệu", lead: world.unitA.id, updates: [{ at: "2023-05-10T03:00:00.000Z", by: world.staffA.id, status: "DONE", result: "xong" }] }],
        },
        {
          title: "Tổ chức",
          start: "2023-05-15",
          end: "2023-05-16",
          // Reported done only now: the window plus that day spans more than two years.
          activities: [{ content: "Hội nghị", lead: world.unitB.id, updates: [{ at: new Date().toISOString(), by: world.staffB.id, status: "DONE", result: "xong" }] }],
        },
      ],
    });
    const d = await planDashboard(world.leader, plan.id, today);
    expect(d.header.phases).toHaveLength(2);
    expect(d.burnUp.series.length).toBeGreaterThan(1);
    expect(d.burnUp.series[0]).toEqual({ day: "2023-05-02", done: 0 });
    expect(d.burnUp.series.at(-1)).toEqual({ day: today, done: 2 });
    expect(d.burnUp.series.length).toBeLessThanOrEqual(400);
  });
});

describe("search by a plan's number", () => {
  it("finds a plan by 12/KH-SKHCN, KH-SKHCN 12, 12/KH and số 12, and not another number", async () => {
    const world = await createWorld();
    const title = `Kế hoạch số hiệu ${world.organization.id.slice(0, 8)}`;
    const plan = await createPlan(world.organization.id, { title, status: "ISSUED", number: 12, symbol: "KH-SKHCN", issueDate: "2026-01-05" });
    const other = await createPlan(world.organization.id, { title: `${title} khác`, status: "ISSUED", number: 13, symbol: "KH-SKHCN", issueDate: "2026-01-06" });
    for (const q of ["12/KH-SKHCN", "KH-SKHCN 12", "12/KH", "số 12"]) {
      const found = await searchEverything(world.viewer, q);
      const ids = found.plans.map((p) => p.id);
      expect(ids, q).toContain(plan.id);
      expect(ids, q).not.toContain(other.id);
      expect(found.plans.find((p) => p.id === plan.id)!.numberLabel).toBe("12/KH-SKHCN");
    }
    // Words still search the title, and the API's list searches numbers the same way.
    expect((await searchEverything(world.viewer, "so hieu")).plans.map((p) => p.id)).toEqual(expect.arrayContaining([plan.id, other.id]));
    const page = await listPlansPage(world.viewer, { q: "12/KH-SKHCN", limit: 10 });
    expect(page.items.map((p) => p.id)).toEqual([plan.id]);
  });
});

describe("one progress figure", () => {
  it("gives a plan the same progress on the home page, its dashboard, the timeline and the API", async () => {
    const world = await createWorld();
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const plan = await createPlan(world.organization.id, {
      status: "ISSUED",
      number: 3,
      issueDate: today,
      year,
      phases: [
        {
          title: "Triển khai",
          start: shiftDate(today, -10),
          end: shiftDate(today, 10),
          activities: [
            { content: "Xong", lead: world.unitA.id, updates: [{ at: new Date().toISOString(), by: world.staffA.id, status: "DONE", progress: 60, result: "xong" }] },
            { content: "Nửa chừng", lead: world.unitA.id, updates: [{ at: new Date().toISOString(), by: world.staffA.id, status: "IN_PROGRESS", progress: 50 }] },
            { content: "Chưa làm", lead: world.unitB.id },
            { content: "Đã hủy", lead: world.unitB.id, updates: [{ at: new Date().toISOString(), by: world.staffB.id, status: "CANCELLED", progress: 20, statusReason: "Không tổ chức" }] },
          ],
        },
      ],
    });
    // (100 + 50 + 0) / 3: the cancelled one does not count; 1 of 4 done is a count, not the progress.
    const home = (await homeDashboard(world.leader, {}, today)).plans.find((p) => p.id === plan.id)!;
    const dashboard = await planDashboard(world.leader, plan.id, today);
    const timeline = (await yearTimeline(world.leader, year, today)).rows.find((r) => r.id === plan.id)!;
    const api = (await listPlansPage(world.leader, { limit: 50 }, today)).items.find((p) => p.id === plan.id)!;
    expect(home.averageProgress).toBe(50);
    expect(dashboard.progress.averageProgress).toBe(50);
    expect(dashboard.phases[0]!.averageProgress).toBe(50);
    expect(api.progress.averageProgress).toBe(50);
    expect(timeline.detail).toContain("Tiến độ 50%");
    expect((await planProgress(world.leader, plan.id, today)).averageProgress).toBe(50);
  });
});
