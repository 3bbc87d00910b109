import { describe, expect, it } from "vitest";
import type { ActivityStatus, PlanStatus, Role } from "@/lib/generated/prisma/enums";
import { checkStatusChange, trackingRights, unitPart, type UnitPart } from "@/lib/activities/access";
import { derivedProgress, endOfWeek, isDueSoon, isOverdue, workGroup } from "@/lib/activities/rules";
import { todayInVietnam } from "@/lib/dates";
import { formDataToObject } from "@/lib/form-data";
import { recordUpdateSchema } from "@/lib/activities/schemas";
import { mentionedUnits } from "@/lib/activities/service";

describe("overdue at the day boundary in Asia/Ho_Chi_Minh", () => {
  const activity = { end: "2022-05-18", status: "IN_PROGRESS" as ActivityStatus };
  it("is not overdue on its last day until midnight in Việt Nam, then is", () => {
    expect(isOverdue(activity, todayInVietnam(new Date("2022-05-18T16:59:59Z")))).toBe(false);
    expect(isOverdue(activity, todayInVietnam(new Date("2022-05-18T17:00:00Z")))).toBe(true);
    // 18/5 23:30 UTC is already 19/5 in Hà Nội: the same instant counts as overdue there.
    expect(isOverdue(activity, todayInVietnam(new Date("2022-05-18T23:30:00Z")))).toBe(true);
  });
  it("is due soon from three days before until its last day", () => {
    expect(isDueSoon(activity, todayInVietnam(new Date("2022-05-14T17:00:00Z")))).toBe(true); // 15/5 VN
    expect(isDueSoon(activity, todayInVietnam(new Date("2022-05-14T16:59:00Z")))).toBe(false); // 14/5 VN
  });
});

describe("work groups", () => {
  it("weeks end on Sunday", () => {
    expect(endOfWeek("2026-11-16")).toBe("2026-11-22"); // Monday → Sunday
    expect(endOfWeek("2026-11-22")).toBe("2026-11-22"); // Sunday
    expect(endOfWeek("2026-11-21")).toBe("2026-11-22"); // Saturday
  });
  it("sorts work into overdue, this week, upcoming, done", () => {
    const today = "2026-11-18"; // Wednesday
    expect(workGroup({ end: "2026-11-17", status: "BLOCKED" }, today)).toBe("overdue");
    expect(workGroup({ end: "2026-11-22", status: "NOT_STARTED" }, today)).toBe("week");
    expect(workGroup({ end: "2026-11-23", status: "NOT_STARTED" }, today)).toBe("upcoming");
    expect(workGroup({ end: "2026-11-01", status: "DONE" }, today)).toBe("done");
    expect(workGroup({ end: "2026-11-01", status: "CANCELLED" }, today)).toBe("done");
  });
});

describe("derived progress of a parent", () => {
  it("averages sub-tasks, counting DONE as 100 and ignoring cancelled ones", () => {
    expect(derivedProgress([{ status: "DONE", progress: 0 }, { status: "IN_PROGRESS", progress: 50 }])).toBe(75);
    expect(derivedProgress([{ status: "DONE", progress: 100 }, { status: "CANCELLED", progress: 0 }])).toBe(100);
    expect(derivedProgress([{ status: "NOT_STARTED", progress: 0 }, { status: "IN_PROGRESS", progress: 33 }, { status: "IN_PROGRESS", progress: 34 }])).toBe(22);
    expect(derivedProgress([])).toBeNull();
    expect(derivedProgress([{ status: "CANCELLED", progress: 10 }])).toBeNull();
  });
});

describe("tracking rights by role and unit part", () => {
  const table: [Role, UnitPart, { changeStatus: boolean; report: boolean; cancel: boolean; comment: boolean }][] = [
    ["ADMIN", null, { changeStatus: true, report: true, cancel: false, comment: true }],
    ["LEADER", null, { changeStatus: true, report: true, cancel: true, comment: true }],
    ["STAFF", "lead", { changeStatus: true, report: true, cancel: false, comment: true }],
    ["STAFF", "support", { changeStatus: false, report: true, cancel: false, comment: true }],
    ["STAFF", null, { changeStatus: false, report: false, cancel: false, comment: true }],
    ["VIEWER", null, { changeStatus: false, report: false, cancel: false, comment: false }],
  ];
  for (const [role, part, expected] of table) {
    it(`${role}${part ? ` (${part})` : ""} on a running plan`, () => expect(trackingRights(role, part, "ISSUED")).toEqual(expected));
  }
  it("nobody reports on a plan that is not running", () => {
    for (const status of ["DRAFT", "APPROVED", "COMPLETED", "ARCHIVED"] as PlanStatus[]) {
      expect(trackingRights("LEADER", null, status)).toMatchObject({ changeStatus: false, report: false, cancel: false });
    }
  });
  it("works out the unit's part, groups included", () => {
    const activity = { leadUnitId: "a", supporterUnitIds: ["b", "group"] };
    expect(unitPart("a", activity, [])).toBe("lead");
    expect(unitPart("b", activity, [])).toBe("support");
    expect(unitPart("c", activity, ["group"])).toBe("support");
    expect(unitPart("c", activity, [])).toBeNull();
    expect(unitPart(null, activity, [])).toBeNull();
  });
});

