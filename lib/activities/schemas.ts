// Inputs of tracking: updates, comments, targets. Shared by forms, actions and the API.
import { z } from "zod";
import { checkbox, emptyFileMessage, fileNameOf, isNoFileChosen, nullableDate, optionalText, requiredText, storableText, uuid, version } from "@/lib/validation";
import { ACTIVITY_STATUSES } from "@/lib/activities/labels";
import { ATTENTION_KINDS, DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS } from "@/lib/activities/attention";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_UPDATE = 5;

/** Rows of a repeating form group; rows left completely empty are dropped. */
const rows = <T extends z.ZodType>(row: T, max: number, label: string) =>
  z.preprocess(
    (value) => {
      const list = Array.isArray(value) ? value : value && typeof value === "object" ? Object.values(value) : value === undefined ? [] : value;
      return Array.isArray(list)
        ? list.filter((item) => !(item && typeof item === "object" && Object.values(item).every((v) => v === "" || v === undefined || v === null)))
        : list;
    },
    z.array(row, { error: `${label} không hợp lệ.` }).max(max, `${label}: tối đa ${max} dòng.`),
  ).default([]);

export const figureSchema = z.object({
  label: requiredText("Tên số liệu", 200),
  value: requiredText("Giá trị số liệu", 200),
});

export const evidenceSchema = z.object({
  url: storableText(z.string({ error: "Đường dẫn là bắt buộc." }).trim().max(2000, "Đường dẫn dài tối đa 2000 ký tự."), "Đường dẫn")
    .pipe(z.url({ protocol: /^https?$/, error: "Đường dẫn phải bắt đầu bằng http:// hoặc https://." })),
  title: optionalText("Tiêu đề minh chứng", 500),
});

export const targetValueSchema = z.object({
  targetId: uuid("Chỉ tiêu"),
  achieved: z.coerce.number({ error: "Giá trị đạt được phải là số." }).min(0, "Giá trị đạt được không âm.").max(1e12),
});

/**
 * Files from a form. The browser sends one empty, unnamed file when none is
 * chosen: that one means "no file". A named file of 0 bytes is a file that
 * lost its content (a failed download, a sync placeholder): refused by name,
 * never dropped without a word. API bodies carry no files.
 */
const files = z.preprocess(
  (value) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((f) => !isNoFileChosen(f))),
  z
    .array(z.instanceof(Blob, { error: "Tệp đính kèm không hợp lệ." }))
    .max(MAX_FILES_PER_UPDATE, `Tối đa ${MAX_FILES_PER_UPDATE} tệp mỗi lần cập nhật.`)
    .superRefine((list, ctx) => {
      for (const file of list) {
        if (file.size === 0) ctx.addIssue({ code: "custom", message: emptyFileMessage(fileNameOf(file)) });
      }
    }),
);

const updateFields = {
  activityId: uuid("Hoạt động"),
  version,
  status: z.enum(ACTIVITY_STATUSES, { error: "Trạng thái không hợp lệ." }).optional(),
  statusReason: optionalText("Lý do", 1000),
  progress: z.coerce.number({ error: "Tiến độ phải là số từ 0 đến 100." }).int("Tiến độ là số nguyên.").min(0, "Tiến độ từ 0 đến 100.").max(100, "Tiến độ từ 0 đến 100.").optional(),
  note: optionalText("Ghi chú", 4000),
  result: storableText(z.string({ error: "Kết quả không hợp lệ." }).trim().max(8000, "Kết quả dài tối đa 8000 ký tự."), "Kết quả").optional(),
  actualStart: nullableDate("Ngày bắt đầu thực tế"),
  actualEnd: nullableDate("Ngày kết thúc thực tế"),
  figures: rows(figureSchema, 30, "Số liệu"),
  evidence: rows(evidenceSchema, 30, "Minh chứng"),
  targets: rows(targetValueSchema, 30, "Chỉ tiêu"),
  confirmNoResult: checkbox,
};

const actualDatesInOrder: [
  (v: { actualStart: string | null; actualEnd: string | null }) => boolean,
  { path: string[]; error: string },
] = [
  (v) => !v.actualStart || !v.actualEnd || v.actualEnd >= v.actualStart,
  { path: ["actualEnd"], error: "Ngày kết thúc thực tế phải cùng hoặc sau ngày bắt đầu." },
];

/** The form's update: the fields below plus files. */
export const recordUpdateSchema = z.object({ ...updateFields, files }).refine(...actualDatesInOrder);
export type RecordUpdateInput = z.infer<typeof recordUpdateSchema>;

/** The API's update: the same fields, as JSON, without files (the activity id comes from the path). */
export const recordUpdateBody = z.object(updateFields).omit({ activityId: true }).refine(...actualDatesInOrder);

export const commentSchema = z.object({
  activityId: uuid("Hoạt động"),
  body: requiredText("Nội dung trao đổi", 4000),
});
export type CommentInput = z.infer<typeof commentSchema>;

export const targetsSchema = z.object({
  activityId: uuid("Hoạt động"),
  version,
  targets: rows(
    z.object({
      id: uuid("Chỉ tiêu").optional(),
      label: requiredText("Tên chỉ tiêu", 200),
      targetValue: z.coerce.number({ error: "Chỉ tiêu phải là số." }).positive("Chỉ tiêu phải lớn hơn 0.").max(1e12),
      unitOfMeasure: optionalText("Đơn vị tính", 50),
    }),
    20,
    "Chỉ tiêu",
  ),
});
export type TargetsInput = z.infer<typeof targetsSchema>;

/** The filters of "Việc của đơn vị" in its URL; a value that does not parse is dropped, never an error page. */
export const workFiltersSchema = z.object({
  unit: z.uuid().optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  due: z.enum(["overdue", "week", "upcoming", "done"]).optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
  role: z.enum(["lead", "support"]).optional().catch(undefined),
  status: z.enum(ACTIVITY_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type WorkFiltersInput = z.infer<typeof workFiltersSchema>;

/** "Việc cần chú ý" filters, read from the address (a view can be shared): a bad value is dropped, not an error. */
export const attentionFiltersSchema = z.object({
  unit: z.uuid().optional().catch(undefined),
  role: z.enum(["lead", "support"]).optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
  /** The plans of one year (kế hoạch năm): running plans of several years are often tracked side by side. */
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  status: z.enum(ACTIVITY_STATUSES).optional().catch(undefined),
  kind: z.enum(ATTENTION_KINDS).optional().catch(undefined),
  days: z.coerce.number().int().min(1).max(MAX_HORIZON_DAYS).catch(DEFAULT_HORIZON_DAYS),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AttentionFiltersInput = z.infer<typeof attentionFiltersSchema>;
