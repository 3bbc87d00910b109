// The import form's fields, shared by the form and the server actions.
import { z } from "zod";
import { calendarDate, checkbox, emptyFileMessage, fileNameOf, isNoFileChosen, storableText } from "@/lib/validation";
import { MAX_IMPORT_BYTES, MAX_IMPORT_TEXT } from "@/lib/documents/import/limits";

export { MAX_IMPORT_BYTES, MAX_IMPORT_TEXT };

/** Pasted text or one DOCX file (the browser sends an empty file when none is chosen). */
const source = {
  text: storableText(
    z.string({ error: "Nội dung dán vào không hợp lệ." }).max(MAX_IMPORT_TEXT, `Nội dung dán vào dài tối đa ${MAX_IMPORT_TEXT.toLocaleString("vi-VN")} ký tự.`),
    "Nội dung dán vào",
  ).optional(),
  file: z.preprocess(
    (value) => (isNoFileChosen(value) ? undefined : value),
    z
      .instanceof(Blob, { error: "Tệp không hợp lệ." })
      .refine((file) => file.size > 0, { error: (issue) => emptyFileMessage(fileNameOf(issue.input as Blob)) })
      .optional(),
  ),
};

const oneSource = <T extends { text?: string; file?: Blob }>(value: T) => Boolean(value.text?.trim()) !== Boolean(value.file);
const oneSourceMessage = { message: "Hãy dán nội dung kế hoạch hoặc chọn một tệp DOCX (một trong hai).", path: ["text"] };

export const previewImportSchema = z.object(source).refine(oneSource, oneSourceMessage);
export type PreviewImportInput = z.infer<typeof previewImportSchema>;

/** What the user chose for a unit name the parser could not match: a unit, or a new one. */
export const unitChoice = z.union([z.uuid({ error: "Chọn đơn vị." }), z.enum(["new:INTERNAL", "new:EXTERNAL"])], { error: "Chọn đơn vị tương ứng." });

export const confirmImportSchema = z
  .object({
    ...source,
    mapping: z.array(z.object({ text: storableText(z.string().trim().min(1).max(500), "Tên đơn vị trong văn bản"), unit: unitChoice })).max(200).default([]),
    eventDate: calendarDate("Ngày sự kiện").optional(),
    // Keep the document's number, date and signer and record the plan as issued (plan.importIssued).
    asIssued: checkbox,
  })
  .refine(oneSource, oneSourceMessage);
/** asIssued may be left out by callers that never import as issued (it defaults to false). */
export type ConfirmImportInput = Omit<z.infer<typeof confirmImportSchema>, "asIssued"> & { asIssued?: boolean };
