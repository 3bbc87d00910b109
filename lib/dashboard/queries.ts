import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { readablePlansWhere } from "@/lib/plans/access";
import { planDisplayTitle } from "@/lib/plans/document";
import { formatPlanNumber, planSymbol } from "@/lib/plans/numbering";
import { CLOSED_STATUSES } from "@/lib/activities/rules";
import { todayInVietnam, toDbDate } from "@/lib/dates";

/**
 * Issued plans with their progress. Counts top-level activities (sub-tasks roll
 * up into their parent); a fixed number of queries, however many plans.
 */
export async function runningPlans(user: SessionUser, today = todayInVietnam()) {
  const plans = await db.plan.findMany({
    where: { ...readablePlansWhere(user), status: "ISSUED" },
    orderBy: [{ year: "desc" }, { issueDate: "desc" }],
    select: { id: true, title: true, year: true, number: true, symbol: true, organization: { select: { code: true } } },
  });
  const planIds = plans.map((plan) => plan.id);
  const base = { organizationId: user.organizationId, planId: { in: planIds }, parentId: null };
  const [byStatus, overdue] = await Promise.all([
    db.activity.groupBy({ by: ["planId", "status"], where: base, _count: { _all: true }, _sum: { progress: true } }),
    db.activity.groupBy({
      by: ["planId"],
      where: { ...base, endDate: { lt: toDbDate(today) }, status: { notIn: [...CLOSED_STATUSES] } },
      _count: { _all: true },
    }),
  ]);
  return plans.map((plan) => {
    const rows = byStatus.filter((row) => row.planId === plan.id);
    const total = rows.reduce((sum, row) => sum + row._count._all, 0);
    const done = rows.filter((row) => row.status === "DONE").reduce((sum, row) => sum + row._count._all, 0);
    const progressSum = rows.reduce((sum, row) => sum + (row._sum.progress ?? 0), 0);
    return {
      id: plan.id,
      displayTitle: planDisplayTitle(plan.title),
      year: plan.year,
      numberLabel: plan.number === null ? null : formatPlanNumber(plan.number, plan.symbol ?? planSymbol(plan.organization.code)),
      total,
      done,
      averageProgress: total ? Math.round(progressSum / total) : 0,
      overdue: overdue.find((row) => row.planId === plan.id)?._count._all ?? 0,
    };
  });
}
