// Leaders are told (issue 15 §3): a blocked or overdue activity reaches the
// plan's leaders and drafting unit, reminders name the plan and its number
// and count days right, and "Kế hoạch chờ duyệt" resolves itself.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordActivityUpdate } from "@/lib/activities/service";
import { runReminders } from "@/lib/activities/reminders";
import type { RecordUpdateInput } from "@/lib/activities/schemas";
import { transitionPlan } from "@/lib/plans/service/workflow";
import type { PlanAction } from "@/lib/plans/workflow";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createPlan, createUser, createWorld, inTransaction } from "./support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

/** An issued plan (Số 07/KH-SKHCN) drafted by unit B, whose activities unit A leads. */
async function issuedPlan(world: World, activities: { content: string; end: string }[]) {
  const today = todayInVietnam();
  const plan = await createPlan(world.organization.id, {
    title: "Triển khai Tháng hành động vì an toàn thực phẩm",
    status: "ISSUED",
    number: 7,
    symbol: "KH-SKHCN",
    issueDate: today,
    year: Number(today.slice(0, 4)),
    draftingUnitId: world.unitB.id,
    phases: [{ title: "Triển khai", start: shiftDate(today, -20), end: shiftDate(today, 20), activities: activities.map((a) => ({ ...a, lead: world.unitA.id })) }],
  });
  const rows = await db.activity.findMany({ where: { planId: plan.id } });
  return { plan, byContent: (content: string) => rows.find((r) => r.content === content)! };
}

const block = (user: SessionUser, activityId: string, reason: string) =>
  inTransaction(async (tx) => {
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    const input: RecordUpdateInput = { activityId, version: activity.version, status: "BLOCKED", statusReason: reason, note: "", figures: [], evidence: [], targets: [], confirmNoResult: false, actualStart: null, actualEnd: null, files: [] };
    return recordActivityUpdate(tx, user, input);
  });

const notesOf = (activityId: string, kind: string) => db.notification.findMany({ where: { activityId, kind }, select: { userId: true, title: true, body: true, link: true } });

describe("a blocked activity", () => {
  it("tells the Sở's leaders and the drafting unit's staff, naming the plan, its number and the reason", async () => {
    const world = await createWorld();
    const secondLeader = await createUser(world.organization.id, "LEADER");
    const { byContent } = await issuedPlan(world, [{ content: "Kiểm tra cơ sở sản xuất", end: shiftDate(todayInVietnam(), 5) }]);
    const activity = byContent("Kiểm tra cơ sở sản xuất");
    await block(world.staffA, activity.id, "Chưa có kinh phí đoàn kiểm tra.");
    const notes = await notesOf(activity.id, "activity.blocked");
    expect(notes.map((n) => n.userId).sort()).toEqual([world.leader.id, secondLeader.id, world.staffB.id].sort());
    for (const note of notes) {
      expect(note.title).toBe("Vướng mắc: Kiểm tra cơ sở sản xuất");
      expect(note.body).toContain("Kế hoạch số 07/KH-SKHCN (Triển khai Tháng hành động vì an toàn thực phẩm)");
      expect(note.body).toContain("Chưa có kinh phí đoàn kiểm tra.");
      expect(note.link).toBe(`/activities/${activity.id}`);
    }
    // Saving again while still blocked tells nobody again.
    await block(world.staffA, activity.id, "Chưa có kinh phí đoàn kiểm tra; đã đề xuất.");
    expect(await notesOf(activity.id, "activity.blocked")).toHaveLength(3);
  });
});

describe("reminders", () => {
  it("name the plan and its number, and count calendar days: work due tomorrow has 1 day left", async () => {
    const world = await createWorld();
    const today = todayInVietnam();
    const { byContent } = await issuedPlan(world, [{ content: "Nộp báo cáo nhanh", end: shiftDate(today, 1) }]);
    await runReminders(db);
    const [note, ...more] = await notesOf(byContent("Nộp báo cáo nhanh").id, "activity.due-soon");
    expect(more).toHaveLength(0);
    expect(note).toMatchObject({ userId: world.staffA.id, title: "Sắp đến hạn: Nộp báo cáo nhanh" });
    expect(note!.body).toContain("Kế hoạch số 07/KH-SKHCN (Triển khai Tháng hành động vì an toàn thực phẩm)");
    expect(note!.body).toContain("Còn 1 ngày là đến hạn.");
    expect(note!.body).not.toContain("3 ngày");
  });

  it("of overdue work also reach the plan's leaders and its drafting unit, once", async () => {
    const world = await createWorld();
    const { byContent } = await issuedPlan(world, [{ content: "Tổng hợp kết quả kiểm tra", end: shiftDate(todayInVietnam(), -2) }]);
    const activity = byContent("Tổng hợp kết quả kiểm tra");
    await runReminders(db);
    await runReminders(db);
    const notes = await notesOf(activity.id, "activity.overdue");
    expect(notes.map((n) => n.userId).sort()).toEqual([world.staffA.id, world.leader.id, world.staffB.id].sort());
    for (const note of notes) {
      expect(note.title).toBe("Quá hạn: Tổng hợp kết quả kiểm tra");
      expect(note.body).toContain("Kế hoạch số 07/KH-SKHCN");
    }
  });
});

describe("a plan waiting for approval", () => {
  const move = (user: SessionUser, action: PlanAction, planId: string, comment = "") =>
    inTransaction(async (tx) => {
      const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId } });
      return transitionPlan(tx, user, action, { planId, version: plan.version, comment });
    });

  it("stops being new for every leader once it is approved, returned or withdrawn", async () => {
    const world = await createWorld();
    const secondLeader = await createUser(world.organization.id, "LEADER");
    const plan = await createPlan(world.organization.id, {
      status: "DRAFT",
      createdById: world.staffA.id,
      draftingUnitId: world.unitA.id,
      signerTitle: "GIÁM ĐỐC",
      phases: [{ title: "Tuần lễ", start: "2026-05-14", end: "2026-05-19", activities: [{ content: "Hội thảo", lead: world.unitA.id }] }],
    });
    const waiting = () => db.notification.findMany({ where: { planId: plan.id, kind: "plan.submitted", readAt: null }, select: { userId: true } });
    for (const [leaveBy, action] of [
      [world.leader, "approve"],
      [world.leader, "return"],
      [world.staffA, "withdraw"],
    ] as const) {
      if (action === "approve") await move(world.staffA, "submit", plan.id);
      expect((await waiting()).map((n) => n.userId).sort()).toEqual([world.leader.id, secondLeader.id].sort());
      await move(leaveBy, action, plan.id, action === "return" ? "Bổ sung kinh phí." : "");
      expect(await waiting()).toEqual([]);
      if (action === "approve") {
        // Back to a state that can be submitted again for the next round.
        await db.plan.update({ where: { id: plan.id }, data: { status: "DRAFT" } });
      }
      if (action !== "withdraw") await move(world.staffA, "submit", plan.id);
    }
  });
});
