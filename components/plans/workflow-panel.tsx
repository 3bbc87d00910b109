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
import { TextAreaField } from "@/components/ui/field";
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

function ActionForm({ planId, version, action, onCancel, checklist = [] }: { planId: string; version: number; action: PlanAction; onCancel: () => void; checklist?: CheckItem[] }) {
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
      <p className="text-sm text-slate-700">{confirm.text}</p>
      <FormMessage state={state} />
      {action === "submit" ? <SubmitChecklist items={items} confirmed={isConfirmed} onConfirm={(value) => setConfirmed(value ? itemsKey : null)} /> : null}
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

export function WorkflowPanel({ planId, workflow }: { planId: string; workflow: PlanWorkflow }) {
  const [open, setOpen] = useState<PlanAction | null>(null);
  if (!workflow.actions.length) {
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
      </div>
      {open ? <ActionForm key={open} planId={planId} version={workflow.version} action={open} onCancel={() => setOpen(null)} checklist={workflow.checklist} /> : null}
    </div>
  );
}
