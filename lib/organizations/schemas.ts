import { z } from "zod";
import { requiredText, version } from "@/lib/validation";
import type { NumberingSource } from "@/lib/generated/prisma/enums";

/** Where a plan's number comes from at issue (NĐ 30/2020, Điều 15: the agency's one register). */
export const NUMBERING_SOURCE_LABELS: Record<NumberingSource, { label: string; hint: string }> = {
  INTERNAL: { label: "Kehoach là sổ đăng ký", hint: "Khi ban hành, Kehoach cấp số tiếp theo của năm và ghi ngày ban hành là hôm nay." },
  EXTERNAL: {
    label: "Sổ đăng ký ngoài (e-office)",
    hint: "Khi ban hành, văn thư nhập số và ngày ban hành lấy từ sổ đăng ký; Kehoach kiểm tra số chưa bị dùng và gợi ý số trống tiếp theo.",
  },
};
export const NUMBERING_SOURCES = Object.keys(NUMBERING_SOURCE_LABELS) as [NumberingSource, ...NumberingSource[]];

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
