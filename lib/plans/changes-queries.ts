import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { allOf } from "@/lib/auth/filters";
import { notFound } from "@/lib/errors";
import { planRights, readablePlansWhere } from "@/lib/plans/access";
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
  if (!z.uuid().safeParse(planId).success) throw notFound("kế hoạch");
  const plan = await db.plan.findFirst({
    where: allOf(readablePlansWhere(user), { id: planId }),
    select: { id: true, status: true, createdById: true, draftingUnitId: true },
  });
  if (!plan) throw notFound("kế hoạch");
  if (!planRights(user, plan).reviewChanges || !["DRAFT", "RETURNED", "SUBMITTED"].includes(plan.status)) return null;
  const reviewed = await lastReviewedVersion(db, plan.id);
  if (!reviewed) return plan.status === "SUBMITTED" ? { kind: "none-reviewed" } : null;
  const current = await readVersionOf(db, plan.id);
  if (!current) return null;
  return { kind: "diff", reviewedAt: reviewed.submittedAt, outcome: reviewed.outcome, diff: diffVersions(reviewed.data, current) };
}
