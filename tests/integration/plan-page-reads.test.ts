// The plan page and the plan's chart read one phase at a time for their cached
// parts (lib/plans/page-reads.ts, lib/plans/timeline-reads.ts), so that a
// progress update re-renders its own phase. Those reads must give exactly what
// the whole-plan reads give: the same activities, costs, chart rows and window.
// And the page's one access read (readPlanFacts) refuses whom getPlanDocument refuses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPlanDocument } from "@/lib/plans/queries";
import { readPlanFacts } from "@/lib/plans/page-facts";
import { phaseActivitiesOf, phaseActivityRowsOf, planCostsOf, planPhaseIdsOf } from "@/lib/plans/page-reads";
import { phaseChartRows, planChartFrame, planChartPhasesOf } from "@/lib/plans/timeline-reads";
import { planTimeline } from "@/lib/dashboard/timeline";
import { budgetSummary, usesCost } from "@/lib/documents/costs";
import { labelUnitsAsOfPlan } from "@/lib/units/plan-labels";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createPlan, createUnit, createWorld, sessionUserByUsername, unique } from "./support/factories";

/** The chart's frame as the cached chart makes it: the phases, and each phase's activities as stored. */
async function planChartFrameOf(organizationId: string, planId: string) {
  const phases = await planChartPhasesOf(organizationId, planId);
  return planChartFrame(phases, await Promise.all(phases.map((phase) => phaseActivityRowsOf(organizationId, planId, phase.id))));
}

async function twoPhasePlan(status: "DRAFT" | "ISSUED") {
  const w = await createWorld();
  const today = todayInVietnam();
  const plan = await createPlan(w.organization.id, {
    status,
    ...(status === "ISSUED" ? { number: 1, issueDate: today } : {}),
    year: Number(today.slice(0, 4)),
    createdById: w.staffA.id,
    draftingUnitId: w.unitA.id,
    phases: [
      {
        title: "Chuẩn bị",
        start: shiftDate(today, -10),
        end: shiftDate(today, -2),
        activities: [
          // Ends before today, still open: overdue on the chart.
          { content: unique("Họp triển khai"), lead: w.unitA.id, start: shiftDate(today, -9), end: shiftDate(today, -3), supporters: [w.unitB.id] },
          { content: unique("Xây dựng tài liệu"), lead: w.unitB.id, subTasks: [{ content: unique("Bản thảo"), lead: w.unitB.id }, { content: unique("Góp ý"), lead: w.unitA.id }] },
        ],
      },
      // An activity that runs past its phase: the chart's window reaches it.
      { title: "Triển khai", start: today, end: shiftDate(today, 5), activities: [{ content: unique("Hội thảo"), lead: w.unitA.id, start: today, end: shiftDate(today, 40) }] },
      { title: "Tổng kết", start: shiftDate(today, 30), end: shiftDate(today, 35), activities: [] },
    ],
  });
  return { w, plan, today };
}

