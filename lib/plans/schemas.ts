// Input schemas for plans, shared by the forms, the server actions and the API.
// FormData gives strings: textareas of lines become lists, "" becomes null.
import { z } from "zod";
import { splitLines } from "@/lib/text";
import { costField } from "@/lib/cost-schema";
import { calendarDate, checkbox, nullableDate, nullableId, optionalText, requiredText, storableText, uuid, version } from "@/lib/validation";

/** A list of lines: a textarea (one item per line) or a JSON array. */
export const lines = (label: string, maxItems = 50) =>
  z.preprocess(
    (value) => (typeof value === "string" ? splitLines(value) : value ?? []),
    z
      .array(
        storableText(
          z
            .string({ error: `${label} không hợp lệ.` })
            .trim()
            .min(1)
            .max(2000, `Mỗi dòng ${label.toLowerCase()} dài tối đa 2000 ký tự.`),
          label,
        ),
        {
        error: `${label} không hợp lệ.`,
      })
      .max(maxItems, `${label} có tối đa ${maxItems} dòng.`),
  );

const optionalDate = nullableDate;
const optionalUuid = nullableId;

export const planYear = z.coerce
  .number({ error: "Năm kế hoạch không hợp lệ." })
  .int("Năm kế hoạch không hợp lệ.")
  .min(2000, "Năm kế hoạch phải từ 2000 đến 2100.")
  .max(2100, "Năm kế hoạch phải từ 2000 đến 2100.");

/** Dates must fall in the plan's year, give or take one: catches 2207 for 2027. */
export function dateNearYear(date: string | null, year: number): boolean {
  if (!date) return true;
  const y = Number(date.slice(0, 4));
  return y >= year - 1 && y <= year + 1;
}
export const nearYearMessage = (year: number) => `Ngày phải nằm trong khoảng năm ${year - 1}–${year + 1}.`;

export const createBlankPlanSchema = z
  .object({
    title: requiredText("Trích yếu (tên kế hoạch)", 500),
    year: planYear,
    eventDate: optionalDate("Ngày sự kiện"),
    draftingUnitId: optionalUuid("Đơn vị soạn thảo"),
  })
  .refine((v) => dateNearYear(v.eventDate, v.year), { path: ["eventDate"], error: "Ngày sự kiện phải gần năm kế hoạch." });
export type CreateBlankPlanInput = z.infer<typeof createBlankPlanSchema>;

/** Units of the source merged or closed since, each replaced by the unit chosen in the preview (lib/units/successors.ts). */
const unitSwaps = z.array(z.object({ from: uuid("Đơn vị cũ"), to: uuid("Đơn vị thay thế") })).optional();

export const clonePlanSchema = z.object({
  sourcePlanId: uuid("Kế hoạch nguồn"),
  eventDate: calendarDate("Ngày sự kiện mới"),
  title: requiredText("Trích yếu (tên kế hoạch)", 500),
  replaceYearInTexts: checkbox,
  draftingUnitId: optionalUuid("Đơn vị soạn thảo"),
  unitSwaps,
});
export type ClonePlanInput = z.infer<typeof clonePlanSchema>;

export const createFromTemplateSchema = z.object({
  templateId: uuid("Mẫu kế hoạch"),
  eventDate: calendarDate("Ngày sự kiện"),
  title: requiredText("Trích yếu (tên kế hoạch)", 500),
  replaceYearInTexts: checkbox,
  draftingUnitId: optionalUuid("Đơn vị soạn thảo"),
  unitSwaps,
});
export type CreateFromTemplateInput = z.infer<typeof createFromTemplateSchema>;

export const saveTemplateSchema = z.object({
  planId: uuid("Kế hoạch"),
  name: requiredText("Tên mẫu", 200),
  description: optionalText("Mô tả", 1000),
});
export type SaveTemplateInput = z.infer<typeof saveTemplateSchema>;

export const deleteTemplateSchema = z.object({ templateId: uuid("Mẫu kế hoạch") });

