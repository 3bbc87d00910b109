// POST /plan-imports: the request (pasted text as JSON, or a .docx as
// multipart) and the preview it answers with, the same one the import page
// shows. The response schema documents the API and the tests parse real
// answers with it.
import "zod-openapi";
import { z } from "zod";
import { calendarDate, storableText } from "@/lib/validation";
import { MAX_IMPORT_TEXT } from "@/lib/documents/import/limits";
import { planTextsSchema } from "@/lib/plans/texts-schema";

const unitMap = z
  .record(storableText(z.string().trim().min(1).max(500), "Tên đơn vị trong văn bản"), z.uuid({ error: "Mã đơn vị phải là UUID của một đơn vị của Sở." }))
  .refine((map) => Object.keys(map).length <= 200, { error: "unitMap có tối đa 200 tên." })
  .meta({ description: "Tên đơn vị như văn bản ghi (trong unmatched) → mã đơn vị của Sở", example: { "Báo Lạng Sơn": "01938c4e-7c1e-7b2a-9f3e-2f1d6c0a9b11" } });

const flags = {
  save: z.boolean().default(false).meta({ description: "true: tạo kế hoạch (201); mặc định chỉ xem trước (200), không lưu gì" }),
  asIssued: z.boolean().default(false).meta({ description: "Cùng save: giữ số, ký hiệu, ngày ban hành, người ký của văn bản và ghi nhận đã ban hành (quyền plan.importIssued)" }),
  eventDate: calendarDate("Ngày sự kiện").optional().meta({ description: "Ngày sự kiện (yyyy-MM-dd), khi văn bản không ghi" }),
};

export const planImportJsonBody = z
  .object({
    text: storableText(
      z.string({ error: "Cần nội dung kế hoạch (text)." }).min(1, "Cần nội dung kế hoạch (text).").max(MAX_IMPORT_TEXT, `Nội dung dài tối đa ${MAX_IMPORT_TEXT.toLocaleString("vi-VN")} ký tự.`),
      "Nội dung",
    ).meta({ description: "Nội dung văn bản kế hoạch (dán từ Word hoặc PDF)" }),
    unitMap: unitMap.default({}),
    ...flags,
  })
  .meta({ id: "PlanImportText" });

/** Multipart fields are strings: unitMap as JSON text, the flags as "true"/"false". */
const formFlag = z.preprocess((value) => (value === "true" || value === "on" ? true : value === "false" || value === "" ? false : value), z.boolean({ error: "Giá trị phải là true hoặc false." }));

export const planImportMultipartBody = z
  .object({
    file: z.instanceof(Blob, { error: "Cần một tệp .docx (trường file)." }).meta({ type: "string", format: "binary", description: "Tệp .docx của kế hoạch" }),
    unitMap: z
      .preprocess((value) => {
        if (value === undefined || value === "") return {};
        if (typeof value !== "string") return value;
        try {
          return JSON.parse(value);
        } catch {
          return value;
        }
      }, unitMap)
      .meta({ type: "string", description: "unitMap dạng JSON" }),
    save: formFlag.default(false),
    asIssued: formFlag.default(false),
    eventDate: flags.eventDate,
  })
  .meta({ id: "PlanImportFile" });

export type PlanImportRequest = z.output<typeof planImportJsonBody> | z.output<typeof planImportMultipartBody>;

const date = z.string().meta({ format: "date" });
const mention = z
  .object({
    text: z.string().meta({ description: "Tên đơn vị như văn bản ghi" }),
    unitId: z.uuid().nullable().meta({ description: "Đơn vị đã khớp chắc chắn; null: cần chọn (gửi trong unitMap)" }),
    why: z.string().optional().meta({ description: "Vì sao khớp: cùng tên, chữ viết tắt, các từ riêng" }),
    placeholder: z.boolean().optional().meta({ description: "Văn bản không ghi đơn vị chủ trì của hoạt động này" }),
    candidates: z.array(z.object({ unitId: z.uuid(), name: z.string(), score: z.number() })).optional(),
  })
  .meta({ id: "ImportUnitMention" });

type ImportActivity = {
  content: string;
  lead: z.infer<typeof mention> | null;
  supporters: z.infer<typeof mention>[];
  start: string | null;
  end: string | null;
  timing: { kind: "window" | "deadline"; text: string } | null;
  output: string;
  cost: number | null;
  note: string;
  subTasks: ImportActivity[];
};
const activity: z.ZodType<ImportActivity> = z
  .object({
    content: z.string(),
    lead: mention.nullable(),
    supporters: z.array(mention),
    start: date.nullable(),
    end: date.nullable(),
    timing: z.object({ kind: z.enum(["window", "deadline"]), text: z.string() }).nullable().meta({ description: "Thời gian như văn bản ghi" }),
    output: z.string().meta({ description: "Sản phẩm" }),
    cost: z.number().int().nullable().meta({ description: "Kinh phí (đồng)" }),
    note: z.string(),
    get subTasks() {
      return z.array(activity);
    },
  })
  .meta({ id: "ImportActivity" });

const section = z.object({ label: z.string(), heading: z.string(), kind: z.enum(["ORGANISATION", "BUDGET", "OTHER"]), paragraphs: z.array(z.string()) }).meta({ id: "ImportSection" });

export const planImportPreviewSchema = z
  .object({
    usable: z.boolean().meta({ description: "false: chưa tạo được kế hoạch (xem problems mức fatal)" }),
    header: z.object({
      numberText: z.string().meta({ description: "Số như văn bản ghi (\"09\"); rỗng: chưa có số" }),
      symbol: z.string(),
      place: z.string(),
      issueDate: date.nullable(),
      year: z.number().int().nullable(),
      title: z.string(),
      eventDate: date.nullable(),
      signerAuthority: z.string(),
      signerTitle: z.string(),
      signerName: z.string(),
    }),
    texts: planTextsSchema,
    sections: z.array(section).meta({ description: "Các mục giữ nguyên như văn bản (Tổ chức thực hiện, Kinh phí, mục khác)" }),
    appendix: z.object({ title: z.string(), reference: z.string() }).nullable(),
    budget: z.object({ amount: z.number().int().nullable(), source: z.string() }).meta({ description: "Kinh phí của kế hoạch đọc từ mục Kinh phí" }),
    phases: z.array(z.object({ code: z.string(), title: z.string(), start: date.nullable(), end: date.nullable(), activities: z.array(activity) })),
    unmatched: z.array(z.string()).meta({ description: "Tên đơn vị chưa khớp chắc chắn: gửi unitMap cho từng tên để lưu" }),
    problems: z.array(z.object({ severity: z.enum(["fatal", "warning"]), message: z.string() })).meta({ description: "Những gì bị bỏ qua, đoán, hoặc chặn việc tạo kế hoạch, và vì sao" }),
    issued: z
      .object({
        allowed: z.boolean(),
        missing: z.array(z.string()),
        label: z.string().nullable(),
        number: z.number().int().nullable(),
        numberText: z.string().nullable(),
        symbol: z.string(),
        issueDate: date.nullable(),
        signer: z.string(),
        taken: z.object({ planId: z.uuid(), title: z.string() }).nullable(),
      })
      .nullable()
      .meta({ description: "Nhập như kế hoạch đã ban hành: có được không; null khi văn bản chưa có số" }),
  })
  .meta({ id: "PlanImportPreview" });
