// Editing the plan's own fields (the document's texts, signer, event date).
import type { Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/roles";
import { changedFields, writeAudit } from "@/lib/audit/service";
import { conflict, invalid } from "@/lib/errors";
import { fromDbDateOrNull, toDbDate } from "@/lib/dates";
import { lockPlanForEdit } from "@/lib/plans/service/lock";
import { costFromDb } from "@/lib/money";
import { searchTextOf } from "@/lib/text";
import type { UpdatePlanInput } from "@/lib/plans/schemas";
import { PLAN_TEXT_FIELDS, planTexts } from "@/lib/plans/snapshot";

const FIELDS = ["title", "year", "eventDate", "place", ...PLAN_TEXT_FIELDS, "draftingUnitId", "budgetAmount", "budgetSource"] as const;

type PlanFields = { [K in (typeof FIELDS)[number]]: unknown };

async function currentFields(tx: Tx, id: string): Promise<PlanFields & { version: number }> {
  const plan = await tx.plan.findUniqueOrThrow({ where: { id } });
  return {
    ...Object.fromEntries(FIELDS.map((field) => [field, plan[field]])),
    eventDate: fromDbDateOrNull(plan.eventDate),
    budgetAmount: costFromDb(plan.budgetAmount),
    version: plan.version,
  } as PlanFields & { version: number };
}

export async function updatePlan(tx: Tx, user: SessionUser, input: UpdatePlanInput) {
  const plan = await lockPlanForEdit(tx, user, input.id);
  const before = await currentFields(tx, plan.id);
  if (plan.version !== input.version) {
    throw conflict("Kế hoạch vừa được người khác lưu. Nội dung mới nhất hiện bên dưới; nội dung bạn nhập vẫn còn trong ô, hãy xem lại rồi lưu.", {
      current: before,
    });
  }
  // Only a user who may choose the drafting unit moves a plan to another one.
  const draftingUnitId = can(user, "plan.chooseDraftingUnit") ? input.draftingUnitId : plan.draftingUnitId;
  if (draftingUnitId && draftingUnitId !== plan.draftingUnitId) {
    const unit = await tx.unit.findFirst({ where: { id: draftingUnitId, organizationId: user.organizationId, kind: { not: "GROUP" } } });
    if (!unit) throw invalid({ draftingUnitId: ["Đơn vị soạn thảo không thuộc Sở."] });
  }
  const after: PlanFields = {
    title: input.title,
    year: input.year,
    eventDate: input.eventDate,
    place: input.place,
    ...planTexts(input),
    draftingUnitId,
    // Absent: left as it is (an API client that does not send the budget).
    budgetAmount: input.budgetAmount === undefined ? before.budgetAmount : input.budgetAmount,
    budgetSource: input.budgetSource === undefined ? before.budgetSource : input.budgetSource,
  };
  const diff = changedFields(before, after);
  if (Object.keys(diff.after).length === 0) return { changed: false };
  await tx.plan.update({
    where: { id: plan.id },
    data: {
      ...after,
      searchText: searchTextOf(input.title),
      eventDate: input.eventDate ? toDbDate(input.eventDate) : null,
      draftingUnitId,
      version: { increment: 1 },
    } as Prisma.PlanUncheckedUpdateInput,
  });
  await writeAudit(tx, user, plan.organizationId, {
    action: "update",
    entityType: "Plan",
    entityId: plan.id,
    entityLabel: "kế hoạch",
    planId: plan.id,
    ...diff,
  });
  return { changed: true };
}