describe("status changes", () => {
  const lead = trackingRights("STAFF", "lead", "ISSUED");
  const leader = trackingRights("LEADER", null, "ISSUED");
  const supporter = trackingRights("STAFF", "support", "ISSUED");
  it("lets the lead move between working statuses; BLOCKED needs a reason", () => {
    expect(checkStatusChange("NOT_STARTED", "IN_PROGRESS", lead, "")).toEqual({ ok: true });
    expect(checkStatusChange("IN_PROGRESS", "DONE", lead, "")).toEqual({ ok: true });
    expect(checkStatusChange("DONE", "IN_PROGRESS", lead, "")).toEqual({ ok: true });
    expect(checkStatusChange("IN_PROGRESS", "BLOCKED", lead, "")).toMatchObject({ ok: false, field: "statusReason" });
    expect(checkStatusChange("IN_PROGRESS", "BLOCKED", lead, "Chưa có kinh phí")).toEqual({ ok: true });
  });
  it("keeps cancelling for a leader, with a reason", () => {
    expect(checkStatusChange("IN_PROGRESS", "CANCELLED", lead, "x")).toMatchObject({ ok: false, field: "status" });
    expect(checkStatusChange("CANCELLED", "IN_PROGRESS", lead, "")).toMatchObject({ ok: false, field: "status" });
    expect(checkStatusChange("IN_PROGRESS", "CANCELLED", leader, "")).toMatchObject({ ok: false, field: "statusReason" });
    expect(checkStatusChange("IN_PROGRESS", "CANCELLED", leader, "Gộp hoạt động")).toEqual({ ok: true });
  });
  it("refuses supporters any change of status, but not an unchanged one", () => {
    expect(checkStatusChange("IN_PROGRESS", "DONE", supporter, "")).toMatchObject({ ok: false, field: "status" });
    expect(checkStatusChange("IN_PROGRESS", "IN_PROGRESS", supporter, "")).toEqual({ ok: true });
  });
});

describe("update form parsing", () => {
  it("nests repeated rows and drops the empty ones", () => {
    const form = new FormData();
    form.set("activityId", "01900000-0000-7000-8000-000000000000");
    form.set("version", "3");
    form.set("figures.0.label", "Số người tham dự");
    form.set("figures.0.value", "400");
    form.set("figures.1.label", "");
    form.set("figures.1.value", "");
    form.set("evidence.0.url", "https://skhcn.langson.gov.vn/tin");
    form.set("evidence.0.title", "");
    form.set("progress", "");
    const parsed = recordUpdateSchema.parse(formDataToObject(form));
    expect(parsed.figures).toEqual([{ label: "Số người tham dự", value: "400" }]);
    expect(parsed.evidence).toEqual([{ url: "https://skhcn.langson.gov.vn/tin", title: "" }]);
    expect(parsed.progress).toBeUndefined();
  });
  it("refuses a javascript: link and a progress over 100", () => {
    const result = recordUpdateSchema.safeParse({ activityId: "01900000-0000-7000-8000-000000000000", version: 1, progress: 120, evidence: [{ url: "javascript:alert(1)", title: "x" }] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["progress", "evidence.0.url"]));
  });
});

describe("mentions", () => {
  const units = [
    { id: "qlkh", name: "Phòng Quản lý khoa học", shortName: "Phòng QLKH" },
    { id: "dai", name: "Đài Phát thanh và Truyền hình tỉnh", shortName: "Đài PT&TH tỉnh" },
  ];
  it("finds units named with @, with or without accents", () => {
    expect(mentionedUnits("Đề nghị @Phòng QLKH gửi tham luận", units)).toEqual(["qlkh"]);
    expect(mentionedUnits("@dai phat thanh va truyen hinh tinh cho video", units)).toEqual(["dai"]);
    expect(mentionedUnits("Phòng QLKH không có @ thì không nhắc", units)).toEqual([]);
  });
});
