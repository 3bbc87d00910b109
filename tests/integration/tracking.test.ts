import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment, recordActivityUpdate, saveTargets, type UploadedFile } from "@/lib/activities/service";
import { getAttachmentForDownload } from "@/lib/activities/queries";
import { listUnitWork } from "@/lib/activities/work-queries";
import { runReminders } from "@/lib/activities/reminders";
import { workGroup } from "@/lib/activities/rules";
import type { RecordUpdateInput } from "@/lib/activities/schemas";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createPlan, createUnit, createUser, createWorld, inTransaction, organizationSnapshot, trackingInput as input } from "./support/factories";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

async function trackingWorld() {
  const world = await createWorld();
  const group = await createUnit(world.organization.id, { kind: "GROUP", name: `Các phòng ${Date.now()}` });
  const unitC = await createUnit(world.organization.id);
  await db.unitGroupMember.create({ data: { organizationId: world.organization.id, groupId: group.id, memberId: unitC.id } });
  const staffC = await createUser(world.organization.id, "STAFF", unitC.id);
  const unitD = await createUnit(world.organization.id);
  const staffD = await createUser(world.organization.id, "STAFF", unitD.id);
  const dai = await createUnit(world.organization.id, { name: `Đài Phát thanh và Truyền hình tỉnh ${Date.now()}`, shortName: "Đài PT&TH", kind: "EXTERNAL" });
  const today = todayInVietnam();
  const plan = await createPlan(world.organization.id, {
    status: "ISSUED",
    number: 1,
    issueDate: today,
    year: Number(today.slice(0, 4)),
    phases: [
      {
        title: "Triển khai",
        start: shiftDate(today, -10),
        end: shiftDate(today, 10),
        activities: [
          { content: "Tổ chức Hội thảo khoa học", lead: world.unitA.id, supporters: [world.unitB.id, group.id], end: shiftDate(today, 2) },
          {
            content: "Hội nghị phổ biến sáng kiến",
            lead: world.unitA.id,
            end: shiftDate(today, -1),
            subTasks: [
              { content: "Tài liệu", lead: world.unitA.id, end: shiftDate(today, -1) },
              { content: "Giấy mời", lead: world.unitB.id, end: shiftDate(today, -1) },
            ],
          },
          { content: "Phóng sự truyền hình", lead: world.unitA.id, supporters: [dai.id], end: shiftDate(today, 20) },
          { content: "Đã xong từ trước", lead: world.unitA.id, end: shiftDate(today, -2), updates: [{ at: new Date().toISOString(), by: world.staffA.id, status: "DONE", result: "Xong" }] },
        ],
      },
    ],
  });
  const activities = await db.activity.findMany({ where: { planId: plan.id }, orderBy: [{ parentId: "asc" }, { order: "asc" }] });
  const byContent = (content: string) => activities.find((a) => a.content === content)!;
  return { ...world, group, unitC, staffC, unitD, staffD, plan, workshop: byContent("Tổ chức Hội thảo khoa học"), conference: byContent("Hội nghị phổ biến sáng kiến"), subA: byContent("Tài liệu"), subB: byContent("Giấy mời"), finished: byContent("Đã xong từ trước"), today };
}

const update = (user: SessionUser, activityId: string, extra: Partial<RecordUpdateInput> = {}, files: UploadedFile[] = []) =>
  inTransaction(async (tx) => {
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    return recordActivityUpdate(tx, user, input(activity, extra), files);
  });

