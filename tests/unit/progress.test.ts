import { describe, expect, it } from "vitest";
import { activityProgress, addToTally, emptyTally, progressOf, progressOfTally, PROGRESS_RULE } from "@/lib/dashboard/progress";
import { derivedProgress } from "@/lib/activities/rules";

const mix = [
  { status: "DONE" as const, progress: 60 }, // a finished activity counts 100, whatever was last typed
  { status: "IN_PROGRESS" as const, progress: 50 },
  { status: "NOT_STARTED" as const, progress: 0 },
  { status: "CANCELLED" as const, progress: 20 }, // does not count
];

describe("progress, defined once", () => {
  it("is the mean of the activities' progress, done = 100 %, cancelled not counted", () => {
    expect(progressOf(mix)).toBe(50);
    expect(activityProgress(mix[0]!)).toBe(100);
    expect(activityProgress(mix[3]!)).toBeNull();
    expect(progressOf([])).toBeNull();
    expect(progressOf([{ status: "CANCELLED", progress: 40 }])).toBeNull();
  });

  it("adds up the same from groups counted in SQL as from the rows", () => {
    const tally = emptyTally();
    addToTally(tally, { status: "DONE", count: 1, progressSum: 60 });
    addToTally(tally, { status: "IN_PROGRESS", count: 1, progressSum: 50 });
    addToTally(tally, { status: "NOT_STARTED", count: 1, progressSum: 0 });
    addToTally(tally, { status: "CANCELLED", count: 1, progressSum: 20 });
    expect(progressOfTally(tally)).toBe(progressOf(mix));
  });

  it("is what a parent's progress is derived with, and says how it is computed", () => {
    expect(derivedProgress(mix)).toBe(50);
    expect(PROGRESS_RULE).toContain("100%");
    expect(PROGRESS_RULE).toContain("đã hủy không tính");
  });
});
