// The signed copy's upload (form and API) and how the API shows a copy.
import "zod-openapi";
import { z } from "zod";
import { isNoFileChosen, uuid } from "@/lib/validation";
import { signatureReportSchema } from "@/lib/documents/pdf-signatures";
import { MAX_SIGNED_COPY_BYTES } from "@/lib/signed-copies/file";

const NO_FILE = "Chọn tệp PDF bản đã ký.";

/** The PDF: a file, not the empty part a browser sends when none was chosen. Its content is checked by checkSignedPdf. */
export const signedPdfFile = z.preprocess(
  (value) => (isNoFileChosen(value) ? undefined : value),
  z
    .instanceof(Blob, { error: NO_FILE })
    .meta({ type: "string", format: "binary", description: `Tệp PDF bản đã ký (bản quét hoặc tệp ký số), tối đa ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB` }),
);

/** The plan page's form. */
/** kind: the plan page attaches the plan's copy (PLAN, the default), the report page the issued report's (REPORT). */
export const attachSignedCopySchema = z.object({ planId: uuid("Kế hoạch"), kind: z.enum(["PLAN", "REPORT"]).default("PLAN"), file: signedPdfFile });
export type AttachSignedCopyInput = z.output<typeof attachSignedCopySchema>;

/** POST /plans/{id}/signed-copies as multipart/form-data (the plan id comes from the path). */
export const attachSignedCopyBody = z
  .object({
    file: signedPdfFile,
  })
  .meta({ id: "SignedCopyUpload" });

export const signedCopySchema = z
  .object({
    id: z.uuid(),
    issueRound: z.number().int().meta({ description: "Lần ban hành: 0 khi kế hoạch được ban hành ngoài Kehoach (nhập từ văn bản), n là lần ban hành thứ n ghi trong Kehoach (điều chỉnh rồi ban hành lại)" }),
    number: z.string().nullable().meta({ description: "Số, ký hiệu của kế hoạch khi đính kèm" }),
    issueDate: z.string().nullable().meta({ format: "date", description: "Ngày ban hành khi đính kèm" }),
    current: z.boolean().meta({ description: "Thuộc lần ban hành hiện hành (bản mới nhất của lần đó đứng đầu)" }),
    fileName: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string().meta({ format: "date-time" }),
    uploadedBy: z.string().nullable(),
    unsigned: z.boolean().meta({ description: "Không có chữ ký số (bản quét)" }),
    signatures: z.array(
      signatureReportSchema.extend({
        integrity: z.enum(["intact", "changed", "appended", "unreadable"]).meta({ description: "intact: không thay đổi sau khi ký; changed: nội dung khác với lúc ký; appended: có nội dung thêm vào sau chữ ký; unreadable: không đọc được chữ ký" }),
      }),
    ),
    downloadUrl: z.string().meta({ description: "Tải tệp PDF (GET, cùng xác thực)" }),
  })
  .meta({ id: "SignedCopy" });
