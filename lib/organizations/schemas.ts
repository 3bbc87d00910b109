import { z } from "zod";
import { requiredText, version } from "@/lib/validation";
import { NUMBERING_SOURCES } from "@/lib/organizations/labels";

/** What the documents print in their header and number: NĐ 30/2020, Phụ lục I. */
export const updateOrganizationSchema = z.object({
  version,
  name: requiredText("Tên cơ quan", 200),
  headerName: requiredText("Tên cơ quan trên văn bản", 200),
  parentName: requiredText("Cơ quan chủ quản", 200),
  code: requiredText("Chữ viết tắt", 20)
    .transform((code) => code.toLocaleUpperCase("vi"))
    .refine((code) => /^[A-ZĐ0-9]+$/u.test(code), "Chữ viết tắt chỉ gồm chữ in hoa không dấu (và Đ) hoặc số, ví dụ SKHCN."),
  place: requiredText("Địa danh", 100),
  // Omitted: unchanged (a client written before the setting existed does not reset it).
  numberingSource: z.enum(NUMBERING_SOURCES, { error: "Chọn nguồn cấp số." }).optional(),
});
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationSchema>;
