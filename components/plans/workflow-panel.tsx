"use client";
import { useState } from "react";
import type { PlanWorkflow } from "@/lib/plans/queries";
import type { PlanAction } from "@/lib/plans/workflow";
import { WORKFLOW } from "@/lib/plans/workflow";
import {
  amendPlanAction,
  approvePlanAction,
  archivePlanAction,
  completePlanAction,
  issuePlanAction,
  returnPlanAction,
  submitPlanAction,
  withdrawPlanAction,
} from "@/lib/plans/actions/workflow";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { correctPlanNumberAction } from "@/lib/plans/actions/workflow";
import type { NumberingForm } from "@/lib/plans/register-queries";
import { formatDate } from "@/lib/dates";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { checklistAllowsSubmit, checklistToShow, SubmitChecklist } from "@/components/plans/submit-checklist";
import type { CheckItem } from "@/lib/plans/checklist";

const ACTIONS = {
  submit: submitPlanAction,
  withdraw: withdrawPlanAction,
  return: returnPlanAction,
  approve: approvePlanAction,
  issue: issuePlanAction,
  amend: amendPlanAction,
  complete: completePlanAction,
  archive: archivePlanAction,
} as const;

const CONFIRM: Record<PlanAction, { text: string; comment?: "required" | "optional"; commentLabel?: string; button: string; danger?: boolean }> = {
  submit: { text: "Gửi kế hoạch lên Lãnh đạo Sở để duyệt. Trong lúc chờ duyệt, kế hoạch không sửa được (có thể rút lại).", button: "Trình duyệt" },
  withdraw: { text: "Rút kế hoạch về dự thảo để sửa tiếp.", button: "Rút lại" },
  return: { text: "Trả kế hoạch cho đơn vị soạn thảo kèm ý kiến cần sửa.", comment: "required", commentLabel: "Ý kiến trả lại", button: "Trả lại kế hoạch", danger: true },
  approve: { text: "Phê duyệt nội dung kế hoạch. Sau đó kế hoạch được ban hành và cấp số.", comment: "optional", commentLabel: "Ý kiến (không bắt buộc)", button: "Phê duyệt" },
  issue: { text: "Ban hành kế hoạch: kế hoạch được cấp số tiếp theo của năm, ghi ngày ban hành, khóa không cho sửa và gửi thông báo tới các đơn vị có tên trong kế hoạch.", button: "Xác nhận ban hành" },
  amend: { text: "Mở lại kế hoạch đã ban hành để điều chỉnh. Kế hoạch trở về dự thảo, giữ nguyên số.", comment: "required", commentLabel: "Lý do điều chỉnh", button: "Mở điều chỉnh", danger: true },
  complete: { text: "Kết thúc kế hoạch: các đơn vị không cập nhật tiến độ nữa.", button: "Kết thúc kế hoạch" },
  archive: { text: "Chuyển kế hoạch đã kết thúc vào lưu trữ.", button: "Lưu trữ" },
};

const EXTERNAL_ISSUE_TEXT =
  "Ban hành kế hoạch với số và ngày ban hành lấy từ sổ đăng ký văn bản (e-office). Kế hoạch khóa không cho sửa và thông báo tới các đơn vị có tên trong kế hoạch.";

/** The register's number and date, typed by the văn thư; the next free number is offered, not imposed. */
function RegisterNumberFields({ numbering, state, idPrefix, number, symbol, issueDate }: {
  numbering: NumberingForm;
  state: Parameters<typeof fieldErrors>[0];
  idPrefix: string;
  number?: number;
  symbol?: string;
  issueDate?: string | null;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        id={`${idPrefix}-number`}
        name="number"
        label={symbol === undefined ? `Số (…/${numbering.symbol})` : "Số"}
        inputMode="numeric"
        autoComplete="off"
        required
        defaultValue={String(number ?? numbering.suggestedNumber)}
        errors={fieldErrors(state, "number")}
        hint={`Số trong sổ đăng ký. Gợi ý: ${numbering.suggestedNumber} (số tiếp theo của năm ${numbering.today.slice(0, 4)}).`}
      />
      <DateField
        id={`${idPrefix}-issue-date`}
        name="issueDate"
        label="Ngày ban hành"
        required
        defaultValue={issueDate ?? numbering.today}
        errors={fieldErrors(state, "issueDate")}
        hint={numbering.approvedOn ? `Từ ngày phê duyệt ${formatDate(numbering.approvedOn)} đến hôm nay` : "Không sau hôm nay"}
      />
    </div>
  );
}

