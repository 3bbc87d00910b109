"use client";
import { changeOwnPasswordAction } from "@/lib/users/actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/constants";

export function ChangePasswordForm() {
  const { state, pending, onSubmit } = useFormAction(changeOwnPasswordAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Đổi mật khẩu" className="grid max-w-md gap-3">
      <FormMessage state={state} />
      <TextField id="pw-current" name="currentPassword" type="password" autoComplete="current-password" label="Mật khẩu hiện tại" required errors={fieldErrors(state, "currentPassword")} />
      <TextField id="pw-new" name="newPassword" type="password" autoComplete="new-password" label="Mật khẩu mới" required errors={fieldErrors(state, "newPassword")} hint={`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự. Sau khi đổi, mọi phiên đăng nhập của bạn kết thúc.`} />
      <TextField id="pw-confirm" name="confirmPassword" type="password" autoComplete="new-password" label="Nhập lại mật khẩu mới" required errors={fieldErrors(state, "confirmPassword")} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang đổi…" : "Đổi mật khẩu"}
        </Button>
      </div>
    </form>
  );
}
