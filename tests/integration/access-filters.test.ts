// A caller's filters only ever narrow what the access filter lets them read:
// a VIEWER asking for drafts, or a user of another organisation naming this
// one's plans and units, gets nothing more than without the filter. Each query
// that takes filters is asked with the ones that would widen the access filter
// if they were spread over it (lib/auth/filters.ts).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam, yearOf } from "@/lib/dates";
import { getSourceSnapshot, listPlans, listPlansPage } from "@/lib/plans/queries";
import { getActivityDetail } from "@/lib/activities/queries";
import { listActivitiesPage } from "@/lib/activities/list-queries";
import { listUnitWork } from "@/lib/activities/work-queries";
import { latestUpdates, nextSevenDays, runningPlans } from "@/lib/dashboard/queries";
import { planTimeline, yearTimeline } from "@/lib/dashboard/timeline";
import { searchEverything } from "@/lib/search/queries";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import { createPlan, createWorld, unique } from "./support/factories";

const today = todayInVietnam();

/** An organisation with a draft and an issued plan, each with an overdue, an upcoming and an updated activity of unit A (unit B supports). */
async function accessWorld() {
  const world = await createWorld();
  const word = unique("kiemtra").replace(/-/g, "");
  const activities = (w: typeof world) => [
    { content: `Việc quá hạn ${word}`, lead: w.unitA.id, supporters: [w.unitB.id], start: shiftDate(today, -10), end: shiftDate(today, -2) },
    { content: `Việc sắp tới ${word}`, lead: w.unitA.id, supporters: [w.unitB.id], start: today, end: shiftDate(today, 3) },
    {
      content: `Việc đã cập nhật ${word}`,
      lead: w.unitA.id,
      start: shiftDate(today, -3),
      end: shiftDate(today, 5),
      updates: [{ at: new Date().toISOString(), by: w.staffA.id, status: "IN_PROGRESS" as const, progress: 40, note: "Đang làm" }],
    },
  ];
  const planOf = (w: typeof world, status: "DRAFT" | "SUBMITTED" | "ISSUED", number?: number) =>
    createPlan(w.organization.id, {
      title: `Kế hoạch ${status} ${word}`,
      status,
      year: yearOf(today),
      createdById: w.staffA.id,
      draftingUnitId: w.unitA.id,
      ...(number ? { number, issueDate: today } : {}),
      phases: [{ title: "Triển khai", start: shiftDate(today, -30), end: shiftDate(today, 30), activities: activities(w) }],
    });
  const draft = await planOf(world, "DRAFT");
  const submitted = await planOf(world, "SUBMITTED");
  const issued = await planOf(world, "ISSUED", 1);
  const other = await createWorld();
  const otherIssued = await planOf(other, "ISSUED", 1);
  const activityIds = async (planId: string) => (await db.activity.findMany({ where: { planId }, select: { id: true } })).map((a) => a.id);
  return {
    world,
    other,
    word,
    draft,
    submitted,
    issued,
    otherIssued,
    hidden: { draft: await activityIds(draft.id), submitted: await activityIds(submitted.id), issued: await activityIds(issued.id) },
  };
}

type World = Awaited<ReturnType<typeof accessWorld>>;

/** Every plan id the user could see through these queries, asked with filters meant to widen. */
async function plansSeenWithWideningFilters(user: SessionUser, w: World, unitId: string) {
  const seen = new Set<string>();
  const add = (ids: (string | undefined)[]) => ids.forEach((id) => id && seen.add(id));
  const planIds = [w.draft.id, w.submitted.id, w.issued.id, w.otherIssued.id];
  for (const status of ["DRAFT", "SUBMITTED", "ISSUED"] as const) {
    add((await listPlans(user, { status, year: yearOf(today) })).map((p) => p.id));
    add((await listPlansPage(user, { status, q: w.word, limit: 100 })).items.map((p) => p.id));
  }
  for (const planId of planIds) {
    for (const query of [{ planId }, { planId, overdue: true }, { planId, overdue: false }, { planId, unitId, role: "lead" as const }, { planId, unitId, status: "NOT_STARTED" as const }]) {
      add((await listActivitiesPage(user, { ...query, limit: 100 })).items.map((a) => a.plan.id));
    }
    const work = await listUnitWork(user, { unitId, planId }).catch(() => null);
    add(work ? work.groups.flatMap((g) => g.items.map((i) => i.plan.id)) : []);
    add([(await getSourceSnapshot(user, { planId })) ? planId : undefined]);
    add([(await planTimeline(user, planId).catch(() => null)) ? planId : undefined]);
  }
  add((await runningPlans(user, { year: yearOf(today) })).map((p) => p.id));
  add((await yearTimeline(user, yearOf(today))).rows.filter((r) => r.kind === "plan").map((r) => r.id));
  const search = await searchEverything(user, w.word);
  add(search.plans.map((p) => p.id));
  return seen;
}

