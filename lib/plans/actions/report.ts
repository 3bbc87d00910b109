"use server";
import { formAction } from "@/lib/action";
import { issuePlanReportSchema, savePlanReportSchema } from "@/lib/plans/report/schemas";
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
