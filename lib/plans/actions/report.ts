"use server";
import { formAction } from "@/lib/action";
import { savePlanReportSchema } from "@/lib/plans/report/schemas";
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
