"use client";
import { remindLeadUnitAction } from "@/lib/notifications/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

/** "Nhắc đơn vị": a leader reminds the lead unit, with an optional message (once a day). */
export function RemindUnitForm({ activityId, unitName }: { activityId: string; unitName: string }) {
  const { state, pending, onSubmit, formKey } = useFormAction(remindLeadUnitAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nhắc đơn vị chủ trì" className="space-y-2">
      <input type="hidden" name="activityId" value={activityId} />
      <FormMessage state={state} />
      <TextAreaField
        key={formKey}
        id={`remind-${activityId}`}
        name="message"
        label="Lời nhắn (không bắt buộc)"
        rows={2}
        errors={fieldErrors(state, "message")}
        hint={`Cán bộ ${unitName} nhận thông báo (và thư, nếu họ đăng ký). Mỗi ngày nhắc một lần.`}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Đang gửi…" : `Nhắc ${unitName}`}
      </Button>
    </form>
  );
}
