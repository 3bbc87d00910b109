// The "new plan" page's date logic (lib/plans/new-plan.ts), once written in the page.
import { describe, expect, it } from "vitest";
import { emptySnapshot, type PlanSnapshot } from "@/lib/plans/snapshot";
import { defaultPlanYear, newEventDate, newPlanParamsSchema, nextOccurrence, shiftPreview, shiftPreviewTitle } from "@/lib/plans/new-plan";

function source(eventDate: string | null): PlanSnapshot {
  return {
    ...emptySnapshot({ title: "Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022", year: 2022, eventDate, place: "Lạng Sơn" }),
    intro: "Sở xây dựng Kế hoạch kỷ niệm năm 2022 như sau:",
    slogans: ["Chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5/2022"],
    phases: [
      {
        title: "Các hoạt động chính năm 2022",
        start: "2022-05-03",
        end: "2022-05-19",
        activities: [{ content: "Hội thảo năm 2022", description: "", leadUnitId: "u1", supporterIds: [], start: "2022-05-16", end: "2022-05-18", note: "", subTasks: [] }],
      },
    ],
  };
}

describe("the next occurrence of an event date", () => {
  it("is this year's when it is still to come (or today), else next year's", () => {
    expect(nextOccurrence("2022-05-18", "2026-11-30")).toBe("2027-05-18");
    expect(nextOccurrence("2022-05-18", "2026-05-18")).toBe("2026-05-18");
    expect(nextOccurrence("2022-05-18", "2026-05-17")).toBe("2026-05-18");
  });
  it("turns 29/2 into 28/2 in a year without it", () => {
    expect(nextOccurrence("2024-02-29", "2026-11-30")).toBe("2027-02-28");
    expect(nextOccurrence("2024-02-29", "2027-11-30")).toBe("2028-02-29");
  });
  it("is today without an event date", () => {
    expect(nextOccurrence(null, "2026-11-30")).toBe("2026-11-30");
  });
});

describe("a new plan's dates", () => {
  it("proposes a blank plan for this year until June, then for next year", () => {
    expect(defaultPlanYear("2026-06-30")).toBe(2026);
    expect(defaultPlanYear("2026-07-01")).toBe(2027);
  });
  it("starts a clone at the date asked for, else the source's event next time round, else its first date's", () => {
    expect(newEventDate(source("2022-05-18"), "2027-05-17", "2026-11-30")).toBe("2027-05-17");
    expect(newEventDate(source("2022-05-18"), undefined, "2026-11-30")).toBe("2027-05-18");
    expect(newEventDate(source(null), undefined, "2026-11-30")).toBe("2027-05-03");
  });
});

describe("the preview of a shifted plan", () => {
  it("moves the dates, suggests the title of the new year and counts the year in the texts", () => {
    const preview = shiftPreview(source("2022-05-18"), "2027-05-18");
    expect(preview).toMatchObject({ fromYear: 2022, toYear: 2027, suggestedTitle: "Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2027" });
    // "năm 2022" in the intro, the phase title and the activity (18/5/2022 is a date, not "năm 2022").
    expect(preview.mentions).toBe(3);
    expect(preview.shifted.phases[0]).toMatchObject({ start: "2027-05-03", end: "2027-05-19" });
  });
  it("flags the texts that still carry the source's dates or ordinals once 'năm 2022' is replaced", () => {
    const withOrdinal = { ...source("2022-05-18"), theme: "Hội thi lần thứ 14" };
    const preview = shiftPreview(withOrdinal, "2027-05-18");
    expect(preview.staleTexts.map((item) => [item.where, item.message])).toEqual([
      ["Chủ đề", "Còn ghi “lần thứ 14” như kế hoạch gốc: xem lại số lần."],
      ["Khẩu hiệu (ý 1)", "Còn ghi “18/5/2022” của kế hoạch năm 2022: xem lại cho năm 2027."],
    ]);
  });
  it("takes the plan's year when it has no event date", () => {
    expect(shiftPreview(source(null), "2028-05-03")).toMatchObject({ fromYear: 2022, toYear: 2028 });
  });
});

describe("the new plan page's address", () => {
  it("keeps a valid mode, source and calendar date", () => {
    expect(newPlanParamsSchema.parse({ mode: "template", template: "t1", eventDate: "2027-05-18" })).toEqual({ mode: "template", template: "t1", eventDate: "2027-05-18" });
  });
  it("falls back to cloning for an unknown or missing mode", () => {
    expect(newPlanParamsSchema.parse({ mode: "steal" }).mode).toBe("clone");
    expect(newPlanParamsSchema.parse({}).mode).toBe("clone");
  });
  it("drops an impossible or malformed event date instead of failing", () => {
    expect(newPlanParamsSchema.parse({ mode: "clone", eventDate: "2027-02-30" }).eventDate).toBeUndefined();
    expect(newPlanParamsSchema.parse({ mode: "clone", eventDate: "18/05/2027" }).eventDate).toBeUndefined();
  });
  it("drops repeated params (an array) rather than failing", () => {
    expect(newPlanParamsSchema.parse({ mode: "clone", source: ["a", "b"], eventDate: ["2027-05-18", "2027-05-19"] })).toEqual({ mode: "clone" });
  });
});

describe("the preview's title", () => {
  it("names both dates in dd/MM/yyyy", () => {
    expect(shiftPreviewTitle("2022-05-18", "2027-05-18")).toBe("2. Xem trước: dời thời gian từ 18/05/2022 sang 18/05/2027");
  });
  it("names only the new date when the source has none", () => {
    expect(shiftPreviewTitle(null, "2027-05-18")).toBe("2. Xem trước: dời thời gian sang 18/05/2027");
  });
});
