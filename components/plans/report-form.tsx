"use client";
import { savePlanReportAction } from "@/lib/plans/actions/report";
import { ConflictNotice, conflictCurrent, useVersion } from "@/components/ui/conflict-notice";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

type Content = { assessment: string; shortcomings: string; proposals: string; recipients: string[]; version: number };

const CONFLICT_LABELS = { assessment: "Đánh giá chung", shortcomings: "Tồn tại, hạn chế", proposals: "Đề xuất, kiến nghị", recipients: "Nơi nhận" };

/** The report's sections II–IV and its Nơi nhận, printed after the results in the DOCX. */
export function ReportForm({ planId, content }: { planId: string; content: Content }) {
  const { state, pending, onSubmit, formKey } = useFormAction(savePlanReportAction, { version: content.version });
  const [version, keepMine] = useVersion(content.version);
  const current = conflictCurrent(state);
  const errors = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nội dung báo cáo" className="space-y-4">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      {current ? <ConflictNotice current={current} labels={CONFLICT_LABELS} onKeepMine={keepMine} /> : <FormMessage state={state} />}
      <div key={formKey} className="space-y-4">
        <TextAreaField id="report-assessment" name="assessment" label="II. Đánh giá chung" rows={5} defaultValue={content.assessment} errors={errors("assessment")} hint="Để trống nếu không có: mục này không in ra và các mục sau được đánh số lại." />
        <TextAreaField id="report-shortcomings" name="shortcomings" label="III. Tồn tại, hạn chế" rows={4} defaultValue={content.shortcomings} errors={errors("shortcomings")} />
        <TextAreaField id="report-proposals" name="proposals" label="IV. Đề xuất, kiến nghị" rows={4} defaultValue={content.proposals} errors={errors("proposals")} />
        <TextAreaField
          id="report-recipients"
          name="recipients"
          label="Nơi nhận của báo cáo"
          required
          rows={5}
          defaultValue={content.recipients.join("\n")}
          errors={errors("recipients")}
          hint="Mỗi dòng một nơi nhận, ví dụ “UBND tỉnh (b/c);”; dòng cuối thường là “Lưu: VT, …”."
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang lưu…" : "Lưu báo cáo"}
      </Button>
    </form>
  );
}
