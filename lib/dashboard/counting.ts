// One source of truth for counting progress: dashboards, plan pages and the
// API all use these functions.
// - Plan progress counts top-level activities (a parent carries its sub-tasks); the percentage itself is
//   defined once in ./progress.ts (done = 100 %, cancelled not counted).
// - Unit figures count every activity row a unit leads or supports, sub-tasks
//   included (each has its own lead), groups expanded to their members.
// - Overdue: the window ended before today (Asia/Ho_Chi_Minh), not done or cancelled.
// - On-time rate: done by the end of the window, out of all that are done or overdue.
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLOSED_STATUSES, endOfWeek } from "@/lib/activities/rules";
import { toDbDate, type CalendarDate } from "@/lib/dates";
import { addToTally, emptyTally, progressOfTally, type ProgressTally } from "@/lib/dashboard/progress";

export type PlanProgress = {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  cancelled: number;
  /** THE progress figure (./progress.ts), a whole percentage: 0 when no activity counts. */
  averageProgress: number;
  overdue: number;
  dueThisWeek: number;
};

export const emptyProgress = (): PlanProgress => ({ total: 0, done: 0, inProgress: 0, blocked: 0, cancelled: 0, averageProgress: 0, overdue: 0, dueThisWeek: 0 });

/** Progress of many plans in three queries, whatever their number. */
export async function progressOfPlans(db: Db, organizationId: string, planIds: string[], today: CalendarDate): Promise<Map<string, PlanProgress>> {
  const result = new Map(planIds.map((id) => [id, emptyProgress()]));
  if (!planIds.length) return result;
  const base = { organizationId, planId: { in: planIds }, parentId: null };
  const open = { status: { notIn: [...CLOSED_STATUSES] } };
  const [byStatus, overdue, thisWeek] = await Promise.all([
    db.activity.groupBy({ by: ["planId", "status"], where: base, _count: { _all: true }, _sum: { progress: true } }),
    db.activity.groupBy({ by: ["planId"], where: { ...base, ...open, endDate: { lt: toDbDate(today) } }, _count: { _all: true } }),
    db.activity.groupBy({
      by: ["planId"],
      where: { ...base, ...open, endDate: { gte: toDbDate(today), lte: toDbDate(endOfWeek(today)) } },
      _count: { _all: true },
    }),
  ]);
  const tallies = new Map<string, ProgressTally>();
  for (const row of byStatus) {
    const p = result.get(row.planId)!;
    p.total += row._count._all;
    if (row.status === "DONE") p.done += row._count._all;
    if (row.status === "IN_PROGRESS") p.inProgress += row._count._all;
    if (row.status === "BLOCKED") p.blocked += row._count._all;
    if (row.status === "CANCELLED") p.cancelled += row._count._all;
    if (!tallies.has(row.planId)) tallies.set(row.planId, emptyTally());
    addToTally(tallies.get(row.planId)!, { status: row.status, count: row._count._all, progressSum: row._sum.progress ?? 0 });
  }
  for (const row of overdue) result.get(row.planId)!.overdue = row._count._all;
  for (const row of thisWeek) result.get(row.planId)!.dueThisWeek = row._count._all;
  for (const [planId, p] of result) p.averageProgress = progressOfTally(tallies.get(planId) ?? emptyTally()) ?? 0;
  return result;
}

export type UnitFigures = { total: number; done: number; inProgress: number; blocked: number; overdue: number; onTime: number };

/** Done on time out of those done or overdue; null when nothing is due yet. */
export function onTimeRate(f: Pick<UnitFigures, "done" | "overdue" | "onTime">): number | null {
  const due = f.done + f.overdue;
  return due ? Math.round((f.onTime / due) * 100) : null;
}

type Scope = { organizationId: string; today: CalendarDate; year?: number | null; planId?: string | null };
type Row = UnitFigures & { unitId: string };

const emptyFigures = (): UnitFigures => ({ total: 0, done: 0, inProgress: 0, blocked: 0, overdue: 0, onTime: 0 });
const FIGURE_KEYS = Object.keys(emptyFigures()) as (keyof UnitFigures)[];

/**
 * The plans a count covers: one plan, or the issued plans (of a year).
 * Written as a plain condition, not "param IS NULL OR …", so that PostgreSQL
 * plans it with the indexes: plans first, then their activities through the
 * covering index on Activity(planId, status).
 */
function plansInScope(scope: Scope): Prisma.Sql {
  if (scope.planId) return Prisma.sql`SELECT id FROM "Plan" WHERE "organizationId" = ${scope.organizationId}::uuid AND id = ${scope.planId}::uuid`;
  const year = scope.year ? Prisma.sql` AND year = ${scope.year}::int` : Prisma.empty;
  return Prisma.sql`SELECT id FROM "Plan" WHERE "organizationId" = ${scope.organizationId}::uuid AND status = 'ISSUED'${year}`;
}

type UnitFigureMap = Map<string, { lead: UnitFigures; support: UnitFigures }>;

