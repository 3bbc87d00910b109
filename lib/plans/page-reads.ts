// Reads of the plan page that are the same for every reader of the plan, for
// its cached copies (lib/plans/cached.ts). They take no user: the page has
// read the plan through readPlanFacts (the access check) before it asks.
import "server-only";
import { db } from "@/lib/db";
import { costFromDb } from "@/lib/money";
import { planNumberLabel } from "@/lib/plans/numbering";
import { activityFieldsSelect, type ActivityFieldsData } from "@/lib/activities/read-model";
import { nestActivities, type ActivityItem } from "@/lib/plans/document";
import { labelActivitiesAsOf } from "@/lib/units/plan-labels";
import { cachedUnitList } from "@/lib/units/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CalendarDate } from "@/lib/dates";

/** What the plan's heading prints besides its title and status: the number, the drafting unit, the author. */
export async function planHeadingOf(organizationId: string, planId: string) {
  const plan = await db.plan.findFirst({
    where: { organizationId, id: planId },
    select: {
      number: true,
      numberText: true,
      symbol: true,
      organization: { select: { code: true } },
      draftingUnit: { select: { name: true } },
      createdBy: { select: { displayName: true } },
    },
  });
  return {
    numberLabel: plan ? planNumberLabel(plan) : null,
    draftingUnit: plan?.draftingUnit?.name ?? null,
    author: plan?.createdBy?.displayName ?? null,
  };
}

/**
 * What the plan's document needs to know of all its activities before it lays
 * out any phase: whether they carry costs (a Kinh phí column in every phase)
 * and their sum (the budget panel). One aggregate, read again after any
 * activity-level write of the plan; a phase's rows are read by that phase.
 */
export async function planCostsOf(organizationId: string, planId: string): Promise<{ withCost: boolean; activities: number | null }> {
  const costs = await db.activity.aggregate({ where: { organizationId, planId }, _sum: { cost: true }, _count: { cost: true } });
  const withCost = costs._count.cost > 0;
  return { withCost, activities: withCost ? costFromDb(costs._sum.cost) : null };
}

/** The plan's phases, in order: one slot each in the cached document. */
export async function planPhaseIdsOf(organizationId: string, planId: string): Promise<string[]> {
  const phases = await db.phase.findMany({ where: { organizationId, planId }, orderBy: { order: "asc" }, select: { id: true } });
  return phases.map((phase) => phase.id);
}

const { leadUnit: _leadUnit, supporters: _supporters, ...activityScalars } = activityFieldsSelect;
const phaseRowSelect = { ...activityScalars, leadUnitId: true } as const satisfies Prisma.ActivitySelect;

/**
 * One phase's activities as stored (sub-tasks too): what its table and its
 * chart rows are made of, read again after every write to the phase. Two plain
 * statements (the activities, their supporters' unit ids), named from the
 * organisation's units (cached: names) and the supporters put in the units'
 * order (unitsInOrder, the document's order). Not one statement with the
 * supporters joined as JSON (relationJoins): on the bench's phases of 200
 * activities that cost 16.5 ms of the app's CPU against 5.2 ms for these two.
 */
export async function phaseActivityRowsOf(organizationId: string, planId: string, phaseId: string): Promise<ActivityFieldsData[]> {
  const where = { organizationId, planId, phaseId };
  const [rows, supports, units] = await Promise.all([
    db.activity.findMany({ where, orderBy: { order: "asc" }, select: phaseRowSelect }),
    db.activitySupport.findMany({ where: { organizationId, activity: where }, select: { activityId: true, unitId: true } }),
    cachedUnitList(organizationId),
  ]);
  const byId = new Map(units.map((unit, position) => [unit.id, { unit, position }]));
  // Units belong to the activity's organisation; should one not (a row written around the services), read them as the document does.
  if (!rows.every((row) => byId.has(row.leadUnitId)) || !supports.every((s) => byId.has(s.unitId))) {
    return db.activity.findMany({ where, orderBy: { order: "asc" }, select: activityFieldsSelect });
  }
  const supportersOf = new Map<string, { unit: (typeof units)[number]; position: number }[]>();
  for (const support of supports) {
    const list = supportersOf.get(support.activityId) ?? [];
    list.push(byId.get(support.unitId)!);
    supportersOf.set(support.activityId, list);
  }
  return rows.map(({ leadUnitId, ...row }) => ({
    ...row,
    leadUnit: byId.get(leadUnitId)!.unit,
    supporters: (supportersOf.get(row.id) ?? []).sort((a, b) => a.position - b.position).map(({ unit }) => ({ unit })),
  }));
}

/**
 * One phase's activities as the plan's document shows them: sub-tasks under
 * their parent (the services keep both in one phase), units named as of the
 * plan's issue date. What a cached phase of the plan page renders.
 */
export async function phaseActivitiesOf(organizationId: string, rows: readonly ActivityFieldsData[], issueDate: CalendarDate | null, today: CalendarDate): Promise<ActivityItem[]> {
  return labelActivitiesAsOf(organizationId, nestActivities(rows), issueDate, today);
}
