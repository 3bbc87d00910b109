"use client";
import { useEffect, useId, useRef, useState } from "react";
import { remindLeadUnitAction } from "@/lib/notifications/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = { activityId: string; unitName: string; activityLabel: string; remindedToday: boolean };

/**
 * "Nhắc đơn vị" from a row of Việc cần chú ý: the same action (and service) as
 * the activity page. A modal <dialog> keeps focus inside, closes with Esc and
 * gives focus back to the button; the result is announced in the row.
 */
export function AttentionRemind({ activityId, unitName, activityLabel, remindedToday }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The dialog exists only while open: a page of 50 rows carries 50 buttons, not 50 forms.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [open]);
  const { state, pending, onSubmit, formKey } = useFormAction(remindLeadUnitAction, { onSuccess: () => dialogRef.current?.close() });
  const id = useId();
  const already = state.status === "error" && state.reason === "ALREADY_REMINDED";
  const reminded = remindedToday || state.status === "success" || already;
  return (
    <div className="space-y-1">
      {reminded ? <p className="text-xs font-medium text-green-800">Đã nhắc hôm nay</p> : null}
      <div aria-live="polite" className="text-xs">
        {state.status === "success" ? <p className="text-green-800">{state.message}</p> : null}
      </div>
      {!reminded ? (
        <Button variant="secondary" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)} aria-label={`Nhắc ${unitName} về ${activityLabel}`}>
          Nhắc đơn vị
        </Button>
      ) : null}
      {open ? (
        <dialog ref={dialogRef} onClose={() => setOpen(false)} aria-labelledby={`${id}-title`} className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
          <form onSubmit={onSubmit} noValidate className="space-y-3 p-4" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`} className="text-base font-semibold">
              Nhắc {unitName}
            </h2>
            <p className="text-sm text-slate-700">{activityLabel}</p>
            <input type="hidden" name="activityId" value={activityId} />
            <FormMessage state={state} />
            <TextAreaField
              key={formKey}
              id={`${id}-message`}
              name="message"
              label="Lời nhắn (không bắt buộc)"
              rows={3}
              errors={fieldErrors(state, "message")}
              hint={`Cán bộ ${unitName} nhận thông báo (và thư, nếu họ đăng ký). Mỗi ngày nhắc một lần.`}
            />
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={() => dialogRef.current?.close()}>
                {already ? "Đóng" : "Hủy"}
              </Button>
              {already ? null : (
                <Button type="submit" disabled={pending}>
                  {pending ? "Đang gửi…" : "Gửi lời nhắc"}
                </Button>
              )}
            </div>
          </form>
        </dialog>
      ) : null}
    </div>
  );
}
