"use client";
import { useState } from "react";
import { saveTemplateAction } from "@/lib/plans/actions/create";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Saves the plan as a new template. Once saved, the form closes and says
 * which template was made (a second save with the same name would only be
 * refused); opening it again starts a new template.
 */
export function SaveTemplateForm({ planId, defaultName }: { planId: string; defaultName: string }) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit, formKey } = useFormAction(saveTemplateAction, { onSuccess: () => setOpen(false) });
  if (!open) {
    const button = (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Lưu làm mẫu
      </Button>
    );
    if (state.status !== "success") return button;
    return (
      <>
        {button}
        <div className="w-full">
          <FormMessage state={state} />
        </div>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Lưu làm mẫu" className="w-full space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage state={state} />
      <div key={formKey} className="space-y-2">
        <TextField id="template-name" name="name" label="Tên mẫu" required defaultValue={defaultName} errors={fieldErrors(state, "name")} />
        <TextField id="template-description" name="description" label="Mô tả" errors={fieldErrors(state, "description")} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu mẫu"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setOpen(false)}>
          Đóng
        </Button>
      </div>
    </form>
  );
}
