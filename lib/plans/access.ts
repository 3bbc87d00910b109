import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type SessionUser } from "@/lib/auth/user";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";

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
