"use client";
// Ban hành báo cáo: the văn thư gives the results report its number from the register (…/BC-…) and its date.
import { issuePlanReportAction } from "@/lib/plans/actions/report";
import type { ReportNumberingForm } from "@/lib/plans/report/queries";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatDate } from "@/lib/dates";

export function ReportIssueForm({ planId, version, numbering }: { planId: string; version: number; numbering: ReportNumberingForm }) {
  const { state, pending, onSubmit, formKey } = useFormAction(issuePlanReportAction, { version });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ban hành báo cáo" className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <h2 className="font-semibold text-slate-900">Ban hành báo cáo</h2>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {numbering.external ? (
        <>
          <p className="text-sm text-slate-700">Nhập số và ngày ban hành của báo cáo ghi trong sổ đăng ký (e-office). Sổ đăng ký có một dãy số mỗi năm, chung cho kế hoạch và báo cáo.</p>
          <div key={formKey} className="grid gap-3 sm:grid-cols-2">
            <TextField
              id="report-issue-number"
              name="number"
              label={`Số (…/${numbering.symbol})`}
              inputMode="numeric"
              autoComplete="off"
              required
              defaultValue={String(numbering.suggestedNumber)}
              errors={fieldErrors(state, "number")}
              hint={`Số trong sổ đăng ký. Gợi ý: ${numbering.suggestedNumber} (số tiếp theo của năm ${numbering.today.slice(0, 4)}).`}
            />
            <DateField
              id="report-issue-date"
              name="issueDate"
              label="Ngày ban hành"
              required
              defaultValue={numbering.today}
              errors={fieldErrors(state, "issueDate")}
              hint={numbering.planIssuedOn ? `Từ ngày ban hành kế hoạch ${formatDate(numbering.planIssuedOn)} đến hôm nay` : "Không sau hôm nay"}
            />
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-700">
          Kehoach cấp số tiếp theo của sổ đăng ký năm {numbering.today.slice(0, 4)} (…/{numbering.symbol}), ngày ban hành là hôm nay. Sau khi ban hành, nội dung báo cáo
          không sửa được nữa.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Đang ban hành…" : "Ban hành báo cáo"}
      </Button>
    </form>
  );
}
