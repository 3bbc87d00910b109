import { describe, expect, it } from "vitest";
import { onTimeRate } from "@/lib/dashboard/counting";
import { burnUpSeries } from "@/lib/dashboard/plan";

describe("counting rules", () => {
  it("on-time rate: done by the end of the window, out of all done or overdue", () => {
    expect(onTimeRate({ done: 3, overdue: 1, onTime: 3 })).toBe(75);
    expect(onTimeRate({ done: 4, overdue: 0, onTime: 2 })).toBe(50);
    expect(onTimeRate({ done: 0, overdue: 2, onTime: 0 })).toBe(0);
    expect(onTimeRate({ done: 0, overdue: 0, onTime: 0 })).toBeNull();
    expect(onTimeRate({ done: 2, overdue: 1, onTime: 1 })).toBe(33);
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
