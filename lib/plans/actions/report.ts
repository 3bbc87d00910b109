"use server";
import { formAction } from "@/lib/action";
import { correctReportNumberSchema, issuePlanReportSchema, savePlanReportSchema } from "@/lib/plans/report/schemas";
import { correctReportNumber } from "@/lib/plans/report/correct-number";
import { issuePlanReport } from "@/lib/plans/report/issue";
import { savePlanReport } from "@/lib/plans/report/service";

export const savePlanReportAction = formAction({
  name: "savePlanReport",
  schema: savePlanReportSchema,
  run: savePlanReport,
  after: (result) => ({
    message: result.changed ? "Đã lưu báo cáo. Tệp DOCX tải về sẽ có nội dung này." : "Không có thay đổi nào.",
    revalidate: [`/plans/${result.planId}/report`],
    data: { version: result.version },
  }),
});

export const issuePlanReportAction = formAction({
  name: "issuePlanReport",
  schema: issuePlanReportSchema,
  run: issuePlanReport,
  after: (result) => ({
    message: `Đã ban hành báo cáo, số ${result.numberLabel}. Tệp DOCX và bản in ghi số và ngày ban hành.`,
    revalidate: [`/plans/${result.planId}/report`, `/plans/${result.planId}`, "/register"],
    data: { version: result.version },
  }),
});

/** Sửa số of the issued report (văn thư): the report page, its DOCX and the register show the corrected number. */
export const correctReportNumberAction = formAction({
  name: "correctReportNumber",
  schema: correctReportNumberSchema,
  run: correctReportNumber,
  after: (result) => ({
    message: `Đã sửa số báo cáo thành ${result.numberLabel}.`,
    revalidate: [`/plans/${result.planId}/report`, `/plans/${result.planId}/history`, "/register"],
    data: { version: result.version },
  }),
});
