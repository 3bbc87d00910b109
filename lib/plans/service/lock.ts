// Every change to a plan's document locks the plan row first, so it cannot
// interleave with a submission or an issue, then checks the status and rights.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { actorFor, readablePlansWhere } from "@/lib/plans/access";
import { allOf } from "@/lib/auth/filters";
import { canEditPlan, EDITABLE_STATUSES } from "@/lib/plans/workflow";
import { PLAN_STATUS_LABELS } from "@/lib/plans/labels";

export type LockedPlan = {
  id: string;
  organizationId: string;
  status: PlanStatus;
  version: number;
  year: number;
  createdById: string | null;
  draftingUnitId: string | null;
  title: string;
  number: number | null;
};

/** Locks a readable plan row (404 when the user may not read it). */
export async function lockPlan(tx: Tx, user: SessionUser, planId: string): Promise<LockedPlan> {
  const plan = await tx.plan.findFirst({
    where: allOf(readablePlansWhere(user), { id: planId }),
    select: { id: true },
  });
  if (!plan) throw notFound("kế hoạch");
  const rows = await tx.$queryRaw<LockedPlan[]>`
    SELECT id, "organizationId", status, version, year, "createdById", "draftingUnitId", title, number
    FROM "Plan" WHERE id = ${planId}::uuid FOR UPDATE`;
  const locked = rows[0];
  if (!locked) throw notFound("kế hoạch");
  return locked;
}

/** Locks the plan and checks that this user may edit it now. */
export async function lockPlanForEdit(tx: Tx, user: SessionUser, planId: string): Promise<LockedPlan> {
  const plan = await lockPlan(tx, user, planId);
  if (!EDITABLE_STATUSES.includes(plan.status)) {
    throw new AppError(
      "CONFLICT",
      `Kế hoạch đang ở trạng thái “${PLAN_STATUS_LABELS[plan.status]}” nên không sửa được. Chỉ sửa khi là dự thảo hoặc bị trả lại.`,
    );
  }
  if (!canEditPlan(plan.status, actorFor(user, plan))) throw forbidden("Bạn không có quyền sửa kế hoạch này.");
  return plan;
}
