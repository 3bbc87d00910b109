import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { can, type SessionUser } from "@/lib/auth/user";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import { canEditPlan, type Actor } from "@/lib/plans/workflow";

/**
 * Plans a user may read: those of their own organisation; a VIEWER sees only
 * published ones. A plan outside this filter is simply not found (404).
 */
export function readablePlansWhere(user: SessionUser): Prisma.PlanWhereInput {
  return {
    organizationId: user.organizationId,
    ...(can(user, "plan.read.drafts") ? {} : { status: { in: PUBLISHED_PLAN_STATUSES } }),
  };
}

/** The user as the workflow sees them in relation to one plan. */
export function actorFor(user: SessionUser, plan: { createdById: string | null; draftingUnitId: string | null }): Actor {
  return {
    role: user.role,
    isAuthor: plan.createdById === user.id,
    inDraftingUnit: Boolean(user.unitId && plan.draftingUnitId === user.unitId),
  };
}

export function userCanEditPlan(user: SessionUser, plan: { status: PlanStatus; createdById: string | null; draftingUnitId: string | null }) {
  return canEditPlan(plan.status, actorFor(user, plan));
}
