// The plan's outline: its sections in the document's order and words, and
// where the activity table sits (lib/plans/outline.ts). Saved whole, like a
// form: one version check, one row update, one audit entry.
import type { Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { conflict, invalid } from "@/lib/errors";
import { lockPlanForEdit } from "@/lib/plans/service/lock";
import { planSections } from "@/lib/plans/snapshot";
import { droppedParts, outlineExtraSections, outlineOf, readOutline, type SavePlanOutlineInput } from "@/lib/plans/outline";

export async function savePlanOutline(tx: Tx, user: SessionUser, input: SavePlanOutlineInput) {
  // Locks the row, refuses an issued or submitted plan and a user who may not edit it.
  const locked = await lockPlanForEdit(tx, user, input.planId);
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: locked.id },
    select: { outline: true, extraSections: true, purposes: true, requirements: true, theme: true, slogans: true, contentItems: true },
  });
  const before = outlineOf({ ...plan, extraSections: planSections(plan.extraSections), outline: readOutline(plan.outline) });
  if (locked.version !== input.version) {
    throw conflict("Kế hoạch vừa được người khác lưu. Bố cục mới nhất hiện bên dưới; hãy xem lại rồi lưu.", { current: { version: locked.version, outline: before } });
  }
  const dropped = droppedParts(input.outline, plan);
  if (dropped.length) {
    throw invalid({ outline: [`Phần “${dropped.join("”, “")}” đang có nội dung: sửa nội dung về trống trước khi xóa mục này.`] });
  }
  await tx.plan.update({
    where: { id: locked.id },
    data: {
      outline: input.outline as Prisma.InputJsonValue,
      extraSections: outlineExtraSections(input.outline) as Prisma.InputJsonValue,
      version: { increment: 1 },
    },
  });
  await writeAudit(tx, user, locked.organizationId, {
    action: "update",
    entityType: "Plan",
    entityId: locked.id,
    entityLabel: "bố cục kế hoạch",
    planId: locked.id,
    before: { outline: before },
    after: { outline: input.outline },
  });
  return { planId: locked.id, version: locked.version + 1 };
}
