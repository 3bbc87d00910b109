import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { readablePlansWhere } from "@/lib/plans/access";
import { planDisplayTitle } from "@/lib/plans/document";
import { formatPlanNumber, planSymbol } from "@/lib/plans/numbering";
import { todayInVietnam } from "@/lib/dates";
import { progressOfPlans } from "@/lib/dashboard/counting";

/** Issued plans with their progress, in a fixed number of queries. */
export async function runningPlans(user: SessionUser, options: { year?: number } = {}, today = todayInVietnam()) {
  const plans = await db.plan.findMany({
    where: { ...readablePlansWhere(user), status: "ISSUED", ...(options.year ? { year: options.year } : {}) },
    orderBy: [{ year: "desc" }, { issueDate: "desc" }],
    select: { id: true, title: true, year: true, number: true, symbol: true, organization: { select: { code: true } } },
  });
  const progress = await progressOfPlans(db, user.organizationId, plans.map((p) => p.id), today);
  return plans.map((plan) => ({
    id: plan.id,
    displayTitle: planDisplayTitle(plan.title),
    year: plan.year,
    numberLabel: plan.number === null ? null : formatPlanNumber(plan.number, plan.symbol ?? planSymbol(plan.organization.code)),
    ...progress.get(plan.id)!,
  }));
}
