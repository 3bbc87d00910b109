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
import { savePlanOutline } from "@/lib/plans/service/outline";
import { savePlanOutlineSchema } from "@/lib/plans/outline";
import { createPhase, deletePhase, movePhase, updatePhase } from "@/lib/plans/service/phases";
import { createActivity, deleteActivity, moveActivity, updateActivity } from "@/lib/plans/service/activities";

const pages = (planId: string) => [`/plans/${planId}`, `/plans/${planId}/edit`];

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
  run: updatePhase,
  after: (saved) => ({ message: "Đã lưu giai đoạn.", revalidate: pages(saved.planId) }),
});

export const movePhaseAction = formAction({
  name: "movePhase",
  schema: movePhaseSchema,
  run: movePhase,
  after: (saved) => ({ message: "Đã đổi thứ tự giai đoạn.", revalidate: pages(saved.planId) }),
});

export const deletePhaseAction = formAction({
  name: "deletePhase",
  schema: deletePhaseSchema,
  run: deletePhase,
  after: (deleted) => ({ message: "Đã xóa giai đoạn.", revalidate: pages(deleted.planId) }),
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
  run: updateActivity,
  after: (saved) => ({ message: "Đã lưu hoạt động.", revalidate: pages(saved.planId) }),
});

export const moveActivityAction = formAction({
  name: "moveActivity",
  schema: moveActivitySchema,
  run: moveActivity,
  after: (saved) => ({ message: "Đã chuyển hoạt động.", revalidate: pages(saved.planId) }),
});

export const deleteActivityAction = formAction({
  name: "deleteActivity",
  schema: deleteActivitySchema,
  run: deleteActivity,
  after: (deleted) => ({ message: "Đã xóa hoạt động.", revalidate: pages(deleted.planId) }),
});

export const savePlanOutlineAction = formAction({
  name: "savePlanOutline",
  schema: savePlanOutlineSchema,
  run: savePlanOutline,
  after: (saved) => ({ message: "Đã lưu bố cục văn bản.", revalidate: pages(saved.planId), data: { version: saved.version } }),
});
