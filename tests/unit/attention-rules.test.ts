// The rules of "Việc cần chú ý" (lib/activities/attention.ts): computed from
// dates and status in calendar days, never typed; the order of severity; how a
// window, the filters and the address are written.
import { describe, expect, it } from "vitest";
import { attentionKinds, attentionWindow, daysLate, describeAttentionFilters, severityOf } from "@/lib/activities/attention";
import { attentionHref, attentionQuery } from "@/lib/activities/attention-address";
import { attentionFiltersSchema } from "@/lib/activities/schemas";

const today = "2026-05-14";
const base = { start: "2026-05-01", status: "IN_PROGRESS" as const, lastUpdateAt: new Date("2026-05-02T03:00:00Z") };

describe("what needs attention", () => {
  it("is late from the day after the end, silent when nobody ever reported, blocked when a unit said so", () => {
    expect(attentionKinds({ ...base, end: "2026-05-14" }, today)).toEqual(["dueSoon"]);
    expect(attentionKinds({ ...base, end: "2026-05-13" }, today)).toEqual(["overdue"]);
    expect(attentionKinds({ ...base, end: "2026-05-13", lastUpdateAt: null }, today)).toEqual(["overdue", "unreported"]);
    expect(attentionKinds({ ...base, end: "2026-05-13", status: "BLOCKED" }, today)).toEqual(["overdue", "blocked"]);
    expect(attentionKinds({ ...base, end: "2026-06-30", status: "BLOCKED" }, today)).toEqual(["blocked"]);
  });

  it("counts due-soon in calendar days up to the horizon, and never for finished or cancelled work", () => {
    expect(attentionKinds({ ...base, end: "2026-05-21" }, today)).toEqual(["dueSoon"]);
    expect(attentionKinds({ ...base, end: "2026-05-22" }, today)).toEqual([]);
    expect(attentionKinds({ ...base, end: "2026-05-15" }, today, 1)).toEqual(["dueSoon"]);
    expect(attentionKinds({ ...base, end: "2026-05-16" }, today, 1)).toEqual([]);
    expect(attentionKinds({ ...base, end: "2026-05-01", status: "DONE", lastUpdateAt: null }, today)).toEqual([]);
    expect(attentionKinds({ ...base, end: "2026-05-01", status: "CANCELLED" }, today)).toEqual([]);
  });

  it("orders late and silent, late, blocked, due soon", () => {
    expect(severityOf(["overdue", "unreported"])).toBe("lateSilent");
    expect(severityOf(["overdue", "blocked"])).toBe("late");
    expect(severityOf(["blocked", "dueSoon"])).toBe("blocked");
    expect(severityOf(["dueSoon"])).toBe("dueSoon");
    expect(severityOf([])).toBeNull();
  });

  it("counts days late across a month's end, 0 when not late", () => {
    expect(daysLate("2026-04-30", "2026-05-02")).toBe(2);
    expect(daysLate("2026-05-14", today)).toBe(0);
    expect(daysLate("2026-06-01", today)).toBe(0);
  });
});

describe("how a row and a view are written", () => {
  it("writes a window with both ends as dd/MM/yyyy, a deadline as Trước ngày", () => {
    expect(attentionWindow({ start: "2026-05-01", end: "2026-05-14", deadline: false })).toBe("01/05/2026 – 14/05/2026");
    expect(attentionWindow({ start: "2026-05-01", end: "2026-05-14", deadline: true })).toBe("Trước ngày 14/05/2026");
    expect(attentionWindow({ start: "2026-05-14", end: "2026-05-14", deadline: false })).toBe("14/05/2026");
  });

  it("names the active filters for the printed header and the workbook", () => {
    expect(describeAttentionFilters({ days: 7 })).toBe("Sắp đến hạn: trong 7 ngày tới");
    expect(describeAttentionFilters({ unit: "Phòng QLKH", role: "support", plan: "12/KH-SKHCN", status: "Vướng mắc", kind: "blocked", days: 3 })).toBe(
      "Đơn vị: Phòng QLKH (phối hợp) · Kế hoạch: 12/KH-SKHCN · Trạng thái: Vướng mắc · Loại: Vướng mắc · Sắp đến hạn: trong 3 ngày tới",
    );
  });

  it("reads the address leniently and writes it back short", () => {
    expect(attentionFiltersSchema.parse({})).toEqual({ days: 7, page: 1 });
    expect(attentionFiltersSchema.parse({ days: "0", kind: "late", unit: "x", page: "-1" })).toEqual({ days: 7, page: 1 });
    expect(attentionFiltersSchema.parse({ days: "14", kind: "unreported", role: "lead" })).toMatchObject({ days: 14, kind: "unreported", role: "lead" });
    expect(attentionQuery({ days: 7, page: 1, kind: "overdue" })).toBe("kind=overdue");
    expect(attentionQuery({ days: 14, page: 2 }, { page: undefined })).toBe("days=14");
    expect(attentionHref("u1", { role: "lead", kind: "overdue" })).toBe("/attention?unit=u1&role=lead&kind=overdue");
  });
});
