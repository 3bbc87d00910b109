// "Nhắc đơn vị" (issue 15 §2): a leader reminds an activity's lead unit.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { remindLeadUnit } from "@/lib/notifications/remind";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createPlan, createWorld, inTransaction } from "./support/factories";

async function world() {
  const w = await createWorld();
  const today = todayInVietnam();
  const plan = await createPlan(w.organization.id, {
    status: "ISSUED",
    number: 9,
    symbol: "KH-SKHCN",
    issueDate: today,
    year: Number(today.slice(0, 4)),
    phases: [{ title: "Triển khai", start: shiftDate(today, -10), end: shiftDate(today, 10), activities: [{ content: "Khảo sát nhu cầu đổi mới công nghệ", lead: w.unitA.id, end: shiftDate(today, -1) }] }],
  });
  const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id } });
  await db.user.update({ where: { id: w.staffA.id }, data: { email: "can-bo-a@thu-nghiem.gov.vn" } });
  return { ...w, plan, activity };
}

const remind = (w: Awaited<ReturnType<typeof world>>, message = "") => inTransaction((tx) => remindLeadUnit(tx, w.leader, { activityId: w.activity.id, message }));

describe("Nhắc đơn vị", () => {
  it("notifies the lead unit's staff with the leader's message, queues their mail and writes the history", async () => {
    const w = await world();
    expect(await remind(w, "Đề nghị gửi kết quả khảo sát trước thứ Sáu.")).toEqual({ unitName: w.unitA.name, notified: 1 });
    const [note, ...more] = await db.notification.findMany({ where: { activityId: w.activity.id, kind: "activity.reminded" } });
    expect(more).toHaveLength(0);
    expect(note).toMatchObject({ userId: w.staffA.id, title: "Lãnh đạo nhắc: Khảo sát nhu cầu đổi mới công nghệ", link: `/activities/${w.activity.id}` });
    expect(note!.body).toContain("Kế hoạch số 09/KH-SKHCN");
    expect(note!.body).toContain("Đề nghị gửi kết quả khảo sát trước thứ Sáu.");
    expect(await db.mailMessage.count({ where: { toAddress: "can-bo-a@thu-nghiem.gov.vn", dedupeKey: `notification:${note!.id}` } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.activity.id, action: "remind" } });
    expect(audit).toMatchObject({ actorId: w.leader.id, planId: w.plan.id, after: { unitId: w.unitA.id, message: "Đề nghị gửi kết quả khảo sát trước thứ Sáu." } });
  });

  it("sends at most one a day per activity and unit, saying when it was sent; two leaders at once send one", async () => {
    const w = await world();
    const results = await Promise.allSettled([remind(w), remind(w)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", reason: "ALREADY_REMINDED", message: expect.stringContaining("đã được nhắc về hoạt động này hôm nay") });
    await expect(remind(w, "Lần nữa")).rejects.toMatchObject({ reason: "ALREADY_REMINDED" });
    expect(await db.notification.count({ where: { activityId: w.activity.id, kind: "activity.reminded" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: w.activity.id, action: "remind" } })).toBe(1);
    // Yesterday's reminder does not count today.
    await db.auditLog.updateMany({ where: { entityId: w.activity.id, action: "remind" }, data: { createdAt: new Date(Date.now() - 26 * 3_600_000) } });
    await db.notification.updateMany({ where: { activityId: w.activity.id, kind: "activity.reminded" }, data: { dedupeKey: "hôm qua" } });
    expect((await remind(w)).notified).toBe(1);
  });

  it("refuses a finished activity and changes nothing", async () => {
    const w = await world();
    await db.activity.update({ where: { id: w.activity.id }, data: { status: "DONE" } });
    await expect(remind(w)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { entityId: w.activity.id, action: "remind" } })).toBe(0);
  });
});
