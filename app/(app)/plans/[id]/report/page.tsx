import type { Metadata } from "next";
import { planCrumbLabel } from "@/lib/plans/labels";
import { requireUser } from "@/lib/auth/session";
import { getPlanReportPage } from "@/lib/plans/report/queries";
import { orPageError } from "@/lib/page";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClass } from "@/components/ui/button";
import { ReportForm } from "@/components/plans/report-form";
import { ReportIssueForm } from "@/components/plans/report-issue-form";
import { ReportCorrectNumberForm } from "@/components/plans/report-correct-number-form";
import { SignedCopyPanel } from "@/components/plans/signed-copy";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Báo cáo kết quả" };

export default async function PlanReportPage({ params }: PageProps<"/plans/[id]/report">) {
  const { id } = await params;
  const user = await requireUser();
  const { plan, content, rights, numbering, signedCopies, planIssuedOn } = await orPageError(getPlanReportPage(user, id));
  return (
    <>
      <Breadcrumb className="mb-2" items={[{ label: "Kế hoạch", href: "/plans" }, { label: planCrumbLabel(plan), href: `/plans/${plan.id}` }, { label: "Báo cáo kết quả" }]} />
      <PageHeader title="Báo cáo kết quả thực hiện" description={plan.displayTitle} />
      {content.issued ? (
        <div className="mb-4">
          <SignedCopyPanel planId={plan.id} kind="REPORT" copies={signedCopies} canAttach={rights.attachSignedCopy} />
        </div>
      ) : null}
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {content.issued ? (
          <p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="report-number">
            Đã ban hành: <strong>Số {content.issued.numberLabel}</strong> ngày {formatDate(content.issued.issueDate)}. Nội dung báo cáo được giữ nguyên như đã ban hành.
          </p>
        ) : null}
        {content.issued && rights.correctNumber ? <ReportCorrectNumberForm planId={plan.id} version={content.version} issued={content.issued} planIssuedOn={planIssuedOn} /> : null}
        <p className="text-sm text-slate-700">
          Báo cáo gồm: <strong>I. Kết quả thực hiện</strong> (lấy từ tiến độ các hoạt động, mỗi giai đoạn một mục 1., 2. …, cuối cùng là mục Tổng hợp), rồi các mục
          dưới đây theo thứ tự; mục để trống không in ra.
        </p>
        {rights.edit ? (
          <ReportForm planId={plan.id} content={content} />
        ) : (
          <dl className="space-y-3 text-sm">
            {(
              [
                ["Đánh giá chung", content.assessment],
                ["Tồn tại, hạn chế", content.shortcomings],
                ["Đề xuất, kiến nghị", content.proposals],
                ["Nơi nhận", content.recipients.join("\n")],
              ] as const
            ).map(([label, text]) => (
              <div key={label}>
                <dt className="font-medium text-slate-700">{label}</dt>
                <dd className="whitespace-pre-line">{text || "(trống)"}</dd>
              </div>
            ))}
          </dl>
        )}
        {rights.issue && numbering ? <ReportIssueForm planId={plan.id} version={content.version} numbering={numbering} /> : null}
        <div className="flex flex-wrap gap-2">
          <a href={`/plans/${plan.id}/export/report`} className={buttonClass("secondary", "sm")} download>
            Tải báo cáo (DOCX)
          </a>
          <a href={`/plans/${plan.id}/report/print`} className={buttonClass("secondary", "sm")}>
            Bản in báo cáo / PDF
          </a>
        </div>
      </div>
    </>
  );
}
