// Issue 12 on the server: a save that only adds a note never changes the
// status, a blocked (or cancelled) activity keeps its stored reason, a new
// reason replaces it, and what is missing is named in the error itself.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordActivityUpdate } from "@/lib/activities/service";
import type { RecordUpdateInput } from "@/lib/activities/schemas";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { api, tokenFor } from "./support/api";
import { createPlan, createWorld, inTransaction, organizationSnapshot } from "./support/factories";

async function world(status?: { status: "BLOCKED" | "CANCELLED"; statusReason: string }) {
  const w = await createWorld();
  const today = todayInVietnam();
  const plan = await createPlan(w.organization.id, {
    status: "ISSUED",
    number: 1,
    issueDate: today,
    phases: [
      {
        title: "Triển khai",
        start: shiftDate(today, -10),
        end: shiftDate(today, 10),
        activities: [
          {
            content: "Hội thảo",
            lead: w.unitA.id,
            supporters: [w.unitB.id],
            updates: status ? [{ at: new Date(Date.now() - 60_000).toISOString(), by: w.staffA.id, progress: 30, ...status }] : [],
          },
        ],
      },
    ],
  });
  const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id } });
  return { ...w, activity };
}

/** What the form sends: every field, the status included even when unchanged. */
const save = (user: SessionUser, activityId: string, extra: Partial<RecordUpdateInput>) =>
  inTransaction(async (tx) => {
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    return recordActivityUpdate(tx, user, {
      activityId,
      version: activity.version,
      status: activity.status,
      statusReason: "",
      progress: activity.progress,
      note: "",
      figures: [],
      evidence: [],
      targets: [],
      confirmNoResult: false,
      files: [],
      actualStart: null,
      actualEnd: null,
      ...extra,
    });
  });

const history = (activityId: string) =>
  db.activityUpdate.findMany({ where: { activityId }, orderBy: { createdAt: "asc" }, select: { previousStatus: true, status: true, statusReason: true, note: true } });

describe("a second save", () => {
  it("that only adds a note keeps the status, progress, result and dates, and records no change of status", async () => {
    const w = await world();
    await save(w.staffA, w.activity.id, { status: "DONE", result: "Đã tổ chức", actualStart: "2026-05-16", actualEnd: "2026-05-16" });
    await save(w.staffA, w.activity.id, { note: "Đã đăng tin" });
    // The API may leave the status out altogether.
    await inTransaction(async (tx) => {
      const { version } = await tx.activity.findUniqueOrThrow({ where: { id: w.activity.id } });
      await recordActivityUpdate(tx, w.staffA, { activityId: w.activity.id, version, statusReason: "", note: "Lưu hồ sơ", figures: [], evidence: [], targets: [], confirmNoResult: false, files: [], actualStart: null, actualEnd: null });
    });
    const saved = await db.activity.findUniqueOrThrow({ where: { id: w.activity.id } });
    expect(saved).toMatchObject({ status: "DONE", progress: 100, result: "Đã tổ chức", version: w.activity.version + 3 });
    expect(saved.actualEnd?.toISOString().slice(0, 10)).toBe("2026-05-16");
    expect((await history(w.activity.id)).map((u) => [u.previousStatus, u.status, u.note])).toEqual([
      ["NOT_STARTED", "DONE", ""],
      [null, null, "Đã đăng tin"],
      [null, null, "Lưu hồ sơ"],
    ]);
  });

  for (const status of ["BLOCKED", "CANCELLED"] as const) {
    it(`from ${status}, with the reason field left empty, is accepted and keeps the stored reason`, async () => {
      const w = await world({ status, statusReason: "Chưa có kinh phí" });
      await save(w.leader, w.activity.id, { note: "Đã đề nghị bổ sung" });
      expect(await db.activity.findUniqueOrThrow({ where: { id: w.activity.id } })).toMatchObject({ status, statusReason: "Chưa có kinh phí", progress: 30 });
      expect((await history(w.activity.id)).at(-1)).toMatchObject({ status: null, statusReason: "", note: "Đã đề nghị bổ sung" });
    });
  }

  it("while blocked, with a new reason, replaces the stored reason and records it in the history and the audit log", async () => {
    const w = await world({ status: "BLOCKED", statusReason: "Chưa có kinh phí" });
    await save(w.staffA, w.activity.id, { statusReason: "Chờ ý kiến thẩm định" });
    expect(await db.activity.findUniqueOrThrow({ where: { id: w.activity.id } })).toMatchObject({ status: "BLOCKED", statusReason: "Chờ ý kiến thẩm định" });
    expect((await history(w.activity.id)).at(-1)).toMatchObject({ previousStatus: null, status: null, statusReason: "Chờ ý kiến thẩm định" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.activity.id, action: "track" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ before: { statusReason: "Chưa có kinh phí" }, after: { statusReason: "Chờ ý kiến thẩm định" } });
  });

  it("back to BLOCKED without a reason is a field error that says what is missing; nothing is saved", async () => {
    const w = await world({ status: "BLOCKED", statusReason: "Chưa có kinh phí" });
    await save(w.staffA, w.activity.id, { status: "IN_PROGRESS" });
    const before = await organizationSnapshot(w.organization.id);
    await expect(save(w.staffA, w.activity.id, { status: "BLOCKED" })).rejects.toMatchObject({
      code: "INVALID",
      message: "Ghi rõ vướng mắc.",
      fieldErrors: { statusReason: ["Ghi rõ vướng mắc."] },
    });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);

    // The API says the same, as problem+json.
    const { version } = await db.activity.findUniqueOrThrow({ where: { id: w.activity.id } });
    const response = await api("POST", `/activities/${w.activity.id}/updates`, { token: await tokenFor(w.staffA), body: { version, status: "BLOCKED" } });
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ detail: "Ghi rõ vướng mắc." });
    expect(await organizationSnapshot(w.organization.id)).toMatchObject({ activities: before.activities, updates: before.updates });
  });

  it("a reason is changed only by those who may set it: not a supporter, and only a leader for a cancelled activity", async () => {
    const blocked = await world({ status: "BLOCKED", statusReason: "Chưa có kinh phí" });
    const cancelled = await world({ status: "CANCELLED", statusReason: "Gộp vào hội nghị" });
    const before = [await organizationSnapshot(blocked.organization.id), await organizationSnapshot(cancelled.organization.id)];
    await expect(save(blocked.staffB, blocked.activity.id, { statusReason: "Lý do khác" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(save(cancelled.staffA, cancelled.activity.id, { statusReason: "Lý do khác" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect([await organizationSnapshot(blocked.organization.id), await organizationSnapshot(cancelled.organization.id)]).toEqual(before);
    // The stored reason sent back unchanged is no change: a supporter's note is accepted.
    await save(blocked.staffB, blocked.activity.id, { statusReason: "Chưa có kinh phí", note: "Đã hỗ trợ hồ sơ" });
    await save(cancelled.leader, cancelled.activity.id, { statusReason: "Gộp vào hội nghị tổng kết" });
    expect(await db.activity.findUniqueOrThrow({ where: { id: cancelled.activity.id } })).toMatchObject({ statusReason: "Gộp vào hội nghị tổng kết" });
  });
});
