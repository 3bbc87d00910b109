// The bench's ratios to the floor, measured beside it (bench/steps/beside-floor.ts):
// each run against the floor runs around it, the median kept.
import { describe, expect, it } from "vitest";
import { median, ratiosBeside } from "@/bench/steps/beside-floor";
import { mixedBesideFloor, type MixedResult } from "@/bench/steps/mixed";
import { medianScore } from "@/bench/lib/stats";

const mixedRun = (reqPerSec: number, lostUpdates = 0): MixedResult => ({
  reqPerSec,
  ratioToFloor: 0,
  writeShare: 0.05,
  kinds: [{ kind: "plan page", requests: 10, reqPerSec: 1, equivReqPerSec: reqPerSec / 2, ratioToFloor: 0, meanMs: 100, p50: 90, p95: 200, non2xx: 0 }],
  created201: 5,
  newRows: 5,
  lostUpdates,
  errors: 0,
});

describe("ratios beside the floor", () => {
  it("divides each run by the mean of the floor runs before and after it", () => {
    // A floor that drifts from 200 to 100 req/s: a page at 60 then 30 is at 0.4 both times.
    expect(ratiosBeside([60, 30], [200, 100, 50])).toEqual([0.4, 0.4]);
    expect(median([0.5, 0.7, 0.6])).toBe(0.6);
  });

  it("keeps the mixed run with the median ratio, compares its kinds with its own floor, and sums lost updates over all runs", () => {
    const kept = mixedBesideFloor([mixedRun(50), mixedRun(80, 1), mixedRun(60)], [100, 100, 100, 100]);
    expect(kept.besideFloor.ratios).toEqual([0.5, 0.8, 0.6]);
    expect(kept.reqPerSec).toBe(60);
    expect(kept.ratioToFloor).toBe(0.6);
    expect(kept.kinds[0]!.ratioToFloor).toBe(0.3);
    expect(kept.runs).toEqual([50, 80, 60]);
    expect(kept.lostUpdates).toBe(1);
    expect(kept.created201).toBe(15);
    expect(kept.newRows).toBe(15);
  });
});

describe("Lighthouse scores over several runs", () => {
  it("are each category's median over the runs that scored it", () => {
    expect(medianScore([0.92, 0.99, 0.95])).toBe(0.95);
    expect(medianScore([1, null, 0.97])).toBe(1);
    expect(medianScore([null, null])).toBeNull();
    expect(medianScore([])).toBeNull();
  });
});
