"use server";
import { formAction } from "@/lib/action";
import { clonePlanSchema, createBlankPlanSchema, createFromTemplateSchema, deleteTemplateSchema, saveTemplateSchema } from "@/lib/plans/schemas";
import { clonePlan, createBlankPlan, createFromTemplate, deleteTemplate, saveAsTemplate } from "@/lib/plans/service/create";

export const createBlankPlanAction = formAction({
  name: "createBlankPlan",
  schema: createBlankPlanSchema,
  run: createBlankPlan,
  after: (plan) => ({ revalidate: ["/plans"], redirectTo: `/plans/${plan.id}/edit` }),
});

export const clonePlanAction = formAction({
  name: "clonePlan",
  schema: clonePlanSchema,
  run: clonePlan,
  after: (plan) => ({ revalidate: ["/plans"], redirectTo: `/plans/${plan.id}/edit` }),
});

export const createFromTemplateAction = formAction({
  name: "createFromTemplate",
  schema: createFromTemplateSchema,
  run: createFromTemplate,
  after: (plan) => ({ revalidate: ["/plans"], redirectTo: `/plans/${plan.id}/edit` }),
});

export const saveTemplateAction = formAction({
  name: "saveTemplate",
  schema: saveTemplateSchema,
  run: saveAsTemplate,
  after: (template) => ({ message: `Đã lưu mẫu “${template.name}”. Dùng mẫu khi tạo kế hoạch mới.`, revalidate: ["/plans/new"] }),
});

export const deleteTemplateAction = formAction({
  name: "deleteTemplate",
  schema: deleteTemplateSchema,
  run: deleteTemplate,
  after: () => ({ message: "Đã xóa mẫu.", revalidate: ["/plans/new"] }),
});
