// What the results report's page saves: its three sections and its own Nơi
// nhận. Shared by the form (field errors) and the action.
import { z } from "zod";
import { optionalText, uuid, version } from "@/lib/validation";
import { lines } from "@/lib/plans/schemas";

export const savePlanReportSchema = z.object({
  planId: uuid("Kế hoạch"),
  version,
  assessment: optionalText("Đánh giá chung", 20000),
  shortcomings: optionalText("Tồn tại, hạn chế", 20000),
  proposals: optionalText("Đề xuất, kiến nghị", 20000),
  recipients: lines("Nơi nhận", 30).refine((list) => list.length > 0, "Nhập ít nhất một nơi nhận (mỗi dòng một nơi)."),
});
export type SavePlanReportInput = z.infer<typeof savePlanReportSchema>;