/** Activity ids the dashboards and search show the user. */
async function activitiesSeen(user: SessionUser, w: World) {
  const search = await searchEverything(user, w.word);
  return new Set([
    ...(await nextSevenDays(user, { year: yearOf(today) })).map((a) => a.id),
    ...(await latestUpdates(user, 100)).map((u) => u.activityId),
    ...search.activities.map((a) => a.id),
  ]);
}

describe("filters never widen what a user may read", () => {
  it("a viewer asking for drafts and plans under review sees only published plans", async () => {
    const w = await accessWorld();
    const seen = await plansSeenWithWideningFilters(w.world.viewer, w, w.world.unitA.id);
    expect(seen).toEqual(new Set([w.issued.id]));
    const plans = await db.plan.findMany({ where: { id: { in: [...seen] } }, select: { status: true } });
    expect(plans.every((p) => PUBLISHED_PLAN_STATUSES.includes(p.status))).toBe(true);
    const activities = await activitiesSeen(w.world.viewer, w);
    for (const id of [...w.hidden.draft, ...w.hidden.submitted]) expect(activities.has(id)).toBe(false);
    expect(w.hidden.issued.some((id) => activities.has(id))).toBe(true);
    for (const id of w.hidden.draft) await expect(getActivityDetail(w.world.viewer, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a user of another organisation naming this one's plans and units sees only their own", async () => {
    const w = await accessWorld();
    const seen = await plansSeenWithWideningFilters(w.other.leader, w, w.world.unitA.id);
    expect([...seen].filter((id) => id !== w.otherIssued.id)).toEqual([]);
    const activities = await activitiesSeen(w.other.leader, w);
    for (const id of [...w.hidden.draft, ...w.hidden.submitted, ...w.hidden.issued]) expect(activities.has(id)).toBe(false);
    await expect(listUnitWork(w.other.leader, { unitId: w.world.unitA.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listActivitiesPage(w.other.leader, { unitId: w.world.unitA.id, limit: 100 })).items).toEqual([]);
  });

  it("a leader sees every plan of the organisation through the same filters (the test can see what it hides)", async () => {
    const w = await accessWorld();
    const seen = await plansSeenWithWideningFilters(w.world.leader, w, w.world.unitA.id);
    expect(seen).toEqual(new Set([w.draft.id, w.submitted.id, w.issued.id]));
  });
});

describe("filters on the same field all apply", () => {
  it("asking for DONE activities that are overdue finds none: overdue's status no longer replaces the status asked for", async () => {
    const w = await accessWorld();
    const both = await listActivitiesPage(w.world.leader, { planId: w.issued.id, status: "DONE", overdue: true, limit: 100 });
    expect(both.items).toEqual([]);
    const overdue = await listActivitiesPage(w.world.leader, { planId: w.issued.id, overdue: true, limit: 100 });
    expect(overdue.items.map((a) => a.content)).toEqual([`Việc quá hạn ${w.word}`]);
    const notStarted = await listActivitiesPage(w.world.leader, { planId: w.issued.id, status: "NOT_STARTED", overdue: true, limit: 100 });
    expect(notStarted.items.map((a) => a.content)).toEqual([`Việc quá hạn ${w.word}`]);
  });
});
