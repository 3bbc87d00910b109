import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { addDays, differenceInCalendarDays, format as dfFormat, isValid, parseISO } from "date-fns";
import { backupFileName } from "@/scripts/db/backup";
import {
  daysBetween,
  describeWindow,
  formatDate,
  formatDateTime,
  wallClockInVietnam,
  formatWindow,
  fromDbDate,
  isCalendarDate,
  shiftDate,
  toDbDate,
  todayInVietnam,
  windowContains,
  windowsOverlap,
} from "@/lib/dates";

describe("calendar dates", () => {
  it("formats dd/MM/yyyy", () => {
    expect(formatDate("2022-05-03")).toBe("03/05/2022");
    expect(formatDate("2027-12-31")).toBe("31/12/2027");
  });

  it("formats windows the way the department writes them", () => {
    expect(formatWindow("2022-05-03", "2022-05-14")).toBe("03–14/5/2022");
    expect(formatWindow("2022-04-28", "2022-05-05")).toBe("28/4–05/5/2022");
    expect(formatWindow("2022-12-28", "2023-01-05")).toBe("28/12/2022–05/01/2023");
    expect(formatWindow("2022-05-16", "2022-05-16")).toBe("16/5/2022");
    expect(describeWindow("2022-05-14", "2022-05-19")).toBe("từ 14/05/2022 đến 19/05/2022");
  });

  it("round-trips through the database's DATE without moving a day", () => {
    for (const value of ["2022-05-03", "2024-02-29", "2022-12-31", "2023-01-01"]) {
      expect(fromDbDate(toDbDate(value))).toBe(value);
    }
  });

  it("reads a day the same the second time (it is remembered), and still refuses an invalid Date", () => {
    const day = new Date("2031-07-09T00:00:00.000Z");
    expect([fromDbDate(day), fromDbDate(new Date(day.getTime())), fromDbDate(day)]).toEqual(["2031-07-09", "2031-07-09", "2031-07-09"]);
    expect(fromDbDate(new Date("2031-07-10T00:00:00.000Z"))).toBe("2031-07-10");
    expect(() => fromDbDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => fromDbDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("recognises only real calendar dates", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2022-13-01")).toBe(false);
    expect(isCalendarDate("03/05/2022")).toBe(false);
    expect(isCalendarDate("")).toBe(false);
  });

  it("overlap: windows sharing a day overlap, as 03–14/5 and 14–19/5 do", () => {
    const before = { start: "2022-05-03", end: "2022-05-14" };
    const week = { start: "2022-05-14", end: "2022-05-19" };
    expect(windowsOverlap(before, week)).toBe(true);
    expect(windowsOverlap(week, before)).toBe(true);
    expect(windowsOverlap(before, { start: "2022-05-15", end: "2022-05-19" })).toBe(false);
    expect(windowsOverlap(before, { start: "2022-05-01", end: "2022-05-31" })).toBe(true);
  });

  it("containment includes the ends", () => {
    const phase = { start: "2022-05-14", end: "2022-05-19" };
    expect(windowContains(phase, { start: "2022-05-14", end: "2022-05-19" })).toBe(true);
    expect(windowContains(phase, { start: "2022-05-16", end: "2022-05-16" })).toBe(true);
    expect(windowContains(phase, { start: "2022-05-13", end: "2022-05-16" })).toBe(false);
    expect(windowContains(phase, { start: "2022-05-16", end: "2022-05-20" })).toBe(false);
  });

  it("shifts across month ends and leap days", () => {
    expect(shiftDate("2022-05-31", 1)).toBe("2022-06-01");
    expect(shiftDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(shiftDate("2023-02-28", 1)).toBe("2023-03-01");
    expect(shiftDate("2022-05-03", 1826)).toBe("2027-05-03");
    expect(daysBetween("2022-05-18", "2027-05-18")).toBe(1826);
  });

  it("reads a date once and gives the same answers after: shifting it never changes it, and a bad value is refused every time", () => {
    for (let i = 0; i < 3; i++) {
      expect(shiftDate("2022-05-31", 1)).toBe("2022-06-01");
      expect(shiftDate("2022-05-31", -31)).toBe("2022-04-30");
      expect(formatDate("2022-05-31")).toBe("31/05/2022");
      expect(daysBetween("2022-05-31", "2022-06-30")).toBe(30);
      expect(() => formatDate("2022-02-30")).toThrow(RangeError);
    }
    // More dates than the memo holds: it starts again, and answers stay right.
    for (let day = 0; day < 5_000; day++) expect(daysBetween("2000-01-01", shiftDate("2000-01-01", day))).toBe(day);
  });

  it("knows today in Asia/Ho_Chi_Minh whatever the server's zone", () => {
    // 16:59:59 UTC is 23:59:59 in Việt Nam; one second later it is the next day there.
    expect(todayInVietnam(new Date("2022-05-18T16:59:59Z"))).toBe("2022-05-18");
    expect(todayInVietnam(new Date("2022-05-18T17:00:00Z"))).toBe("2022-05-19");
    expect(formatDateTime(new Date("2022-05-16T03:05:00Z"))).toBe("16/05/2022 10:05");
  });

  it("answers the same again from what it remembered, minute by minute, across midnight", () => {
    // The day and the minute are remembered per minute: every second of a minute, again and again, and the next minute.
    for (let round = 0; round < 2; round++) {
      for (const [at, day] of [
        ["2022-05-18T16:59:00Z", "2022-05-18"],
        ["2022-05-18T16:59:59.999Z", "2022-05-18"],
        ["2022-05-18T17:00:00Z", "2022-05-19"],
        ["2022-05-18T17:00:30Z", "2022-05-19"],
        ["2022-05-18T16:59:30Z", "2022-05-18"],
      ] as const) {
        expect(todayInVietnam(new Date(at)), at).toBe(day);
      }
      expect(formatDateTime(new Date("2022-05-18T16:59:59Z"))).toBe("18/05/2022 23:59");
      expect(formatDateTime(new Date("2022-05-18T17:00:00Z"))).toBe("19/05/2022 00:00");
      expect(formatDateTime(new Date("2022-05-18T17:00:59Z"))).toBe("19/05/2022 00:00");
    }
    // More minutes than the memo holds: it starts again, and answers stay right.
    const start = Date.UTC(2026, 0, 1, 0, 0);
    for (let m = 0; m < 5_000; m += 7) {
      const at = new Date(start + m * 60_000);
      const t = wallClockInVietnam(at);
      expect(formatDateTime(at)).toBe(`${t.day}/${t.month}/${t.year} ${t.hour}:${t.minute}`);
    }
  });

  it("reads the wall clock in Vietnam for backup names and Excel times, midnight as 00", () => {
    expect(wallClockInVietnam(new Date("2026-11-21T17:00:09Z"))).toEqual({ year: "2026", month: "11", day: "22", hour: "00", minute: "00", second: "09" });
    expect(backupFileName(new Date("2026-11-21T22:30:00Z"))).toBe("kehoach-2026-11-22T0530.dump");
  });
});

// lib/dates.ts does its arithmetic by hand so that the browser needs no date-fns; date-fns (still used on the
// server) is the reference it must agree with, day for day.
describe("calendar dates agree with date-fns", () => {
  const day = fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true }).map((d) => dfFormat(d, "yyyy-MM-dd"));

  it("formats, shifts and counts days as date-fns does", () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: -4000, max: 4000 }), (a, b, days) => {
        expect(formatDate(a)).toBe(dfFormat(parseISO(a), "dd/MM/yyyy"));
        expect(shiftDate(a, days)).toBe(dfFormat(addDays(parseISO(a), days), "yyyy-MM-dd"));
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
        const [start, end] = a <= b ? [a, b] : [b, a];
        const [x, y] = [parseISO(start), parseISO(end)];
        const expected =
          start === end ? dfFormat(x, "dd/M/yyyy")
          : x.getFullYear() !== y.getFullYear() ? `${dfFormat(x, "dd/MM/yyyy")}–${dfFormat(y, "dd/MM/yyyy")}`
          : x.getMonth() !== y.getMonth() ? `${dfFormat(x, "dd/M")}–${dfFormat(y, "dd/M/yyyy")}`
          : `${dfFormat(x, "dd")}–${dfFormat(y, "dd/M/yyyy")}`;
        expect(formatWindow(start, end)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("recognises the same calendar dates as date-fns", () => {
    const text = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(text, (value) => {
        const date = parseISO(value);
        expect(isCalendarDate(value)).toBe(isValid(date) && dfFormat(date, "yyyy-MM-dd") === value);
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses to format what is not a date, as date-fns did", () => {
    expect(() => formatDate("2022-13-01")).toThrow(RangeError);
    expect(() => formatWindow("hôm nay", "2022-05-01")).toThrow(RangeError);
  });
});

// Every browser bundle with a date field imports lib/dates. A formatter with a
// time zone made at import loaded the zone's data on every page view, used or
// not: about 70 ms of the plan page's main thread in a profile of its load.
describe("the wall-clock formatter", () => {
  it("is made on first use, once, not when the module is imported", async () => {
    vi.resetModules();
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made += 1;
      }
    } as typeof Original;
    try {
      const dates = await import("@/lib/dates");
      expect(made).toBe(0);
      expect(dates.formatDateTime(new Date("2026-11-22T07:05:09Z"))).toBe("22/11/2026 14:05");
      expect(dates.wallClockInVietnam(new Date("2026-11-22T17:30:00Z"))).toMatchObject({ day: "23", hour: "00", minute: "30" });
      expect(made).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
