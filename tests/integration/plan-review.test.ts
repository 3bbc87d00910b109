// Issue 15 §5–§6: snapshots at submission and issue, "what changed since the
// last review", the checklist the server re-runs, and the history's wording.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionPlan } from "@/lib/plans/service/workflow";
import { updateActivity } from "@/lib/plans/service/activities";
import { clonePlan } from "@/lib/plans/service/create";
import { getPlanChanges } from "@/lib/plans/changes-queries";
import { getPlanHistory } from "@/lib/plans/history";
import { getPlanWorkflow } from "@/lib/plans/queries";
import { readVersionData } from "@/lib/plans/version-data";
import type { PlanAction } from "@/lib/plans/workflow";
import type { SessionUser } from "@/lib/auth/user";
import { fromDbDate } from "@/lib/dates";
import { createPlan, createUnit, createWorld, inTransaction, organizationSnapshot } from "./support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

async function draft(world: World, overrides: Parameters<typeof createPlan>[1] = {}) {
  return createPlan(world.organization.id, {
    createdById: world.staffA.id,
    draftingUnitId: world.unitA.id,
    signerTitle: "GIÁM ĐỐC",
    year: 2026,
    phases: [
      {
        title: "Tuần lễ",
        start: "2026-05-01",
        end: "2026-05-31",
        activities: [
          { content: "Hội thảo", lead: world.unitA.id, supporters: [world.unitB.id], start: "2026-05-01", end: "2026-05-10" },
          { content: "Treo băng rôn", lead: world.unitA.id, start: "2026-05-05", end: "2026-05-06" },
        ],
      },
    ],
    ...overrides,
  });
}

const move = (user: SessionUser, action: PlanAction, planId: string, extra: { comment?: string; acceptedWarnings?: string[] } = {}) =>
  inTransaction(async (tx) => {
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId } });
    return transitionPlan(tx, user, action, { planId, version: plan.version, comment: extra.comment ?? "", acceptedWarnings: extra.acceptedWarnings });
  });

async function editActivity(user: SessionUser, planId: string, content: string, change: { end?: string; leadUnitId?: string }) {
  const row = await db.activity.findFirstOrThrow({ where: { planId, content }, include: { supporters: true } });
  return inTransaction((tx) =>
    updateActivity(tx, user, {
      id: row.id,
      version: row.version,
      content: row.content,
      description: row.description,
      leadUnitId: change.leadUnitId ?? row.leadUnitId,
      supporterIds: row.supporters.map((s) => s.unitId),
      start: fromDbDate(row.startDate),
      end: change.end ?? fromDbDate(row.endDate),
      note: row.note,
    }),
  );
}

