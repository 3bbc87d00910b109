// Issue 15 §7: the fixes found while trying the app as a leader would.
import { describe, expect, it } from "vitest";
import { planDashboard } from "@/lib/dashboard/plan";
import { todayInVietnam } from "@/lib/dates";
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
