import { describe, expect, it } from "vitest";
import { layoutWeek, monthWeeks, type CalendarItem } from "@/lib/dashboard/calendar-layout";

const item = (id: string, start: string, end: string, kind: "window" | "event" = "window"): CalendarItem => ({ id, label: id, start, end, kind, tone: "", href: "" });

describe("calendar layout", () => {
  it("shows May 2022 in five weeks from Monday 25/4 to Sunday 5/6", () => {
    const weeks = monthWeeks("2022-05");
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toBe("2022-04-25");
    expect(weeks.at(-1)!.at(-1)).toBe("2022-06-05");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(monthWeeks("2027-02")[0]![0]).toBe("2027-02-01"); // 1/2/2027 is a Monday
  });

  it("cuts windows at week edges and stacks overlapping ones in lanes", () => {
    const weeks = monthWeeks("2022-05");
    const items = [item("truoc", "2022-05-03", "2022-05-14"), item("tuanle", "2022-05-14", "2022-05-19"), item("hoithao", "2022-05-16", "2022-05-16", "event")];
    const week2 = layoutWeek(weeks[1]!, items); // 2–8/5
    expect(week2.segments.map((s) => [s.item.id, s.column, s.span, s.continuesBefore, s.continuesAfter])).toEqual([["truoc", 1, 6, false, true]]);
    const week3 = layoutWeek(weeks[2]!, items); // 9–15/5
    expect(week3.segments.map((s) => [s.item.id, s.column, s.span, s.lane])).toEqual([
      ["truoc", 0, 6, 0],
      ["tuanle", 5, 2, 1],
    ]);
    const week4 = layoutWeek(weeks[3]!, items); // 16–22/5
    expect(week4.segments.map((s) => [s.item.id, s.column, s.span, s.lane, s.continuesBefore])).toEqual([
      ["tuanle", 0, 4, 0, true],
      ["hoithao", 0, 1, 1, false],
    ]);
    expect(week4.lanes).toBe(2);
  });
});