/** Per unit: what it leads and what it supports, over issued plans (or one plan), in one statement. */
export async function unitFigures(db: Db, scope: Scope): Promise<UnitFigureMap> {
  const { lead, support } = await countByUnit(db, plansInScope(scope), scope.today, false);
  return figuresOf(lead, support);
}

/**
 * The same figures for each of these plans of the organisation, in one
 * statement however many plans: what cachedHomeUnits adds up when a cold cache
 * lacks many plans' entries at once.
 */
export async function unitFiguresByPlan(db: Db, organizationId: string, planIds: string[], today: CalendarDate): Promise<Map<string, UnitFigureMap>> {
  if (!planIds.length) return new Map();
  const plans = Prisma.sql`SELECT id FROM "Plan" WHERE "organizationId" = ${organizationId}::uuid AND id IN (${Prisma.join(planIds.map((id) => Prisma.sql`${id}::uuid`))})`;
  const { lead, support } = await countByUnit(db, plans, today, true);
  const rows = new Map(planIds.map((id) => [id, { lead: [] as PlanRow[], support: [] as PlanRow[] }]));
  for (const row of lead) rows.get(row.planId!)?.lead.push(row);
  for (const row of support) rows.get(row.planId!)?.support.push(row);
  return new Map([...rows].map(([planId, of]) => [planId, figuresOf(of.lead, of.support)]));
}

/** Plans' figures by unit, added up: an activity belongs to one plan, so this equals counting the plans at once. */
export function addUpUnitFigures(perPlan: Iterable<Iterable<readonly [string, { lead: UnitFigures; support: UnitFigures }]>>): UnitFigureMap {
  const total: UnitFigureMap = new Map();
  const add = (into: UnitFigures, from: UnitFigures) => {
    for (const key of FIGURE_KEYS) into[key] += from[key];
  };
  for (const plan of perPlan) {
    for (const [unitId, figures] of plan) {
      let entry = total.get(unitId);
      if (!entry) total.set(unitId, (entry = { lead: emptyFigures(), support: emptyFigures() }));
      add(entry.lead, figures.lead);
      add(entry.support, figures.support);
    }
  }
  return total;
}

type PlanRow = Row & { planId: string | null };

function figuresOf(lead: PlanRow[], support: PlanRow[]): UnitFigureMap {
  const result: UnitFigureMap = new Map();
  const entry = (unitId: string) => {
    if (!result.has(unitId)) result.set(unitId, { lead: emptyFigures(), support: emptyFigures() });
    return result.get(unitId)!;
  };
  for (const { unitId, planId: _plan, ...figures } of lead) entry(unitId).lead = figures;
  for (const { unitId, planId: _plan, ...figures } of support) entry(unitId).support = figures;
  return result;
}

/**
 * What units lead and what they support, by unit over all the plans, or by
 * plan and unit: one statement (two counts joined by UNION ALL), since each
 * statement costs the app server about a millisecond of its own.
 */
async function countByUnit(db: Db, plans: Prisma.Sql, day: CalendarDate, byPlan: boolean) {
  const today = toDbDate(day);
  const planColumn = byPlan ? Prisma.sql`x."planId"` : Prisma.sql`NULL::uuid`;
  const tally = Prisma.sql`
        count(*)::int AS total,
        count(*) FILTER (WHERE x.status = 'DONE')::int AS done,
        count(*) FILTER (WHERE x.status = 'IN_PROGRESS')::int AS "inProgress",
        count(*) FILTER (WHERE x.status = 'BLOCKED')::int AS blocked,
        count(*) FILTER (WHERE x.status NOT IN ('DONE', 'CANCELLED') AND x."endDate" < ${today}::date)::int AS overdue,
        count(*) FILTER (WHERE x.status = 'DONE' AND x."completedOn" <= x."endDate")::int AS "onTime"`;
  const rows = await db.$queryRaw<(PlanRow & { part: "lead" | "support" })[]>`
      SELECT 'lead' AS part, x."leadUnitId" AS "unitId", ${planColumn} AS "planId", ${tally}
      FROM "Activity" x
      WHERE x."planId" IN (${plans})
      GROUP BY 2, 3
    UNION ALL
      -- A unit counts an activity once even when it supports it twice (by name
      -- and through a group): pairs are made distinct first, then counted.
      SELECT 'support' AS part, x."unitId", ${planColumn} AS "planId", ${tally}
      FROM (
        SELECT DISTINCT COALESCE(m."memberId", s."unitId") AS "unitId", a."planId", a.id, a.status, a."endDate", a."completedOn"
        FROM "Activity" a
          JOIN "ActivitySupport" s ON s."activityId" = a.id
          LEFT JOIN "UnitGroupMember" m ON m."groupId" = s."unitId"
        WHERE a."planId" IN (${plans})
          AND COALESCE(m."memberId", s."unitId") <> a."leadUnitId"
      ) x
      GROUP BY 2, 3`;
  const lead: PlanRow[] = [];
  const support: PlanRow[] = [];
  for (const { part, ...row } of rows) (part === "lead" ? lead : support).push(row);
  return { lead, support };
}
