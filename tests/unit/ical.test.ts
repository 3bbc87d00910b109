import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { buildCalendar } from "@/lib/calendar-feeds/ical";

const LONG_TITLE = `[Chủ trì] ${"Tổ chức Hội thảo khoa học với chủ đề “Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi; phát triển kinh tế- xã hội”, ".repeat(3)}`.slice(0, 300);

describe("iCalendar feed", () => {
  const text = buildCalendar("Việc của Phòng QLCN&ĐMST", [
    {
      uid: "01938c4e-7c1e-7b2a-9f3e-2f1d6c0a9b11@kehoach",
      sequence: 4,
      title: LONG_TITLE,
      start: "2022-05-14",
      end: "2022-05-19",
      description: "Số 12/KH-SKHCN: Kế hoạch triển khai…\nMục 2.2. Chủ trì: Văn phòng Sở; phối hợp: Phòng QLKH, Đài PT&TH tỉnh\nhttps://kehoach.example/activities/1",
      url: "https://kehoach.example/activities/1",
      updatedAt: new Date("2022-05-16T10:00:00Z"),
    },
    { uid: "one-day@kehoach", sequence: 1, title: "Hội thảo", start: "2022-05-16", end: "2022-05-16", description: "", url: "https://kehoach.example/activities/2", updatedAt: new Date("2022-05-16T10:00:00Z") },
  ]);

  it("is parsed back field by field by an independent parser", () => {
    expect(LONG_TITLE.length).toBe(300);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(2);
    const [window, day] = events as [ICAL.Event, ICAL.Event];
    expect(window.uid).toBe("01938c4e-7c1e-7b2a-9f3e-2f1d6c0a9b11@kehoach");
    expect(window.summary).toBe(LONG_TITLE);
    expect(window.description).toContain("Chủ trì: Văn phòng Sở; phối hợp: Phòng QLKH, Đài PT&TH tỉnh\nhttps://");
    expect(window.startDate.isDate).toBe(true);
    expect(window.startDate.toString()).toBe("2022-05-14");
    // DTEND is exclusive: the window ends on 19/5, so DTEND is 20/5.
    expect(window.endDate.toString()).toBe("2022-05-20");
    expect(window.sequence).toBe(4);
    expect(day.startDate.toString()).toBe("2022-05-16");
    expect(day.endDate.toString()).toBe("2022-05-17");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Việc của Phòng QLCN&ĐMST");
  });

  it("escapes commas, semicolons and newlines, and folds lines at 75 octets", () => {
    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("sáng tạo – Đẩy nhanh quá trình phục hồi\\; phát triển kinh tế- xã hội”\\, ");
    expect(unfolded).toMatch(/DESCRIPTION:Số 12\/KH-SKHCN: Kế hoạch triển khai…\\nMục 2\.2\./);
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20220514");
    expect(unfolded).toContain("DTEND;VALUE=DATE:20220520");
  });

  it("keeps the same UID for the same activity, so calendar apps update instead of duplicating", () => {
    const again = buildCalendar("x", [{ uid: "a@kehoach", sequence: 2, title: "T", start: "2022-05-03", end: "2022-05-03", description: "", url: "https://x", updatedAt: new Date() }]);
    expect(again).toContain("UID:a@kehoach");
  });
});
