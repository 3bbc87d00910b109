import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPlanDocument } from "@/lib/plans/queries";
import { clonePlan, createBlankPlan, createFromTemplate, saveAsTemplate, deleteTemplate } from "@/lib/plans/service/create";
import { updatePlan } from "@/lib/plans/service/edit";
import { createPhase, deletePhase, movePhase, updatePhase } from "@/lib/plans/service/phases";
import { createActivity, deleteActivity, moveActivity, updateActivity } from "@/lib/plans/service/activities";
import { PLAN_2022_TITLE } from "@/prisma/seed/lang-son-2022";
import { createPlan, createUnit, createWorld, inTransaction, organizationSnapshot, sessionUserByUsername } from "./support/factories";

async function draftWithTwoPhases(world: Awaited<ReturnType<typeof createWorld>>) {
  return createPlan(world.organization.id, {
    year: 2027,
    eventDate: "2027-05-18",
    createdById: world.staffA.id,
    draftingUnitId: world.unitA.id,
    signerTitle: "GIÁM ĐỐC",
    phases: [
      { title: "Trước ngày 18/5", start: "2027-05-03", end: "2027-05-14", activities: [{ content: "Tuyên truyền", lead: world.unitA.id, supporters: [world.unitB.id] }, { content: "Chuyên mục", lead: world.unitB.id }] },
      { title: "Tuần lễ trọng tâm", start: "2027-05-14", end: "2027-05-19", activities: [{ content: "Hội thảo", lead: world.unitA.id }] },
    ],
  });
}

