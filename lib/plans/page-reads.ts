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
const phaseRowSelect = {
  ...activityScalars,
  leadUnitId: true,
  supporters: { select: { unitId: true }, orderBy: { unit: { sortOrder: "asc" } } },
} as const satisfies Prisma.ActivitySelect;

/**
 * One phase's activities as stored (sub-tasks too): what its table and its
 * chart rows are made of. Two statements (the activities, their supporters);
 * the units come from the organisation's list (cached: names).
 */
export async function phaseActivityRowsOf(organizationId: string, planId: string, phaseId: string): Promise<ActivityFieldsData[]> {
  const [rows, units] = await Promise.all([
    db.activity.findMany({ where: { organizationId, planId, phaseId }, orderBy: { order: "asc" }, select: phaseRowSelect }),
    cachedUnitList(organizationId),
  ]);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const named = rows.every((row) => byId.has(row.leadUnitId) && row.supporters.every((s) => byId.has(s.unitId)));
  // Units belong to the activity's organisation; should one not (a row written around the services), read them as the document does.
  if (!named) return db.activity.findMany({ where: { organizationId, planId, phaseId }, orderBy: { order: "asc" }, select: activityFieldsSelect });
  return rows.map(({ leadUnitId, supporters, ...row }) => ({ ...row, leadUnit: byId.get(leadUnitId)!, supporters: supporters.map((s) => ({ unit: byId.get(s.unitId)! })) }));
}

/**
 * One phase's activities as the plan's document shows them: sub-tasks under
 * their parent (the services keep both in one phase), units named as of the
 * plan's issue date. What a cached phase of the plan page renders.
 */
export async function phaseActivitiesOf(organizationId: string, rows: readonly ActivityFieldsData[], issueDate: CalendarDate | null, today: CalendarDate): Promise<ActivityItem[]> {
  return labelActivitiesAsOf(organizationId, nestActivities(rows), issueDate, today);
}
