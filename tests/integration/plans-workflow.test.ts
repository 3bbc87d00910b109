import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionPlan } from "@/lib/plans/service/workflow";
import type { PlanAction } from "@/lib/plans/workflow";
import { todayInVietnam } from "@/lib/dates";
import { createPlan, createUser, createWorld, inTransaction, organizationSnapshot } from "./support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

async function draft(world: World, status: "DRAFT" | "APPROVED" | "SUBMITTED" | "ISSUED" = "DRAFT") {
  return createPlan(world.organization.id, {
    status,
    createdById: world.staffA.id,
    draftingUnitId: world.unitA.id,
    signerTitle: "GIÁM ĐỐC",
    ...(status === "ISSUED" ? { number: 1, issueDate: "2026-01-05" } : {}),
    phases: [
      {
        title: "Tuần lễ",
        start: "2026-05-14",
        end: "2026-05-19",
        activities: [
          { content: "Hội thảo", lead: world.unitA.id, supporters: [world.unitB.id] },
          { content: "Treo băng rôn", lead: world.unitA.id },
        ],
      },
    ],
  });
}

const move = (world: World, user: World["leader"], action: PlanAction, planId: string, comment = "") =>
  inTransaction(async (tx) => {
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId } });
    return transitionPlan(tx, user, action, { planId, version: plan.version, comment });
  });