describe("cloning the 2022 plan to 2027", () => {
  it("gives the identical structure with shifted windows and clean statuses", async () => {
    const qlcn = await sessionUserByUsername("qlcn");
    const source = await db.plan.findFirstOrThrow({ where: { title: PLAN_2022_TITLE, number: 12 } });
    const { id } = await inTransaction((tx) =>
      clonePlan(tx, qlcn, {
        sourcePlanId: source.id,
        eventDate: "2027-05-18",
        title: "Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2027",
        replaceYearInTexts: true,
        draftingUnitId: null,
      }),
    );
    const [before, after] = await Promise.all([getPlanDocument(qlcn, source.id), getPlanDocument(qlcn, id)]);
    const shape = (doc: typeof before) =>
      doc.phases.map((p) => ({
        title: p.title,
        activities: p.activities.map((a) => ({
          lead: a.leadUnit.id,
          supporters: a.supporters.map((s) => s.id),
          note: a.note,
          subTasks: a.subTasks.map((s) => [s.content, s.leadUnit.id, s.supporters.map((u) => u.id)]),
        })),
      }));
    expect(shape(after)).toEqual(shape(before));
    expect(after.phases.map((p) => [p.start, p.end])).toEqual([
      ["2027-05-03", "2027-05-14"],
      ["2027-05-14", "2027-05-19"],
    ]);
    const all = after.phases.flatMap((p) => p.activities.flatMap((a) => [a, ...a.subTasks]));
    expect(all).toHaveLength(10);
    expect(all.every((a) => a.status === "NOT_STARTED" && a.progress === 0 && a.result === "" && a.actualStart === null)).toBe(true);
    expect(after).toMatchObject({ status: "DRAFT", number: null, issueDate: null, year: 2027, eventDate: "2027-05-18" });
    expect(after.draftingUnit?.id).toBe(qlcn.unitId);
    expect(after.legalBasis).toEqual(before.legalBasis);
    expect(after.intro).toContain("năm 2027");
    expect(await db.activityUpdate.count({ where: { activity: { planId: id } } })).toBe(0);
    expect(await db.planReview.count({ where: { planId: id } })).toBe(0);
    const audit = await db.auditLog.findMany({ where: { planId: id } });
    expect(audit).toMatchObject([{ action: "create", actorId: qlcn.id, after: { source: "clone", sourcePlanId: source.id } }]);
  });

  it("can be saved as a template and recreated for another year", async () => {
    const world = await createWorld();
    const plan = await draftWithTwoPhases(world);
    await inTransaction((tx) => saveAsTemplate(tx, world.leader, { planId: plan.id, name: "Mẫu Ngày KH&CN", description: "" }));
    const template = await db.planTemplate.findFirstOrThrow({ where: { organizationId: world.organization.id } });
    const { id } = await inTransaction((tx) =>
      createFromTemplate(tx, world.staffA, { templateId: template.id, eventDate: "2028-05-18", title: "Kế hoạch 2028", replaceYearInTexts: false, draftingUnitId: null }),
    );
    const doc = await getPlanDocument(world.staffA, id);
    expect(doc.phases.map((p) => [p.start, p.end, p.activities.length])).toEqual([
      ["2028-05-03", "2028-05-14", 2],
      ["2028-05-14", "2028-05-19", 1],
    ]);
    await inTransaction((tx) => deleteTemplate(tx, world.leader, { templateId: template.id }));
    const audit = await db.auditLog.findMany({ where: { entityId: template.id }, orderBy: { createdAt: "asc" } });
    expect(audit).toMatchObject([
      { action: "create", entityType: "PlanTemplate", actorId: world.leader.id, planId: plan.id, after: { name: "Mẫu Ngày KH&CN" } },
      { action: "delete", entityType: "PlanTemplate", actorId: world.leader.id, before: { name: "Mẫu Ngày KH&CN" } },
    ]);
  });

  it("refuses a VIEWER and cannot read a plan of another organisation", async () => {
    const world = await createWorld();
    const other = await createWorld();
    const foreign = await draftWithTwoPhases(other);
    const before = await organizationSnapshot(world.organization.id);
    await expect(inTransaction((tx) => createBlankPlan(tx, world.viewer, { title: "X", year: 2027, eventDate: null, draftingUnitId: null }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      inTransaction((tx) => clonePlan(tx, world.staffA, { sourcePlanId: foreign.id, eventDate: "2028-05-18", title: "Chép", replaceYearInTexts: false, draftingUnitId: null })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });
});

describe("editing a draft", () => {
  it("a stale version is refused with the newer values, and nothing changes", async () => {
    const world = await createWorld();
    const plan = await draftWithTwoPhases(world);
    const doc = await getPlanDocument(world.staffA, plan.id);
    const base = { ...doc, id: plan.id, version: plan.version, draftingUnitId: world.unitA.id, eventDate: doc.eventDate };
    await inTransaction((tx) => updatePlan(tx, world.staffA, { ...base, theme: "Chủ đề của người thứ nhất" }));
    const afterFirst = await organizationSnapshot(world.organization.id);
    const error = await inTransaction((tx) => updatePlan(tx, world.leader, { ...base, theme: "Chủ đề của người thứ hai" })).catch((e) => e);
    expect(error).toMatchObject({ code: "CONFLICT", details: { current: { theme: "Chủ đề của người thứ nhất", version: plan.version + 1 } } });
    expect(await organizationSnapshot(world.organization.id)).toEqual(afterFirst);

    const activity = doc.phases[0]!.activities[0]!;
    const input = { id: activity.id, version: activity.version, content: "Sửa lần 1", description: "", leadUnitId: world.unitA.id, supporterIds: [], start: activity.start, end: activity.end, note: "" };
    await inTransaction((tx) => updateActivity(tx, world.staffA, input));
    const afterActivity = await organizationSnapshot(world.organization.id);
    await expect(inTransaction((tx) => updateActivity(tx, world.leader, { ...input, content: "Sửa lần 2" }))).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { content: "Sửa lần 1" } },
    });
    expect(await organizationSnapshot(world.organization.id)).toEqual(afterActivity);
  });

  it("edits phases and activities with one audit entry each, keeping orders contiguous", async () => {
    const world = await createWorld();
    const plan = await draftWithTwoPhases(world);
    const staff = world.staffA;
    const phase3 = await inTransaction((tx) => createPhase(tx, staff, { planId: plan.id, title: "Tổng kết", start: "2027-05-20", end: "2027-05-31" }));
    expect(phase3).toMatchObject({ order: 3, code: "2.3" });
    await inTransaction((tx) => updatePhase(tx, staff, { id: phase3.id, version: 1, title: "Tổng kết, báo cáo", start: "2027-05-20", end: "2027-06-05" }));
    await inTransaction((tx) => movePhase(tx, staff, { id: phase3.id, version: 2, direction: "up" }));
    let doc = await getPlanDocument(staff, plan.id);
    expect(doc.phases.map((p) => [p.code, p.title])).toEqual([
      ["2.1", "Trước ngày 18/5"],
      ["2.2", "Tổng kết, báo cáo"],
      ["2.3", "Tuần lễ trọng tâm"],
    ]);
    const added = await inTransaction((tx) =>
      createActivity(tx, staff, { phaseId: phase3.id, parentId: null, content: "Báo cáo kết quả", description: "", leadUnitId: world.unitB.id, supporterIds: [world.unitA.id], start: "2027-05-25", end: "2027-05-31", note: "" }),
    );
    const sub = await inTransaction((tx) =>
      createActivity(tx, staff, { phaseId: phase3.id, parentId: added.id, content: "Tổng hợp số liệu", description: "", leadUnitId: world.unitA.id, supporterIds: [], start: "2027-05-25", end: "2027-05-28", note: "" }),
    );
    const first = doc.phases[0]!.activities[0]!;
    await inTransaction((tx) => moveActivity(tx, staff, { id: first.id, version: first.version, direction: "down", phaseId: null }));
    await inTransaction((tx) => moveActivity(tx, staff, { id: added.id, version: 1, phaseId: doc.phases[0]!.id }));
    doc = await getPlanDocument(staff, plan.id);
    expect(doc.phases[0]!.activities.map((a) => [a.stt, a.content, a.subTasks.map((s) => s.content)])).toEqual([
      ["1", "Chuyên mục", []],
      ["2", "Tuyên truyền", []],
      ["3", "Báo cáo kết quả", ["Tổng hợp số liệu"]],
    ]);
    expect((await db.activity.findUniqueOrThrow({ where: { id: sub.id } })).phaseId).toBe(doc.phases[0]!.id);
    const chuyenMuc = doc.phases[0]!.activities[0]!;
    await inTransaction((tx) => deleteActivity(tx, staff, { id: chuyenMuc.id, version: chuyenMuc.version }));
    doc = await getPlanDocument(staff, plan.id);
    expect(doc.phases[0]!.activities.map((a) => a.stt)).toEqual(["1", "2"]);
    const audit = await db.auditLog.findMany({ where: { planId: plan.id, actorId: staff.id, entityType: { not: "Plan" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => `${a.action} ${a.entityType}`)).toEqual([
      "create Phase",
      "update Phase",
      "move Phase",
      "create Activity",
      "create Activity",
      "move Activity",
      "move Activity",
      "delete Activity",
    ]);
    expect(audit[5]!.entityLabel).toBe("hoạt động 1 (mục 2.1)");
  });

  it("deleting a phase moves its activities or deletes them, as asked", async () => {
    const world = await createWorld();
    const plan = await draftWithTwoPhases(world);
    const doc = await getPlanDocument(world.staffA, plan.id);
    const [p1, p2] = doc.phases;
    await expect(inTransaction((tx) => deletePhase(tx, world.staffA, { id: p2!.id, version: p2!.version, activities: "move", targetPhaseId: null }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { targetPhaseId: expect.any(Array) },
    });
    await inTransaction((tx) => deletePhase(tx, world.staffA, { id: p2!.id, version: p2!.version, activities: "move", targetPhaseId: p1!.id }));
    let after = await getPlanDocument(world.staffA, plan.id);
    expect(after.phases.map((p) => p.activities.map((a) => a.content))).toEqual([["Tuyên truyền", "Chuyên mục", "Hội thảo"]]);
    await inTransaction((tx) => deletePhase(tx, world.staffA, { id: p1!.id, version: p1!.version, activities: "delete", targetPhaseId: null }));
    after = await getPlanDocument(world.staffA, plan.id);
    expect(after.phases).toEqual([]);
    expect(await db.activity.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("validates units and dates with field errors and changes nothing", async () => {
    const world = await createWorld();
    const other = await createWorld();
    const group = await createUnit(world.organization.id, { kind: "GROUP" });
    const plan = await draftWithTwoPhases(world);
    const doc = await getPlanDocument(world.staffA, plan.id);
    const before = await organizationSnapshot(world.organization.id);
    const base = { phaseId: doc.phases[0]!.id, parentId: null, content: "Việc mới", description: "", supporterIds: [], start: "2027-05-03", end: "2027-05-05", note: "" };
    await expect(inTransaction((tx) => createActivity(tx, world.staffA, { ...base, leadUnitId: group.id }))).rejects.toMatchObject({
      fieldErrors: { leadUnitId: ["Đơn vị chủ trì phải là một đơn vị cụ thể, không phải nhóm đơn vị."] },
    });
    await expect(inTransaction((tx) => createActivity(tx, world.staffA, { ...base, leadUnitId: other.unitA.id }))).rejects.toMatchObject({ fieldErrors: { leadUnitId: expect.any(Array) } });
    await expect(inTransaction((tx) => createActivity(tx, world.staffA, { ...base, leadUnitId: world.unitA.id, supporterIds: [other.unitB.id] }))).rejects.toMatchObject({
      fieldErrors: { supporterIds: expect.any(Array) },
    });
    await expect(inTransaction((tx) => createActivity(tx, world.staffA, { ...base, leadUnitId: world.unitA.id, start: "2207-05-03", end: "2207-05-05" }))).rejects.toMatchObject({
      fieldErrors: { start: ["Ngày phải nằm trong khoảng năm 2026–2028."] },
    });
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });

  it("refuses staff of another unit and a viewer; issued plans are locked", async () => {
    const world = await createWorld();
    const plan = await draftWithTwoPhases(world);
    const issued = await createPlan(world.organization.id, { status: "ISSUED", number: 3, issueDate: "2027-04-01", phases: [{ title: "P", start: "2027-05-01", end: "2027-05-02", activities: [] }] });
    const before = await organizationSnapshot(world.organization.id);
    const phaseInput = { planId: plan.id, title: "Mới", start: "2027-05-01", end: "2027-05-02" };
    await expect(inTransaction((tx) => createPhase(tx, world.staffB, phaseInput))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inTransaction((tx) => createPhase(tx, world.viewer, phaseInput))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inTransaction((tx) => createPhase(tx, world.leader, { ...phaseInput, planId: issued.id }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });
});
