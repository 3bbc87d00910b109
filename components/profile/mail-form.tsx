"use client";
import { updateOwnMailAction } from "@/lib/users/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { MailFields } from "@/components/admin/user-forms";

export function MailSettingsForm({ email, preference, version }: { email: string; preference: string; version: number }) {
  const { state, pending, onSubmit, formKey } = useFormAction(updateOwnMailAction, { version });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nhận thông báo qua thư" className="grid max-w-md gap-3">
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <div key={formKey} className="grid gap-3">
        <MailFields prefix="own" state={state} email={email} preference={preference} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu"}
        </Button>
      </div>
    </form>
  );
}