describe("tracking rights: one case per row, refusals change nothing", () => {
  it("STAFF of the lead unit changes status and everything else", async () => {
    const w = await trackingWorld();
    await update(w.staffA, w.workshop.id, {
      status: "IN_PROGRESS",
      progress: 40,
      note: "Đã gửi giấy mời",
      figures: [{ label: "Số người tham dự", value: "400" }],
      evidence: [{ url: "https://skhcn.langson.gov.vn/tin-tuc/hoi-thao", title: "Tin bài" }],
    });
    await update(w.staffA, w.workshop.id, { status: "DONE", result: "Hội thảo tổ chức ngày 16/5", actualStart: "2026-05-16", actualEnd: "2026-05-16" });
    const saved = await db.activity.findUniqueOrThrow({ where: { id: w.workshop.id } });
    expect(saved).toMatchObject({ status: "DONE", progress: 100, result: "Hội thảo tổ chức ngày 16/5", version: w.workshop.version + 2 });
    const updates = await db.activityUpdate.findMany({ where: { activityId: w.workshop.id }, orderBy: { createdAt: "asc" } });
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatchObject({ status: "IN_PROGRESS", previousStatus: "NOT_STARTED", progress: 40, figures: [{ label: "Số người tham dự", value: "400" }] });
    expect(await db.auditLog.count({ where: { entityId: w.workshop.id, action: "track" } })).toBe(2);
  });

  for (const who of ["staffB", "staffC"] as const) {
    it(`STAFF of a supporting unit (${who === "staffB" ? "directly" : "through a group"}) adds notes, figures and evidence but cannot change the status`, async () => {
      const w = await trackingWorld();
      await update(w[who], w.workshop.id, { note: "Đã cử 2 báo cáo viên", figures: [{ label: "Số tham luận", value: "2" }] });
      expect(await db.activityUpdate.count({ where: { activityId: w.workshop.id, authorId: w[who].id } })).toBe(1);
      const before = await organizationSnapshot(w.organization.id);
      await expect(update(w[who], w.workshop.id, { status: "DONE", result: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(update(w[who], w.workshop.id, { progress: 90 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await organizationSnapshot(w.organization.id)).toEqual(before);
    });
  }

  it("LEADER does all, including cancelling with a reason; ADMIN does all but cancel", async () => {
    const w = await trackingWorld();
    await update(w.admin, w.workshop.id, { status: "BLOCKED", statusReason: "Chưa có kinh phí" });
    const before = await organizationSnapshot(w.organization.id);
    await expect(update(w.admin, w.workshop.id, { status: "CANCELLED", statusReason: "Thôi" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(update(w.leader, w.workshop.id, { status: "CANCELLED", statusReason: "" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { statusReason: expect.any(Array) } });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
    await update(w.leader, w.workshop.id, { status: "CANCELLED", statusReason: "Gộp vào hội nghị tổng kết" });
    expect(await db.activity.findUniqueOrThrow({ where: { id: w.workshop.id } })).toMatchObject({ status: "CANCELLED", statusReason: "Gộp vào hội nghị tổng kết" });
  });

  it("VIEWER and STAFF of an uninvolved unit read only; another organisation sees nothing", async () => {
    const w = await trackingWorld();
    const other = await createWorld();
    const before = await organizationSnapshot(w.organization.id);
    await expect(update(w.viewer, w.workshop.id, { note: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(update(w.staffD, w.workshop.id, { note: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(update(other.leader, w.workshop.id, { note: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(update(other.admin, w.workshop.id, { status: "DONE", result: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inTransaction((tx) => addComment(tx, w.viewer, { activityId: w.workshop.id, body: "xin chào" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });

  it("refuses updates to a plan that is not running", async () => {
    const w = await trackingWorld();
    await db.plan.update({ where: { id: w.plan.id }, data: { status: "COMPLETED" } });
    const before = await organizationSnapshot(w.organization.id);
    await expect(update(w.leader, w.workshop.id, { note: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });
});

describe("updates", () => {
  it("a stale version is refused with the newest values; nothing is lost", async () => {
    const w = await trackingWorld();
    const seen = w.workshop;
    await update(w.staffA, w.workshop.id, { status: "IN_PROGRESS", progress: 30 });
    const before = await organizationSnapshot(w.organization.id);
    const error = await inTransaction((tx) => recordActivityUpdate(tx, w.leader, input(seen, { progress: 80 }))).catch((e) => e);
    expect(error).toMatchObject({ code: "CONFLICT", details: { current: { status: "IN_PROGRESS", progress: 30, version: seen.version + 1 } } });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });

  it("DONE without a result asks for one; confirming passes", async () => {
    const w = await trackingWorld();
    await expect(update(w.staffA, w.workshop.id, { status: "DONE" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { result: expect.any(Array) } });
    await update(w.staffA, w.workshop.id, { status: "DONE", confirmNoResult: true });
    expect(await db.activity.findUniqueOrThrow({ where: { id: w.workshop.id } })).toMatchObject({ status: "DONE", progress: 100 });
  });

  it("a parent's progress follows its sub-tasks until its lead sets it", async () => {
    const w = await trackingWorld();
    await update(w.staffA, w.subA.id, { status: "DONE", result: "Xong tài liệu" });
    expect((await db.activity.findUniqueOrThrow({ where: { id: w.conference.id } })).progress).toBe(50);
    await update(w.staffB, w.subB.id, { status: "IN_PROGRESS", progress: 50 });
    expect((await db.activity.findUniqueOrThrow({ where: { id: w.conference.id } })).progress).toBe(75);
    await update(w.staffA, w.conference.id, { progress: 60 });
    await update(w.staffB, w.subB.id, { status: "DONE", result: "Đã gửi giấy mời" });
    expect(await db.activity.findUniqueOrThrow({ where: { id: w.conference.id } })).toMatchObject({ progress: 60, progressSetManually: true });
  });

  it("stores files checked by content, refuses a .pdf that is not a PDF, and serves files only within the organisation", async () => {
    const w = await trackingWorld();
    const before = await organizationSnapshot(w.organization.id);
    const fake = { name: "bao-cao.pdf", bytes: new TextEncoder().encode("<html><script>alert(1)</script></html>") };
    await expect(update(w.staffA, w.workshop.id, { note: "kèm tệp" }, [fake])).rejects.toMatchObject({ code: "INVALID", fieldErrors: { files: [expect.stringContaining("bao-cao.pdf")] } });
    const renamed = { name: "anh.png", bytes: PDF };
    await expect(update(w.staffA, w.workshop.id, {}, [renamed])).rejects.toMatchObject({ code: "INVALID" });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);

    await update(w.staffB, w.workshop.id, { note: "Biên bản" }, [{ name: "Biên bản hội thảo.pdf", bytes: PDF }]);
    const attachment = await db.attachment.findFirstOrThrow({ where: { activityId: w.workshop.id } });
    expect(attachment).toMatchObject({ fileName: "Biên bản hội thảo.pdf", contentType: "application/pdf", size: PDF.byteLength });
    expect(Buffer.from((await getAttachmentForDownload(w.viewer, attachment.id)).data).equals(Buffer.from(PDF))).toBe(true);
    const other = await createWorld();
    await expect(getAttachmentForDownload(other.leader, attachment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("targets are set by the lead and their achieved values recorded in updates", async () => {
    const w = await trackingWorld();
    await expect(
      inTransaction((tx) => saveTargets(tx, w.staffB, { activityId: w.workshop.id, version: w.workshop.version, targets: [{ label: "Mô hình", targetValue: 20, unitOfMeasure: "mô hình" }] })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await inTransaction((tx) => saveTargets(tx, w.staffA, { activityId: w.workshop.id, version: w.workshop.version, targets: [{ label: "Mô hình ứng dụng", targetValue: 20, unitOfMeasure: "mô hình" }] }));
    const target = await db.activityTarget.findFirstOrThrow({ where: { activityId: w.workshop.id } });
    await update(w.staffA, w.workshop.id, { targets: [{ targetId: target.id, achieved: 12 }] });
    expect(await db.activityTarget.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ achieved: 12, targetValue: 20 });
  });
});

describe("discussion and reminders", () => {
  it("a comment mentioning a unit notifies that unit's staff (groups expanded)", async () => {
    const w = await trackingWorld();
    const other = await createUser(w.organization.id, "STAFF", w.unitB.id);
    await inTransaction((tx) => addComment(tx, w.staffA, { activityId: w.workshop.id, body: `Đề nghị @${w.unitB.shortName} gửi danh sách. @${w.group.shortName.normalize("NFD")} lưu ý.` }));
    const notified = await db.notification.findMany({ where: { activityId: w.workshop.id, kind: "activity.mention" }, select: { userId: true } });
    expect(new Set(notified.map((n) => n.userId))).toEqual(new Set([w.staffB.id, other.id, w.staffC.id]));
    const audit = await db.auditLog.findMany({ where: { entityId: w.workshop.id, action: "comment" } });
    expect(audit).toMatchObject([{ actorId: w.staffA.id, planId: w.workshop.planId, after: { body: expect.stringContaining("gửi danh sách") } }]);
  });

  it("reminds the lead unit once of work due in 3 days and of overdue work, never of finished work", async () => {
    const w = await trackingWorld();
    await runReminders(db, w.today);
    await runReminders(db, w.today);
    const notes = await db.notification.findMany({ where: { organizationId: w.organization.id, kind: { startsWith: "activity." } }, select: { userId: true, kind: true, activityId: true } });
    expect(notes.filter((n) => n.userId === w.staffA.id).map((n) => `${n.kind} ${n.activityId}`).sort()).toEqual(
      [`activity.due-soon ${w.workshop.id}`, `activity.overdue ${w.conference.id}`, `activity.overdue ${w.subA.id}`].sort(),
    );
    expect(notes.some((n) => n.activityId === w.finished.id)).toBe(false);
    expect(notes.some((n) => n.userId === w.admin.id), "the ADMIN filed under the lead unit is not reminded").toBe(false);
    expect(notes.filter((n) => n.userId === w.staffB.id).map((n) => n.activityId)).toEqual([w.subB.id]);
  });

  it("lists a unit's work grouped, with its part, and finds 'dai phat thanh' without accents", async () => {
    const w = await trackingWorld();
    const work = await listUnitWork(w.staffC, { unitId: w.unitC.id }, w.today);
    // Due in two days: this week, or next week when today is a Saturday or Sunday.
    const expected = workGroup({ end: shiftDate(w.today, 2), status: "NOT_STARTED" }, w.today);
    expect(["week", "upcoming"]).toContain(expected);
    expect(work.groups.flatMap((g) => g.items.map((i) => [g.group, i.content, i.part]))).toEqual([[expected, "Tổ chức Hội thảo khoa học", "support"]]);
    const lead = await listUnitWork(w.leader, { unitId: w.unitA.id }, w.today);
    expect(Object.fromEntries(lead.groups.map((g) => [g.group, g.items.map((i) => i.content).sort()]))).toMatchObject({
      overdue: ["Hội nghị phổ biến sáng kiến", "Tài liệu"],
      done: ["Đã xong từ trước"],
    });
    // Sub-tasks match through their parent, which they show.
    const search = await listUnitWork(w.leader, { unitId: w.unitA.id, q: "HOI NGHI pho bien" }, w.today);
    expect(search.groups.flatMap((g) => g.items.map((i) => i.content)).sort()).toEqual(["Hội nghị phổ biến sáng kiến", "Tài liệu"]);
    const byUnit = await listUnitWork(w.leader, { unitId: w.unitA.id, q: "dai phat thanh" }, w.today);
    expect(byUnit.groups.flatMap((g) => g.items.map((i) => i.content))).toEqual(["Phóng sự truyền hình"]);
    const supportOnly = await listUnitWork(w.leader, { unitId: w.unitB.id, role: "support" }, w.today);
    expect(supportOnly.groups.flatMap((g) => g.items.map((i) => i.content))).toEqual(["Tổ chức Hội thảo khoa học"]);
  });
});
