// One source of truth for counting progress: the dashboards, the plan pages
// and the API all use these functions. Top-level activities are counted; a
// parent carries its sub-tasks. Overdue: window ended before today and not
// done or cancelled.
import type { Db } from "@/lib/db-client";
import { CLOSED_STATUSES } from "@/lib/activities/rules";
import { toDbDate, type CalendarDate } from "@/lib/dates";

export type PlanProgress = { total: number; done: number; inProgress: number; blocked: number; averageProgress: number; overdue: number };

export const emptyProgress = (): PlanProgress => ({ total: 0, done: 0, inProgress: 0, blocked: 0, averageProgress: 0, overdue: 0 });

/** Progress of many plans in two queries, whatever their number. */
export async function progressOfPlans(db: Db, organizationId: string, planIds: string[], today: CalendarDate): Promise<Map<string, PlanProgress>> {
  const result = new Map(planIds.map((id) => [id, emptyProgress()]));
  if (!planIds.length) return result;
  const base = { organizationId, planId: { in: planIds }, parentId: null };
  const [byStatus, overdue] = await Promise.all([
    db.activity.groupBy({ by: ["planId", "status"], where: base, _count: { _all: true }, _sum: { progress: true } }),
    db.activity.groupBy({
      by: ["planId"],
      where: { ...base, endDate: { lt: toDbDate(today) }, status: { notIn: [...CLOSED_STATUSES] } },
      _count: { _all: true },
    }),
  ]);
  const sums = new Map<string, number>();
  for (const row of byStatus) {
    const p = result.get(row.planId)!;
    p.total += row._count._all;
    if (row.status === "DONE") p.done += row._count._all;
    if (row.status === "IN_PROGRESS") p.inProgress += row._count._all;
    if (row.status === "BLOCKED") p.blocked += row._count._all;
    sums.set(row.planId, (sums.get(row.planId) ?? 0) + (row.status === "DONE" ? 100 * row._count._all : (row._sum.progress ?? 0)));
  }
  for (const row of overdue) result.get(row.planId)!.overdue = row._count._all;
  for (const [planId, p] of result) p.averageProgress = p.total ? Math.round((sums.get(planId) ?? 0) / p.total) : 0;
  return result;
}