describe("approval and issue", () => {
  it("runs draft → submitted → returned → submitted → approved → issued, notifying the right people", async () => {
    const world = await createWorld();
    const plan = await draft(world);
    await move(world, world.staffA, "submit", plan.id);
    expect(await db.notification.findMany({ where: { planId: plan.id }, select: { userId: true, kind: true } })).toEqual([{ userId: world.leader.id, kind: "plan.submitted" }]);
    await expect(move(world, world.leader, "return", plan.id, "  ")).rejects.toMatchObject({ code: "INVALID" });
    await move(world, world.leader, "return", plan.id, "Bổ sung thành phần tham dự.");
    const returned = await db.notification.findFirstOrThrow({ where: { planId: plan.id, kind: "plan.returned" } });
    expect(returned).toMatchObject({ userId: world.staffA.id, body: expect.stringContaining("Bổ sung thành phần tham dự.") });
    await move(world, world.staffA, "submit", plan.id);
    await move(world, world.leader, "approve", plan.id);
    const issued = await move(world, world.leader, "issue", plan.id);
    expect(issued.numberLabel).toMatch(/^\d{2,}\/KH-SKHCN$/);
    const saved = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(saved).toMatchObject({ status: "ISSUED", numberYear: Number(todayInVietnam().slice(0, 4)), symbol: "KH-SKHCN" });
    expect(saved.issueDate?.toISOString().slice(0, 10)).toBe(todayInVietnam());
    const reviews = await db.planReview.findMany({ where: { planId: plan.id }, orderBy: { createdAt: "asc" } });
    expect(reviews.map((r) => `${r.fromStatus}>${r.toStatus}`)).toEqual(["DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "RETURNED>SUBMITTED", "SUBMITTED>APPROVED", "APPROVED>ISSUED"]);
    // Both units named in the plan hear about the issue: unit A leads 2, unit B supports 1.
    const issuedNotes = await db.notification.findMany({ where: { planId: plan.id, kind: "plan.issued" }, select: { userId: true, body: true } });
    expect(issuedNotes).toEqual(
      expect.arrayContaining([
        { userId: world.staffA.id, body: "Đơn vị của bạn chủ trì 2 hoạt động." },
        { userId: world.staffB.id, body: "Đơn vị của bạn phối hợp 1 hoạt động." },
      ]),
    );
    const audit = await db.auditLog.findMany({ where: { planId: plan.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "submit", "return", "submit", "approve", "issue"]);
  });

  it("tells the văn thư (not the other leaders) that an approved plan waits for its number, by e-mail too, and closes that once it is issued", async () => {
    const world = await createWorld();
    const vanThu = await createUser(world.organization.id, "VAN_THU");
    await db.user.update({ where: { id: vanThu.id }, data: { email: `${vanThu.username}@skhcn.test`, mailPreference: "IMMEDIATE" } });
    const otherLeader = await createUser(world.organization.id, "LEADER");
    const plan = await draft(world, "SUBMITTED");
    await move(world, world.leader, "approve", plan.id, "Đồng ý ban hành.");
    const waiting = await db.notification.findMany({ where: { planId: plan.id, kind: "plan.awaitingIssue" } });
    expect(waiting.map((n) => n.userId)).toEqual([vanThu.id]);
    expect(waiting[0]).toMatchObject({ title: expect.stringContaining("Kế hoạch chờ ban hành"), link: `/plans/${plan.id}`, readAt: null });
    expect(await db.notification.count({ where: { planId: plan.id, userId: otherLeader.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { userId: vanThu.id, subject: { contains: "Kế hoạch chờ ban hành" } } })).toBe(1);
    await move(world, vanThu, "issue", plan.id);
    expect((await db.notification.findFirstOrThrow({ where: { id: waiting[0]!.id } })).readAt).not.toBeNull();
  });

  it("gives two approved plans issued at the same moment two different consecutive numbers", async () => {
    const world = await createWorld();
    const leader2 = await createUser(world.organization.id, "LEADER");
    const [a, b] = await Promise.all([draft(world, "APPROVED"), draft(world, "APPROVED")]);
    const results = await Promise.all([move(world, world.leader, "issue", a.id), move(world, leader2, "issue", b.id)]);
    const numbers = (await db.plan.findMany({ where: { id: { in: [a.id, b.id] } }, select: { number: true } })).map((p) => p.number!).sort();
    expect(numbers).toEqual([1, 2]);
    expect(results.map((r) => r.numberLabel).sort()).toEqual(["01/KH-SKHCN", "02/KH-SKHCN"]);
  });

  it("continues after the highest number already given this year and never reuses it", async () => {
    const world = await createWorld();
    const year = Number(todayInVietnam().slice(0, 4));
    await createPlan(world.organization.id, { status: "ISSUED", number: 7, issueDate: `${year}-01-10`, phases: [] });
    const plan = await draft(world, "APPROVED");
    expect((await move(world, world.leader, "issue", plan.id)).numberLabel).toBe("08/KH-SKHCN");
    const next = await draft(world, "APPROVED");
    expect((await move(world, world.leader, "issue", next.id)).numberLabel).toBe("09/KH-SKHCN");
  });

  it("an amendment keeps the number; re-issuing does not take a new one", async () => {
    const world = await createWorld();
    const plan = await draft(world, "APPROVED");
    const first = await move(world, world.leader, "issue", plan.id);
    await expect(move(world, world.leader, "amend", plan.id, "")).rejects.toMatchObject({ code: "INVALID" });
    await move(world, world.leader, "amend", plan.id, "Đổi ngày tổ chức hội thảo.");
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ status: "DRAFT", number: 1 });
    await move(world, world.staffA, "submit", plan.id);
    await move(world, world.leader, "approve", plan.id);
    const again = await move(world, world.leader, "issue", plan.id);
    expect(again.numberLabel).toBe(first.numberLabel);
    expect(await db.planNumberCounter.findFirst({ where: { organizationId: world.organization.id } })).toMatchObject({ lastNumber: 1 });
  });

  it("every refused transition leaves the database unchanged", async () => {
    const world = await createWorld();
    const other = await createWorld();
    const plans = { DRAFT: await draft(world), SUBMITTED: await draft(world, "SUBMITTED"), APPROVED: await draft(world, "APPROVED"), ISSUED: await draft(world, "ISSUED") };
    const refused: [World["leader"], PlanAction, keyof typeof plans, string][] = [
      [world.staffB, "submit", "DRAFT", "FORBIDDEN"],
      [world.viewer, "submit", "DRAFT", "NOT_FOUND"],
      [world.staffA, "approve", "SUBMITTED", "FORBIDDEN"],
      [world.admin, "approve", "SUBMITTED", "FORBIDDEN"],
      [world.staffA, "return", "SUBMITTED", "FORBIDDEN"],
      [world.leader, "issue", "SUBMITTED", "CONFLICT"],
      [world.staffA, "issue", "APPROVED", "FORBIDDEN"],
      [world.leader, "approve", "DRAFT", "CONFLICT"],
      [world.leader, "submit", "ISSUED", "CONFLICT"],
      [world.staffA, "amend", "ISSUED", "FORBIDDEN"],
      [other.leader, "approve", "SUBMITTED", "NOT_FOUND"],
      [other.admin, "issue", "APPROVED", "NOT_FOUND"],
    ];
    const before = await organizationSnapshot(world.organization.id);
    const notifications = await db.notification.count();
    for (const [user, action, status, code] of refused) {
      await expect(move(world, user, action, plans[status].id, "ý kiến")).rejects.toMatchObject({ code });
    }
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
    expect(await db.notification.count({ where: { organizationId: world.organization.id } })).toBe(0);
    expect(await db.notification.count()).toBeGreaterThanOrEqual(notifications);
  });

  it("a stale version is refused: the leader approves what they saw or nothing", async () => {
    const world = await createWorld();
    const plan = await draft(world, "SUBMITTED");
    const seen = plan.version;
    await move(world, world.staffA, "withdraw", plan.id);
    const before = await organizationSnapshot(world.organization.id);
    await expect(inTransaction((tx) => transitionPlan(tx, world.leader, "approve", { planId: plan.id, version: seen, comment: "" }))).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { status: "DRAFT" } },
    });
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });

  it("refuses to submit an empty plan", async () => {
    const world = await createWorld();
    const empty = await createPlan(world.organization.id, { createdById: world.staffA.id, draftingUnitId: world.unitA.id, signerTitle: "GIÁM ĐỐC" });
    await expect(move(world, world.staffA, "submit", empty.id)).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("ít nhất một giai đoạn") });
  });
});