/** Sửa số: number, symbol and date of an issued plan, with the reason; the history keeps old → new. */
function CorrectNumberForm({ planId, version, numbering, onCancel }: { planId: string; version: number; numbering: NumberingForm; onCancel: () => void }) {
  const { state, pending, onSubmit, formKey } = useFormAction(correctPlanNumberAction, { version });
  const current = numbering.current!;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sửa số kế hoạch" className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-700">
        Sửa số, ký hiệu, ngày ban hành cho khớp sổ đăng ký (hiện là số {current.label}
        {current.issueDate ? ` ngày ${formatDate(current.issueDate)}` : ""}). Chỉ sửa được khi chưa đính kèm bản đã ký; lý do được ghi vào lịch sử.
      </p>
      <FormMessage state={state} />
      <div key={formKey} className="space-y-3">
        <RegisterNumberFields numbering={numbering} state={state} idPrefix="correct" number={current.number} symbol={numbering.symbol} issueDate={current.issueDate} />
        <TextField id="correct-symbol" name="symbol" label="Ký hiệu" required defaultValue={numbering.symbol} errors={fieldErrors(state, "symbol")} hint="Ví dụ KH-SKHCN" autoCapitalize="characters" />
        <TextAreaField id="correct-reason" name="reason" label="Lý do sửa số" required rows={2} errors={fieldErrors(state, "reason")} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu số đã sửa"}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          Đóng
        </Button>
      </div>
    </form>
  );
}

function ActionForm({
  planId,
  version,
  action,
  onCancel,
  checklist = [],
  numbering = null,
}: {
  planId: string;
  version: number;
  action: PlanAction;
  onCancel: () => void;
  checklist?: CheckItem[];
  numbering?: NumberingForm | null;
}) {
  const { state, pending, onSubmit } = useFormAction(ACTIONS[action]);
  const confirm = CONFIRM[action];
  // Trình duyệt shows the checklist first; a newer list from the server replaces it (and asks again).
  const items = action === "submit" ? checklistToShow(state, checklist) : [];
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const itemsKey = items.map((i) => i.key).join("|");
  const isConfirmed = confirmed === itemsKey;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={WORKFLOW[action].label} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-700">{action === "issue" && numbering?.external && !numbering.current ? EXTERNAL_ISSUE_TEXT : confirm.text}</p>
      <FormMessage state={state} />
      {action === "submit" ? <SubmitChecklist items={items} confirmed={isConfirmed} onConfirm={(value) => setConfirmed(value ? itemsKey : null)} /> : null}
      {action === "issue" && numbering?.external && !numbering.current ? <RegisterNumberFields numbering={numbering} state={state} idPrefix="issue" /> : null}
      {confirm.comment ? (
        <TextAreaField
          id={`comment-${action}`}
          name="comment"
          label={confirm.commentLabel ?? "Ý kiến"}
          required={confirm.comment === "required"}
          rows={3}
          errors={fieldErrors(state, "comment")}
        />
      ) : (
        <input type="hidden" name="comment" value="" />
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant={confirm.danger ? "danger" : "primary"} disabled={pending || !checklistAllowsSubmit(items, isConfirmed)}>
          {pending ? "Đang xử lý…" : confirm.button}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          Hủy
        </Button>
      </div>
    </form>
  );
}

/** What the panel uses of the workflow: the reviews stay on the server (the page lists them), out of the client's props. */
export type WorkflowPanelData = Pick<PlanWorkflow, "rights" | "actions" | "version" | "checklist" | "numbering">;

export function WorkflowPanel({ planId, workflow }: { planId: string; workflow: WorkflowPanelData }) {
  const [open, setOpen] = useState<PlanAction | "correctNumber" | null>(null);
  const correct = workflow.rights.correctNumber && workflow.numbering?.current ? workflow.numbering : null;
  if (!workflow.actions.length && !correct) {
    return <p className="text-sm text-slate-600">Bạn không có thao tác nào với kế hoạch ở trạng thái này.</p>;
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {workflow.actions.map((action) => (
          <Button
            key={action}
            variant={open === action ? "primary" : "secondary"}
            aria-expanded={open === action}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {WORKFLOW[action].label}
          </Button>
        ))}
        {correct ? (
          <Button variant={open === "correctNumber" ? "primary" : "secondary"} aria-expanded={open === "correctNumber"} onClick={() => setOpen(open === "correctNumber" ? null : "correctNumber")}>
            Sửa số
          </Button>
        ) : null}
      </div>
      {open === "correctNumber" && correct ? <CorrectNumberForm planId={planId} version={workflow.version} numbering={correct} onCancel={() => setOpen(null)} /> : null}
      {open && open !== "correctNumber" ? (
        <ActionForm key={open} planId={planId} version={workflow.version} action={open} onCancel={() => setOpen(null)} checklist={workflow.checklist} numbering={workflow.numbering} />
      ) : null}
    </div>
  );
}