export const planFieldsSchema = z.object({
  title: requiredText("Trích yếu (tên kế hoạch)", 500),
  year: planYear,
  eventDate: optionalDate("Ngày sự kiện"),
  place: requiredText("Địa danh", 100),
  legalBasis: lines("Căn cứ"),
  intro: optionalText("Lời dẫn", 2000),
  purposes: lines("Mục đích"),
  requirements: lines("Yêu cầu"),
  theme: optionalText("Chủ đề", 1000),
  slogans: lines("Khẩu hiệu", 20),
  contentItems: lines("Nội dung"),
  closingText: optionalText("Đoạn kết", 2000),
  recipients: lines("Nơi nhận", 30),
  signerAuthority: optionalText("Hình thức ký", 60),
  signerTitle: requiredText("Chức vụ người ký", 100),
  signerName: optionalText("Họ tên người ký", 100),
  draftingUnitId: optionalUuid("Đơn vị soạn thảo"),
  // Mục Kinh phí of the plan: absent (a client that does not know them) leaves them as they are.
  budgetAmount: costField("Tổng kinh phí").meta({ description: "Tổng kinh phí của kế hoạch (đồng); null: không ghi" }),
  budgetSource: optionalText("Nguồn kinh phí", 500).unwrap().optional().meta({ description: "Nguồn kinh phí (ví dụ: ngân sách tỉnh)" }),
});

export const updatePlanSchema = planFieldsSchema
  .extend({ id: uuid("Kế hoạch"), version })
  .refine((v) => dateNearYear(v.eventDate, v.year), { path: ["eventDate"], error: "Ngày sự kiện phải nằm trong năm kế hoạch hoặc năm liền kề." });
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;

const windowFields = {
  start: calendarDate("Ngày bắt đầu"),
  end: calendarDate("Ngày kết thúc"),
};
const endNotBeforeStart = { path: ["end"], error: "Ngày kết thúc phải cùng hoặc sau ngày bắt đầu." };

export const phaseFields = z.object({ title: requiredText("Tên giai đoạn", 500), ...windowFields });

export const createPhaseSchema = phaseFields.extend({ planId: uuid("Kế hoạch") }).refine((v) => v.end >= v.start, endNotBeforeStart);
export type CreatePhaseInput = z.infer<typeof createPhaseSchema>;

export const updatePhaseSchema = phaseFields.extend({ id: uuid("Giai đoạn"), version }).refine((v) => v.end >= v.start, endNotBeforeStart);
export type UpdatePhaseInput = z.infer<typeof updatePhaseSchema>;

export const movePhaseSchema = z.object({ id: uuid("Giai đoạn"), version, direction: z.enum(["up", "down"]) });
export type MovePhaseInput = z.infer<typeof movePhaseSchema>;

export const deletePhaseSchema = z.object({
  id: uuid("Giai đoạn"),
  version,
  // What to do with its activities: move them to another phase, or delete them.
  activities: z.enum(["move", "delete"]).default("move"),
  targetPhaseId: optionalUuid("Giai đoạn nhận hoạt động"),
});
export type DeletePhaseInput = z.infer<typeof deletePhaseSchema>;

const supporterIds = z.array(uuid("Đơn vị phối hợp")).max(50, "Tối đa 50 đơn vị phối hợp.").default([]);

export const activityFields = z.object({
  content: requiredText("Nội dung", 4000),
  description: optionalText("Mô tả", 4000),
  leadUnitId: z.string({ error: "Chọn đơn vị chủ trì." }).trim().min(1, "Chọn đơn vị chủ trì.").pipe(uuid("Đơn vị chủ trì")),
  supporterIds,
  ...windowFields,
  note: optionalText("Ghi chú", 1000),
  // Absent (an API client that does not know it): left as it is.
  output: optionalText("Sản phẩm", 1000).optional(),
  // Kinh phí in đồng; absent: left as it is, null: none.
  cost: costField().meta({ description: "Kinh phí dự kiến (đồng); null: không ghi" }),
});

export function activityRules<T extends z.ZodType<{ start: string; end: string; leadUnitId: string; supporterIds: string[] }>>(schema: T) {
  return schema
    .refine((v) => v.end >= v.start, endNotBeforeStart)
    .refine((v) => !v.supporterIds.includes(v.leadUnitId), {
      path: ["supporterIds"],
      error: "Đơn vị chủ trì không đồng thời là đơn vị phối hợp.",
    })
    .refine((v) => new Set(v.supporterIds).size === v.supporterIds.length, { path: ["supporterIds"], error: "Đơn vị phối hợp bị trùng." });
}

export const createActivitySchema = activityRules(
  activityFields.extend({ phaseId: uuid("Giai đoạn"), parentId: optionalUuid("Hoạt động cha") }),
);
export type CreateActivityInput = z.infer<typeof createActivitySchema>;

