import { describe, expect, it } from "vitest";
import { defaultTimelineYear } from "@/lib/dashboard/default-year";

describe("the year the timeline opens on", () => {
  it("is this year when it has issued plans", () => {
    expect(defaultTimelineYear([2027, 2026, 2022], 2026)).toBe(2026);
  });

  it("skips a year of drafts only: the latest earlier year with issued plans", () => {
    // 2027 holds drafts only, so it is not among the published years; today is in 2027.
    expect(defaultTimelineYear([2026, 2022], 2027)).toBe(2026);
    expect(defaultTimelineYear([2030, 2022], 2027)).toBe(2022);
  });

  it("is the first later year when only later years have issued plans, and this year when none has", () => {
    expect(defaultTimelineYear([2029, 2028], 2027)).toBe(2028);
    expect(defaultTimelineYear([], 2027)).toBe(2027);
  });
});
