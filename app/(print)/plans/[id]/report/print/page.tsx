import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getPlanReportPage } from "@/lib/plans/report/queries";
import { planReportModel } from "@/lib/documents/exports";
import { orPageError } from "@/lib/page";
import { OfficialReport } from "@/components/documents/official-report";
import { PrintButton } from "@/components/documents/print-button";

export const metadata: Metadata = { title: "Bản in báo cáo kết quả" };

export default async function PrintReportPage({ params }: PageProps<"/plans/[id]/report/print">) {
  const { id } = await params;
  const user = await requireUser();
  // getPlanReportPage: 404 for a plan that has no report (never issued) or that the user may not read.
  await orPageError(getPlanReportPage(user, id));
  const { report } = await orPageError(planReportModel(user, id));
  return (
    <>
      <div className="no-print mx-auto flex max-w-[210mm] flex-wrap items-center justify-between gap-2 px-4 py-3 font-sans text-sm">
        <a href={`/plans/${id}/report`} className="link">
          ← Về trang báo cáo
        </a>
        <span className="text-slate-600">Khổ A4, lề theo Nghị định 30/2020/NĐ-CP. Chọn “Lưu dưới dạng PDF” để có tệp PDF.</span>
        <PrintButton />
      </div>
      <OfficialReport report={report} />
    </>
  );
}
