"use client";
import { Fragment } from "react";
import { addCommentAction } from "@/lib/activities/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, controlClass } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function CommentForm({ activityId, units }: { activityId: string; units: { id: string; shortName: string }[] }) {
  const { state, pending, onSubmit, formRef, formKey } = useFormAction(addCommentAction);
  const mention = (shortName: string) => {
    const textarea = formRef.current?.elements.namedItem("body") as HTMLTextAreaElement | null;
    if (!textarea) return;
    textarea.value = `${textarea.value}${textarea.value && !textarea.value.endsWith(" ") ? " " : ""}@${shortName} `;
    textarea.focus();
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Gửi trao đổi" className="space-y-2">
      <input type="hidden" name="activityId" value={activityId} />
      <FormMessage state={state} />
      <Fragment key={formKey}>
        <TextAreaField id={`comment-${activityId}`} name="body" label="Nội dung trao đổi" rows={3} required errors={fieldErrors(state, "body")} hint="Gõ @ và tên đơn vị (ví dụ @Phòng QLKH) để báo cho cán bộ đơn vị đó." />
      </Fragment>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block">Nhắc đơn vị</span>
          <select className={controlClass()} defaultValue="" onChange={(e) => {
            if (e.target.value) mention(e.target.value);
            e.target.value = "";
          }}>
            <option value="">— Chọn để chèn @đơn vị —</option>
            {units.map((u) => (
              <option key={u.id} value={u.shortName}>
                {u.shortName}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang gửi…" : "Gửi"}
        </Button>
      </div>
    </form>
  );
}
