// What the results report's page saves: its three sections and its own Nơi
// nhận. Shared by the form (field errors) and the action.
import { z } from "zod";
import { optionalText, uuid, version } from "@/lib/validation";
import { correctPlanNumberSchema, issuePlanBody, issuePlanSchema, lines } from "@/lib/plans/schemas";

export const savePlanReportSchema = z.object({
  planId: uuid("Kế hoạch"),
  version,
  assessment: optionalText("Đánh giá chung", 20000),
  shortcomings: optionalText("Tồn tại, hạn chế", 20000),
  proposals: optionalText("Đề xuất, kiến nghị", 20000),
  recipients: lines("Nơi nhận", 30).refine((list) => list.length > 0, "Nhập ít nhất một nơi nhận (mỗi dòng một nơi)."),
});
export type SavePlanReportInput = z.infer<typeof savePlanReportSchema>;

/**
 * Ban hành báo cáo: the version of the report the văn thư saw and, with an external register (e-office), the number
 * and date written in it (the same rules as issuing a plan).
 */
export const issuePlanReportSchema = z.object({
  planId: uuid("Kế hoạch"),
  version,
  number: issuePlanSchema.shape.number,
  issueDate: issuePlanSchema.shape.issueDate,
});
export type IssuePlanReportInput = z.infer<typeof issuePlanReportSchema>;
/** The API's body (JSON numbers, no empty strings). */
export const issuePlanReportBody = z.object({ version, number: issuePlanBody.shape.number, issueDate: issuePlanBody.shape.issueDate });

/** Sửa số of the issued report: the same fields and rules as a plan's; version is the report's. */
export const correctReportNumberSchema = correctPlanNumberSchema;
export type CorrectReportNumberInput = z.infer<typeof correctReportNumberSchema>;
/** The API's body. */
export const correctReportNumberBody = correctReportNumberSchema.omit({ planId: true });