describe("the plan page's reads, one phase at a time", () => {
  it("give the document's activities (units named as of the plan's date) and its costs", async () => {
    const { w, plan, today } = await twoPhasePlan("ISSUED");
    const leader = await sessionUserByUsername(w.leader.username);
    const whole = async () => labelUnitsAsOfPlan(await getPlanDocument(leader, plan.id), today);
    const org = w.organization.id;

    // No activity has a cost: no Kinh phí column, no sum.
    expect(await planCostsOf(org, plan.id)).toEqual({ withCost: false, activities: null });
    expect(usesCost(await whole())).toBe(false);

    const costed = await db.activity.findMany({ where: { planId: plan.id }, orderBy: { order: "asc" }, take: 2 });
    await db.activity.update({ where: { id: costed[0]!.id }, data: { cost: 12_500_000n } });
    await db.activity.update({ where: { id: costed[1]!.id }, data: { cost: 7_000_000n } });
    const doc = await whole();
    expect(usesCost(doc)).toBe(true);
    expect(await planCostsOf(org, plan.id)).toEqual({ withCost: true, activities: budgetSummary(doc).activities });
    expect(budgetSummary(doc).activities).toBe(19_500_000);

    expect(await planPhaseIdsOf(org, plan.id)).toEqual(doc.phases.map((phase) => phase.id));
    for (const phase of doc.phases) {
      expect(await phaseActivitiesOf(org, await phaseActivityRowsOf(org, plan.id, phase.id), doc.issueDate, today)).toEqual(phase.activities);
    }
    expect(doc.phases.map((phase) => phase.activities.length)).toEqual([2, 1, 0]);
  });

  it("give the chart's window and rows, phase after phase, as the whole plan's chart", async () => {
    const { w, plan, today } = await twoPhasePlan("ISSUED");
    const leader = await sessionUserByUsername(w.leader.username);
    const whole = await planTimeline(leader, plan.id, today);
    const frame = await planChartFrameOf(w.organization.id, plan.id);
    expect(frame.window).toEqual(whole.window);
    expect(frame.window?.end).toBe(shiftDate(today, 40));
    const rows = [];
    for (const phase of frame.phases) rows.push(...phaseChartRows(phase, await phaseActivityRowsOf(w.organization.id, plan.id, phase.id), today));
    expect(rows).toEqual(whole.rows);
    expect(rows.filter((row) => row.kind === "subtask")).toHaveLength(2);
    expect(rows.some((row) => row.overdue)).toBe(true);
  });

  it("list an activity's supporters in the units' order, as the document does, ties by name", async () => {
    const w = await createWorld();
    const org = w.organization.id;
    const [late, early, tieB, tieA] = await Promise.all([
      createUnit(org, { name: unique("Phòng Kế hoạch"), sortOrder: 90 }),
      createUnit(org, { name: unique("Văn phòng Sở"), sortOrder: 1 }),
      createUnit(org, { name: `Trung tâm B ${unique("")}`, sortOrder: 50 }),
      createUnit(org, { name: `Trung tâm A ${unique("")}`, sortOrder: 50 }),
    ]);
    const plan = await createPlan(org, {
      phases: [{ title: "Triển khai", start: todayInVietnam(), end: shiftDate(todayInVietnam(), 9), activities: [{ content: unique("Hội nghị"), lead: w.unitA.id, supporters: [late.id, tieB.id, early.id, tieA.id] }] }],
    });
    const leader = await sessionUserByUsername(w.leader.username);
    const doc = await getPlanDocument(leader, plan.id);
    const rows = await phaseActivityRowsOf(org, plan.id, doc.phases[0]!.id);
    const names = [early, tieA, tieB, late].map((unit) => unit.name);
    expect(rows[0]!.supporters.map((s) => s.unit.name)).toEqual(names);
    expect(doc.phases[0]!.activities[0]!.supporters.map((unit) => unit.name)).toEqual(names);
  });

  it("a plan without phases has no window", async () => {
    const w = await createWorld();
    const plan = await createPlan(w.organization.id, { phases: [] });
    expect(await planChartFrameOf(w.organization.id, plan.id)).toEqual({ phases: [], window: null });
  });
});

describe("readPlanFacts, the plan page's one access read", () => {
  it("finds the plan for whoever may read it, and for no one else", async () => {
    const { w, plan } = await twoPhasePlan("DRAFT");
    const other = await createWorld();
    const [staffA, viewer, stranger] = await Promise.all([w.staffA, w.viewer, other.leader].map((u) => sessionUserByUsername(u.username)));
    expect((await readPlanFacts(staffA!, plan.id))?.id).toBe(plan.id);
    await expect(getPlanDocument(staffA!, plan.id)).resolves.toMatchObject({ id: plan.id });
    // A viewer reads published plans only; another organisation nothing; a malformed id is nothing either.
    for (const user of [viewer!, stranger!]) {
      expect(await readPlanFacts(user, plan.id)).toBeNull();
      await expect(getPlanDocument(user, plan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await readPlanFacts(staffA!, "not-a-uuid")).toBeNull();
  });
});
