// The plan-editing services answer with what the actions and the API need
// (which plan to refresh, the version to send next), so neither looks it up
// again after the service.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPlanDocument } from "@/lib/plans/queries";
import { deletePhase, movePhase, updatePhase } from "@/lib/plans/service/phases";
import { deleteActivity, moveActivity, updateActivity } from "@/lib/plans/service/activities";
import { createPlan, createWorld, inTransaction } from "./support/factories";

async function draft() {
  const world = await createWorld();
  const plan = await createPlan(world.organization.id, {
    year: 2027,
    createdById: world.staffA.id,
    draftingUnitId: world.unitA.id,
    phases: [
      { title: "Chuẩn bị", start: "2027-05-03", end: "2027-05-14", activities: [{ content: "Tuyên truyền", lead: world.unitA.id }, { content: "Chuyên mục", lead: world.unitB.id }] },
      { title: "Trọng tâm", start: "2027-05-14", end: "2027-05-19", activities: [{ content: "Hội thảo", lead: world.unitA.id }] },
    ],
  });
  return { world, plan, doc: await getPlanDocument(world.staffA, plan.id) };
}

describe("plan-editing services return what the edges need", () => {
  it("an activity saved, unchanged, moved and deleted: its plan, phase and next version", async () => {
    const { world, plan, doc } = await draft();
    const [first, second] = doc.phases[0]!.activities;
    const input = { id: first!.id, version: first!.version, content: "Tuyên truyền trên báo", description: "", leadUnitId: world.unitA.id, supporterIds: [], start: first!.start, end: first!.end, note: "" };
    const saved = await inTransaction((tx) => updateActivity(tx, world.staffA, input));
    expect(saved).toEqual({ id: first!.id, planId: plan.id, phaseId: first!.phaseId, version: first!.version + 1 });
    const same = await inTransaction((tx) => updateActivity(tx, world.staffA, { ...input, version: saved.version }));
    expect(same).toEqual(saved);
    const moved = await inTransaction((tx) => moveActivity(tx, world.staffA, { id: first!.id, version: saved.version, phaseId: doc.phases[1]!.id }));
    expect(moved).toEqual({ id: first!.id, planId: plan.id, phaseId: doc.phases[1]!.id, version: saved.version + 1 });
    const stored = await db.activity.findUniqueOrThrow({ where: { id: first!.id } });
    expect([stored.phaseId, stored.version]).toEqual([moved.phaseId, moved.version]);
    expect(await inTransaction((tx) => deleteActivity(tx, world.staffA, { id: second!.id, version: second!.version }))).toEqual({ id: second!.id, planId: plan.id });
  });

  it("a phase saved, moved and deleted: its plan and next version", async () => {
    const { world, plan, doc } = await draft();
    const [first, second] = doc.phases;
    const saved = await inTransaction((tx) => updatePhase(tx, world.staffA, { id: first!.id, version: first!.version, title: "Chuẩn bị kỹ", start: first!.start, end: first!.end }));
    expect(saved).toEqual({ id: first!.id, planId: plan.id, version: first!.version + 1 });
    const moved = await inTransaction((tx) => movePhase(tx, world.staffA, { id: first!.id, version: saved.version, direction: "down" }));
    expect(moved).toEqual({ id: first!.id, planId: plan.id, version: saved.version + 1 });
    expect((await db.phase.findUniqueOrThrow({ where: { id: first!.id } })).version).toBe(moved.version);
    const deleted = await inTransaction((tx) => deletePhase(tx, world.staffA, { id: second!.id, version: second!.version + 1, activities: "delete", targetPhaseId: null }));
    expect(deleted).toEqual({ id: second!.id, planId: plan.id });
  });
});
