// What the organisation settings form shows for each numbering source. No zod
// here: the form runs in the browser (the schema stays in ./schemas.ts).
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
