"use server";
import { formAction } from "@/lib/action";
import {
  createActivitySchema,
  createPhaseSchema,
  deleteActivitySchema,
  deletePhaseSchema,
  moveActivitySchema,
  movePhaseSchema,
  updateActivitySchema,
  updatePhaseSchema,
  updatePlanSchema,
} from "@/lib/plans/schemas";
import { updatePlan } from "@/lib/plans/service/edit";
import { createPhase, deletePhase, movePhase, updatePhase } from "@/lib/plans/service/phases";
import { createActivity, deleteActivity, moveActivity, updateActivity } from "@/lib/plans/service/activities";
import type { Tx } from "@/lib/db-client";

async function planIdOf(tx: Tx, where: { phaseId?: string; activityId?: string }) {
  if (where.phaseId) return (await tx.phase.findUnique({ where: { id: where.phaseId }, select: { planId: true } }))?.planId;
  if (where.activityId) return (await tx.activity.findUnique({ where: { id: where.activityId }, select: { planId: true } }))?.planId;
  return undefined;
}

const pages = (planId: string | undefined) => (planId ? [`/plans/${planId}`, `/plans/${planId}/edit`] : ["/plans"]);

export const updatePlanAction = formAction({
  name: "updatePlan",
  schema: updatePlanSchema,
  run: updatePlan,
  after: (result, input) => ({ message: result.changed ? "Đã lưu thông tin kế hoạch." : "Không có thay đổi nào.", revalidate: pages(input.id) }),
});

export const createPhaseAction = formAction({
  name: "createPhase",
  schema: createPhaseSchema,
  run: createPhase,
  after: (phase) => ({ message: `Đã thêm giai đoạn ${phase.code}.`, revalidate: pages(phase.planId) }),
});

export const updatePhaseAction = formAction({
  name: "updatePhase",
  schema: updatePhaseSchema,
  run: async (tx, user, input) => {
    await updatePhase(tx, user, input);
    return planIdOf(tx, { phaseId: input.id });
  },
  after: (planId) => ({ message: "Đã lưu giai đoạn.", revalidate: pages(planId) }),
});

export const movePhaseAction = formAction({
  name: "movePhase",
  schema: movePhaseSchema,
  run: async (tx, user, input) => {
    await movePhase(tx, user, input);
    return planIdOf(tx, { phaseId: input.id });
  },
  after: (planId) => ({ message: "Đã đổi thứ tự giai đoạn.", revalidate: pages(planId) }),
});

export const deletePhaseAction = formAction({
  name: "deletePhase",
  schema: deletePhaseSchema,
  run: async (tx, user, input) => {
    const planId = await planIdOf(tx, { phaseId: input.id });
    await deletePhase(tx, user, input);
    return planId;
  },
  after: (planId) => ({ message: "Đã xóa giai đoạn.", revalidate: pages(planId) }),
});

export const createActivityAction = formAction({
  name: "createActivity",
  schema: createActivitySchema,
  run: createActivity,
  after: (activity) => ({ message: activity.parentId ? "Đã thêm việc con." : "Đã thêm hoạt động.", revalidate: pages(activity.planId) }),
});

export const updateActivityAction = formAction({
  name: "updateActivity",
  schema: updateActivitySchema,
  run: async (tx, user, input) => {
    await updateActivity(tx, user, input);
    return planIdOf(tx, { activityId: input.id });
  },
  after: (planId) => ({ message: "Đã lưu hoạt động.", revalidate: pages(planId) }),
});

export const moveActivityAction = formAction({
  name: "moveActivity",
  schema: moveActivitySchema,
  run: async (tx, user, input) => {
    await moveActivity(tx, user, input);
    return planIdOf(tx, { activityId: input.id });
  },
  after: (planId) => ({ message: "Đã chuyển hoạt động.", revalidate: pages(planId) }),
});

export const deleteActivityAction = formAction({
  name: "deleteActivity",
  schema: deleteActivitySchema,
  run: async (tx, user, input) => {
    const planId = await planIdOf(tx, { activityId: input.id });
    await deleteActivity(tx, user, input);
    return planId;
  },
  after: (planId) => ({ message: "Đã xóa hoạt động.", revalidate: pages(planId) }),
});