export const updateActivitySchema = activityRules(activityFields.extend({ id: uuid("Hoạt động"), version }));
export type UpdateActivityInput = z.infer<typeof updateActivitySchema>;

export const moveActivitySchema = z.object({
  id: uuid("Hoạt động"),
  version,
  direction: z.enum(["up", "down"]).optional(),
  // Moving to another phase (top-level activities, with their sub-tasks).
  phaseId: optionalUuid("Giai đoạn"),
});
export type MoveActivityInput = z.infer<typeof moveActivitySchema>;

export const deleteActivitySchema = z.object({ id: uuid("Hoạt động"), version });
export type DeleteActivityInput = z.infer<typeof deleteActivitySchema>;

const comment = (required: boolean, label: string) =>
  required ? requiredText(label, 2000) : optionalText(label, 2000);

export const transitionSchema = z.object({ planId: uuid("Kế hoạch"), version, comment: comment(false, "Ý kiến") });
export const transitionBody = transitionSchema.omit({ planId: true });
/** Trình duyệt also sends the keys of the checklist's warnings the user confirmed having seen (lib/plans/checklist.ts). */
export const submitPlanSchema = transitionSchema.extend({
  acceptedWarnings: z.array(storableText(z.string().max(300, "Mã cảnh báo không hợp lệ."), "Cảnh báo đã xác nhận")).max(2000, "Quá nhiều cảnh báo.").optional(),
});
export const submitPlanBody = submitPlanSchema.omit({ planId: true });
export const returnPlanSchema = z.object({ planId: uuid("Kế hoạch"), version, comment: comment(true, "Ý kiến trả lại") });
export const amendPlanSchema = z.object({ planId: uuid("Kế hoạch"), version, comment: comment(true, "Lý do điều chỉnh") });
export type TransitionInput = z.infer<typeof transitionSchema> & { acceptedWarnings?: string[]; number?: number; issueDate?: string };

// The register's number: a positive whole number ("12" of "12/KH-SKHCN"). An empty form field is "not given".
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const registerNumber = z.coerce
  .number({ error: "Số văn bản phải là số nguyên dương, ví dụ 12." })
  .int("Số văn bản phải là số nguyên dương, ví dụ 12.")
  .min(1, "Số văn bản phải là số nguyên dương, ví dụ 12.")
  .max(999999, "Số văn bản quá lớn.");

/**
 * Ban hành: with an external register (e-office) the văn thư also sends the number and the issue date written in
 * the register; with Kehoach as the register both are left out (the service says which applies).
 */
export const issuePlanSchema = transitionSchema.extend({
  number: z.preprocess(emptyToUndefined, registerNumber.optional()),
  issueDate: z.preprocess(emptyToUndefined, calendarDate("Ngày ban hành").optional()),
});
/** The API's body (JSON numbers, no empty strings): the same rules. */
export const issuePlanBody = transitionBody.extend({
  number: registerNumber.optional().meta({ description: "Số lấy từ sổ đăng ký ngoài (chỉ khi cơ quan dùng sổ đăng ký ngoài)" }),
  issueDate: calendarDate("Ngày ban hành").optional().meta({ description: "Ngày ban hành ghi trong sổ đăng ký ngoài, yyyy-MM-dd" }),
});
export type IssuePlanInput = z.infer<typeof issuePlanSchema>;

/** Sửa số: number, symbol and issue date of an issued plan, with the reason (kept in the history). */
export const correctPlanNumberSchema = z.object({
  planId: uuid("Kế hoạch"),
  version,
  number: registerNumber,
  symbol: requiredText("Ký hiệu", 40)
    .transform((symbol) => symbol.toLocaleUpperCase("vi"))
    .refine((symbol) => /^[A-ZĐ0-9]+(-[A-ZĐ0-9&]+)*$/u.test(symbol), "Ký hiệu gồm chữ in hoa, số và dấu gạch nối, ví dụ KH-SKHCN."),
  issueDate: calendarDate("Ngày ban hành"),
  reason: requiredText("Lý do sửa số", 1000),
});
export const correctPlanNumberBody = correctPlanNumberSchema.omit({ planId: true });
export type CorrectPlanNumberInput = z.infer<typeof correctPlanNumberSchema>;
