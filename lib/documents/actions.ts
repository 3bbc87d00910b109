"use server";
import { formAction } from "@/lib/action";
import { confirmImportSchema, previewImportSchema } from "@/lib/documents/import-schemas";
import { confirmImport, previewImport, readImport } from "@/lib/documents/import-service";

/** Step 1: read the document and show what was understood. Saves nothing. */
export const previewImportAction = formAction({
  name: "previewImport",
  schema: previewImportSchema,
  prepare: readImport,
  run: previewImport,
  after: (preview) => ({
    message: preview.result.usable ? "Đã đọc văn bản. Kiểm tra lại trước khi tạo dự thảo." : "Văn bản chưa đọc được đầy đủ.",
    data: preview,
  }),
});

/** Step 2: create the DRAFT from the same document and the user's unit choices. */
export const confirmImportAction = formAction({
  name: "confirmImport",
  schema: confirmImportSchema,
  prepare: readImport,
  run: confirmImport,
  after: (plan) => ({ revalidate: ["/plans"], redirectTo: `/plans/${plan.id}?done=${plan.issued ? "import-issued" : "import"}` }),
});