describe("snapshots and what changed", () => {
  it("keeps the plan as plain data at submission and issue, in the transition's transaction", async () => {
    const world = await createWorld();
    const plan = await draft(world);
    await move(world.staffA, "submit", plan.id);
    const [submitted] = await db.planVersion.findMany({ where: { planId: plan.id } });
    expect(submitted).toMatchObject({ kind: "SUBMITTED", reviewOutcome: null, createdById: world.staffA.id, organizationId: world.organization.id });
    const data = readVersionData(submitted!.data)!;
    const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id, content: "Hội thảo" } });
    expect(data.phases[0]!.activities[0]).toMatchObject({
      id: activity.id,
      stt: "1",
      content: "Hội thảo",
      leadUnit: { id: world.unitA.id, name: world.unitA.name },
      supporters: [{ id: world.unitB.id, name: world.unitB.name }],
      start: "2026-05-01",
      end: "2026-05-10",
    });
    await move(world.leader, "approve", plan.id);
    await move(world.leader, "issue", plan.id);
    const versions = await db.planVersion.findMany({ where: { planId: plan.id }, orderBy: { createdAt: "asc" } });
    expect(versions.map((v) => [v.kind, v.reviewOutcome])).toEqual([["SUBMITTED", "APPROVED"], ["ISSUED", null]]);
  });

  it("after return, edit and resubmission, the leader sees exactly what changed: one end date and the lead unit", async () => {
    const world = await createWorld();
    const unitC = await createUnit(world.organization.id);
    const plan = await draft(world);
    await move(world.staffA, "submit", plan.id);
    expect(await getPlanChanges(world.leader, plan.id)).toEqual({ kind: "none-reviewed" });
    await move(world.leader, "return", plan.id, { comment: "Sửa thời gian hội thảo." });
    await editActivity(world.staffA, plan.id, "Hội thảo", { end: "2026-05-12", leadUnitId: unitC.id });
    // The drafter sees it while the plan is returned, too.
    const whileReturned = await getPlanChanges(world.staffA, plan.id);
    expect(whileReturned).toMatchObject({ kind: "diff", outcome: "RETURNED" });
    await move(world.staffA, "submit", plan.id);
    const changes = await getPlanChanges(world.leader, plan.id);
    expect(changes?.kind).toBe("diff");
    if (changes?.kind !== "diff") return;
    expect(changes.diff.texts).toEqual([]);
    expect(changes.diff.phases).toEqual({ added: [], removed: [], changed: [] });
    expect(changes.diff.activities).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          label: "Hoạt động 1 (mục 2.1)",
          subject: "Hội thảo",
          changes: [
            { label: "Đơn vị chủ trì", before: world.unitA.name, after: unitC.name },
            { label: "Thời gian", before: "01/05/2026–10/05/2026", after: "01/05/2026–12/05/2026" },
          ],
        },
      ],
    });
    // Someone who neither reviews nor submits this plan is not shown it; a viewer cannot read the draft at all.
    expect(await getPlanChanges(world.staffB, plan.id)).toBeNull();
    await expect(getPlanChanges(world.viewer, plan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the checklist before submitting", () => {
  it("the server refuses a plan with a blocking problem, whatever the form sent, and changes nothing", async () => {
    const world = await createWorld();
    const plan = await draft(world, {
      phases: [
        {
          title: "Tuần lễ",
          start: "2026-05-01",
          end: "2026-05-31",
          activities: [{ content: "Hội thảo", lead: world.unitA.id, start: "2026-05-01", end: "2026-05-10", subTasks: [{ content: "Gửi giấy mời", lead: world.unitA.id, start: "2026-05-08", end: "2026-05-15" }] }],
        },
      ],
    });
    const workflow = await getPlanWorkflow(world.staffA, plan.id);
    expect(workflow.checklist.map((i) => [i.code, i.severity, i.where])).toEqual([["SUBTASK_OUTSIDE_PARENT", "blocking", "Việc 1.1 (mục 2.1)"]]);
    const before = await organizationSnapshot(world.organization.id);
    await expect(move(world.staffA, "submit", plan.id, { acceptedWarnings: workflow.checklist.map((i) => i.key) })).rejects.toMatchObject({
      code: "INVALID",
      reason: "CHECKLIST_BLOCKING",
      details: { checklist: workflow.checklist },
    });
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
    expect(await db.planVersion.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("warnings need each to be confirmed; the confirmation is recorded and the history says which", async () => {
    const world = await createWorld();
    const plan = await draft(world, {
      phases: [
        { title: "Tuần lễ", start: "2026-05-01", end: "2026-05-31", activities: [{ content: "Hội thảo", lead: world.unitA.id, start: "2026-04-20", end: "2026-05-10" }] },
        { title: "Tổng kết", start: "2026-06-01", end: "2026-06-30", activities: [] },
      ],
    });
    const { checklist } = await getPlanWorkflow(world.staffA, plan.id);
    expect(checklist.map((i) => [i.code, i.severity])).toEqual([["EMPTY_PHASE", "warning"], ["OUTSIDE_PHASE", "warning"]]);
    await expect(move(world.staffA, "submit", plan.id)).rejects.toMatchObject({ reason: "CHECKLIST_WARNINGS" });
    // Confirming only some is not confirming.
    await expect(move(world.staffA, "submit", plan.id, { acceptedWarnings: [checklist[0]!.key] })).rejects.toMatchObject({ reason: "CHECKLIST_WARNINGS" });
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("DRAFT");
    await move(world.staffA, "submit", plan.id, { acceptedWarnings: checklist.map((i) => i.key) });
    const audit = await db.auditLog.findFirstOrThrow({ where: { planId: plan.id, action: "submit" } });
    expect(audit.after).toMatchObject({
      status: "SUBMITTED",
      acceptedWarnings: [
        "Giai đoạn 2.2: Giai đoạn “Tổng kết” chưa có hoạt động nào: thêm hoạt động hoặc xóa giai đoạn.",
        "Hoạt động 1 (mục 2.1): Thời gian 20/04/2026–10/05/2026 nằm ngoài thời gian của giai đoạn (01/05/2026–31/05/2026).",
      ],
    });
    const history = await getPlanHistory(world.leader, plan.id);
    expect(history.find((e) => e.text.startsWith("trình duyệt"))?.text).toContain("xác nhận đã xem 2 cảnh báo: Giai đoạn 2.2: Giai đoạn “Tổng kết” chưa có hoạt động nào");
  });

  it("flags texts of a cloned plan that still carry the source's date or ordinal", async () => {
    const world = await createWorld();
    const source = await draft(world, { status: "ISSUED", number: 7, issueDate: "2022-04-20", year: 2022, eventDate: "2022-05-18", theme: "Hội thi lần thứ 14", intro: "Dự kiến tổ chức ngày 18/5/2022.",
      phases: [{ title: "Tuần lễ", start: "2022-05-01", end: "2022-05-31", activities: [{ content: "Hội thảo", lead: world.unitA.id, start: "2022-05-01", end: "2022-05-10" }] }] });
    const { id } = await inTransaction((tx) =>
      clonePlan(tx, world.staffA, { sourcePlanId: source.id, eventDate: "2027-05-18", title: "Kế hoạch năm 2027", replaceYearInTexts: true, draftingUnitId: null }),
    );
    const { checklist } = await getPlanWorkflow(world.staffA, id);
    expect(checklist.map((i) => [i.code, i.where, i.message])).toEqual([
      ["OLD_YEAR_TEXT", "Lời dẫn", "Còn ghi “18/5/2022” của kế hoạch năm 2022: xem lại cho năm 2027."],
      ["OLD_ORDINAL_TEXT", "Chủ đề", "Còn ghi “lần thứ 14” như kế hoạch gốc: xem lại số lần."],
    ]);
  });
});

describe("the history's wording", () => {
  it("one changed end is written with both ends and read as a window, never 'null'", async () => {
    const world = await createWorld();
    const plan = await draft(world);
    await editActivity(world.staffA, plan.id, "Treo băng rôn", { end: "2026-05-07" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { planId: plan.id, action: "update" } });
    expect(audit.before).toEqual({ start: "2026-05-05", end: "2026-05-06" });
    expect(audit.after).toEqual({ start: "2026-05-05", end: "2026-05-07" });
    const history = await getPlanHistory(world.staffA, plan.id);
    expect(history.map((e) => e.text)).toContain("đổi thời gian hoạt động 2 (mục 2.1) từ 05–06/5/2026 sang 05–07/5/2026");
    expect(history.some((e) => e.text.includes("null"))).toBe(false);
  });

  it("a clone's creation names its source plan, with its number, and links it for whoever may read it", async () => {
    const world = await createWorld();
    const source = await draft(world, { title: "Tổ chức Ngày KH&CN năm 2025", status: "ISSUED", number: 12, issueDate: "2025-04-01", year: 2025,
      phases: [{ title: "Tuần lễ", start: "2025-05-01", end: "2025-05-31", activities: [{ content: "Hội thảo", lead: world.unitA.id, start: "2025-05-01", end: "2025-05-10" }] }] });
    const { id } = await inTransaction((tx) =>
      clonePlan(tx, world.staffA, { sourcePlanId: source.id, eventDate: "2026-05-18", title: "Kế hoạch năm 2026", replaceYearInTexts: false, draftingUnitId: null }),
    );
    const created = (await getPlanHistory(world.staffA, id)).find((e) => e.text.startsWith("tạo kế hoạch"))!;
    expect(created.text).toBe("tạo kế hoạch từ “Kế hoạch tổ chức Ngày KH&CN năm 2025” (số 12/KH-SKHCN)");
    expect(created.link).toEqual({ href: `/plans/${source.id}`, label: "Mở kế hoạch nguồn" });
    // The source gone: the name it had when cloned, no link.
    await db.plan.delete({ where: { id: source.id } });
    const after = (await getPlanHistory(world.staffA, id)).find((e) => e.text.startsWith("tạo kế hoạch"))!;
    expect(after).toMatchObject({ text: "tạo kế hoạch từ “Kế hoạch tổ chức Ngày KH&CN năm 2025” (số 12/KH-SKHCN)", link: null });
  });
});
