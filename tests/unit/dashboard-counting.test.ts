import { describe, expect, it } from "vitest";
import { addUpUnitFigures, onTimeRate } from "@/lib/dashboard/counting";
import { burnUpSeries } from "@/lib/dashboard/plan";

describe("counting rules", () => {
  it("on-time rate: done by the end of the window, out of all done or overdue", () => {
    expect(onTimeRate({ done: 3, overdue: 1, onTime: 3 })).toBe(75);
    expect(onTimeRate({ done: 4, overdue: 0, onTime: 2 })).toBe(50);
    expect(onTimeRate({ done: 0, overdue: 2, onTime: 0 })).toBe(0);
    expect(onTimeRate({ done: 0, overdue: 0, onTime: 0 })).toBeNull();
    expect(onTimeRate({ done: 2, overdue: 1, onTime: 1 })).toBe(33);
  });

  it("unit figures of several plans add up field by field, without changing the plans' own (cached, frozen) figures", () => {
    const f = (total: number, done: number, overdue = 0) => ({ total, done, inProgress: total - done, blocked: 0, overdue, onTime: done });
    const planA = Object.freeze([["u1", Object.freeze({ lead: Object.freeze(f(3, 1, 1)), support: Object.freeze(f(1, 0)) })]] as const);
    const planB = [["u1", { lead: f(2, 2), support: f(0, 0) }], ["u2", { lead: f(0, 0), support: f(4, 1, 2) }]] as const;
    const total = addUpUnitFigures([planA, planB]);
    expect(Object.fromEntries(total)).toEqual({
      u1: { lead: { total: 5, done: 3, inProgress: 2, blocked: 0, overdue: 1, onTime: 3 }, support: { total: 1, done: 0, inProgress: 1, blocked: 0, overdue: 0, onTime: 0 } },
      u2: { lead: { total: 0, done: 0, inProgress: 0, blocked: 0, overdue: 0, onTime: 0 }, support: { total: 4, done: 1, inProgress: 3, blocked: 0, overdue: 2, onTime: 1 } },
    });
    expect(planA[0][1].lead.total).toBe(3);
    expect(addUpUnitFigures([]).size).toBe(0);
  });

  it("burn-up: activities done per day, cumulated over the window", () => {
    const series = burnUpSeries(["2022-05-13", "2022-05-14", "2022-05-14", "2022-05-16"], { start: "2022-05-12", end: "2022-05-17" });
    expect(series).toEqual([
      { day: "2022-05-12", done: 0 },
      { day: "2022-05-13", done: 1 },
      { day: "2022-05-14", done: 3 },
      { day: "2022-05-15", done: 3 },
      { day: "2022-05-16", done: 4 },
      { day: "2022-05-17", done: 4 },
    ]);
  });

  it("burn-up counts work done before the window from its first day", () => {
    expect(burnUpSeries(["2022-05-01", "2022-05-04"], { start: "2022-05-03", end: "2022-05-05" }).map((p) => p.done)).toEqual([1, 2, 2]);
  });
});

describe("burn-up over a long range", () => {
  it("samples a range of years instead of dropping it, and ends on the last day with the true count", () => {
    const series = burnUpSeries(["2023-05-10", "2026-12-01"], { start: "2023-05-02", end: "2026-12-01" });
    expect(series.length).toBeGreaterThan(300);
    expect(series.length).toBeLessThanOrEqual(367);
    expect(series[0]).toEqual({ day: "2023-05-02", done: 0 });
    expect(series.at(-1)).toEqual({ day: "2026-12-01", done: 2 });
  });
});
