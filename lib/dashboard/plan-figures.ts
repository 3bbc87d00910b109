// One plan's figures in one statement: its progress (lib/dashboard/progress.ts)
// and that of each phase, counted over its top-level activities, grouped in
// SQL. A cached fragment of one plan (lib/dashboard/cached.ts) recomputes this
// after a write to the plan, so it must stay cheap: the home cards, the year's
// chart and the plan dashboard all read it, and a progress update in one plan
// recomputes that plan's figures only.
import type { Db } from "@/lib/db-client";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { endOfWeek } from "@/lib/activities/rules";
import { toDbDate, type CalendarDate } from "@/lib/dates";
import { emptyProgress, type PlanProgress } from "@/lib/dashboard/counting";
import { addToTally, emptyTally, progressOfTally, type ProgressTally } from "@/lib/dashboard/progress";

export type PhaseFigures = { total: number; done: number; averageProgress: number };
export type PlanFigures = { progress: PlanProgress; phases: Record<string, PhaseFigures> };

type Row = { phaseId: string; status: ActivityStatus; count: number; progressSum: number; overdue: number; dueThisWeek: number };

/** The figures from rows grouped by phase and status (pure: unit-tested). */
export function planFiguresOfRows(rows: Row[]): PlanFigures {
  const progress = emptyProgress();
  const tally = emptyTally();
  const phaseTallies = new Map<string, ProgressTally>();
  const phases: Record<string, PhaseFigures> = {};
  for (const row of rows) {
    progress.total += row.count;
    if (row.status === "DONE") progress.done += row.count;
    if (row.status === "IN_PROGRESS") progress.inProgress += row.count;
    if (row.status === "BLOCKED") progress.blocked += row.count;
    if (row.status === "CANCELLED") progress.cancelled += row.count;
    progress.overdue += row.overdue;
    progress.dueThisWeek += row.dueThisWeek;
    const group = { status: row.status, count: row.count, progressSum: row.progressSum };
    addToTally(tally, group);
    const phase = (phases[row.phaseId] ??= { total: 0, done: 0, averageProgress: 0 });
    phase.total += row.count;
    if (row.status === "DONE") phase.done += row.count;
    if (!phaseTallies.has(row.phaseId)) phaseTallies.set(row.phaseId, emptyTally());
    addToTally(phaseTallies.get(row.phaseId)!, group);
  }
  progress.averageProgress = progressOfTally(tally) ?? 0;
  for (const [phaseId, t] of phaseTallies) phases[phaseId]!.averageProgress = progressOfTally(t) ?? 0;
  return { progress, phases };
}

/** One plan's progress and its phases', in one statement over the plan's top-level activities. */
export async function planFigures(db: Db, organizationId: string, planId: string, today: CalendarDate): Promise<PlanFigures> {
  const day = toDbDate(today);
  const weekEnd = toDbDate(endOfWeek(today));
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."phaseId", a.status::text AS status, count(*)::int AS count, COALESCE(sum(a.progress), 0)::int AS "progressSum",
      count(*) FILTER (WHERE a.status NOT IN ('DONE', 'CANCELLED') AND a."endDate" < ${day}::date)::int AS overdue,
      count(*) FILTER (WHERE a.status NOT IN ('DONE', 'CANCELLED') AND a."endDate" >= ${day}::date AND a."endDate" <= ${weekEnd}::date)::int AS "dueThisWeek"
    FROM "Activity" a
    WHERE a."planId" = ${planId}::uuid AND a."organizationId" = ${organizationId}::uuid AND a."parentId" IS NULL
    GROUP BY a."phaseId", a.status`;
  return planFiguresOfRows(rows);
}
