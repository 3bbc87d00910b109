"use client";
// Sửa số of the issued results report (văn thư): number, symbol and date to match the register, with the reason.
import { useState } from "react";
import { correctReportNumberAction } from "@/lib/plans/actions/report";
import type { ReportIssue } from "@/lib/plans/report/service";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatDate } from "@/lib/dates";

export function ReportCorrectNumberForm({ planId, version, issued, planIssuedOn }: { planId: string; version: number; issued: ReportIssue; planIssuedOn: string | null }) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit, formKey } = useFormAction(correctReportNumberAction, { version });
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Sửa số báo cáo
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sửa số báo cáo" className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-700">
        Sửa số, ký hiệu, ngày ban hành của báo cáo cho khớp sổ đăng ký (hiện là số {issued.numberLabel} ngày {formatDate(issued.issueDate)}). Chỉ sửa được khi chưa đính
        kèm bản đã ký của báo cáo; lý do được ghi vào lịch sử.
      </p>
      <FormMessage state={state} />
      <div key={formKey} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id="report-correct-number" name="number" label="Số" inputMode="numeric" autoComplete="off" required defaultValue={String(issued.number)} errors={fieldErrors(state, "number")} />
          <DateField
            id="report-correct-issue-date"
            name="issueDate"
            label="Ngày ban hành"
            required
            defaultValue={issued.issueDate}
            errors={fieldErrors(state, "issueDate")}
            hint={planIssuedOn ? `Từ ngày ban hành kế hoạch ${formatDate(planIssuedOn)} đến hôm nay` : "Không sau hôm nay"}
          />
        </div>
        <TextField id="report-correct-symbol" name="symbol" label="Ký hiệu" required defaultValue={issued.symbol} errors={fieldErrors(state, "symbol")} hint="Ví dụ BC-SKHCN" autoCapitalize="characters" />
        <TextAreaField id="report-correct-reason" name="reason" label="Lý do sửa số" required rows={2} errors={fieldErrors(state, "reason")} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu số đã sửa"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setOpen(false)}>
          Đóng
        </Button>
      </div>
    </form>
  );
}
