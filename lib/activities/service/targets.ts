// The targets (chỉ tiêu) of an activity, set by its lead unit or the leaders.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { conflict, forbidden, invalid } from "@/lib/errors";
import { activityLabel } from "@/lib/activities/read-model";
import type { TargetsInput } from "@/lib/activities/schemas";
import { currentValues, loadForTracking, targetsOf } from "@/lib/activities/service/load";

export async function saveTargets(tx: Tx, user: SessionUser, input: TargetsInput) {
  const { activity, rights } = await loadForTracking(tx, user, input.activityId);
  if (!rights.changeStatus) throw forbidden("Chỉ đơn vị chủ trì hoặc lãnh đạo Sở đặt chỉ tiêu.");
  if (activity.version !== input.version) {
    throw conflict("Hoạt động vừa được cập nhật bởi người khác. Hãy tải lại trang.", { current: currentValues(activity) });
  }
  const targets = await targetsOf(tx, activity.id);
  const keep = input.targets.filter((t) => t.id).map((t) => t.id!);
  if (keep.some((id) => !targets.some((t) => t.id === id))) throw invalid({ targets: ["Chỉ tiêu không thuộc hoạt động này."] });
  await tx.activityTarget.deleteMany({ where: { activityId: activity.id, id: { notIn: keep } } });
  for (const [order, target] of input.targets.entries()) {
    const data = { label: target.label, targetValue: target.targetValue, unitOfMeasure: target.unitOfMeasure, order };
    if (target.id) await tx.activityTarget.update({ where: { id: target.id }, data });
    else await tx.activityTarget.create({ data: { ...data, organizationId: activity.organizationId, activityId: activity.id } });
  }
  await tx.activity.update({ where: { id: activity.id }, data: { version: { increment: 1 } } });
  await writeAudit(tx, user, activity.organizationId, {
    action: "targets",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: activityLabel(activity),
    planId: activity.planId,
    before: { targets: targets.map((t) => `${t.label}: ${t.targetValue} ${t.unitOfMeasure}`.trim()) },
    after: { targets: input.targets.map((t) => `${t.label}: ${t.targetValue} ${t.unitOfMeasure}`.trim()) },
  });
}
