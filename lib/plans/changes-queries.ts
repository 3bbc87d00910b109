import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { planRights } from "@/lib/plans/access";
import { readPlanFacts } from "@/lib/plans/page-facts";
import { diffVersions, type PlanDiff } from "@/lib/plans/diff";
import { lastReviewedVersion, readVersionOf } from "@/lib/plans/service/versions";
import type { PlanStatus } from "@/lib/generated/prisma/enums";

export type PlanChanges =
  | { kind: "none-reviewed" }
  | { kind: "diff"; reviewedAt: Date; outcome: PlanStatus; diff: PlanDiff };

/**
 * What changed since the last review, for the plan page: while the plan waits
 * for approval, or is a draft again after a review. Null when the user may not
 * see it (rights.reviewChanges) or there is nothing to compare.
 */
export async function getPlanChanges(user: SessionUser, planId: string): Promise<PlanChanges | null> {
  // The plan page's own read of the plan (React cache): no statement of its own there.
  const plan = await readPlanFacts(user, planId);
  if (!plan) throw notFound("kế hoạch");
  if (!planRights(user, plan).reviewChanges || !["DRAFT", "RETURNED", "SUBMITTED"].includes(plan.status)) return null;
  const reviewed = await lastReviewedVersion(db, plan.id);
  if (!reviewed) return plan.status === "SUBMITTED" ? { kind: "none-reviewed" } : null;
  const current = await readVersionOf(db, plan.id);
  if (!current) return null;
  return { kind: "diff", reviewedAt: reviewed.submittedAt, outcome: reviewed.outcome, diff: diffVersions(reviewed.data, current) };
}
