"use client";
import { createUserAction, resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/users/actions";
import { DEFAULT_ROLE, ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/constants";
import { MAIL_PREFERENCES, MAIL_PREFERENCE_LABELS } from "@/lib/users/mail-preferences";
import type { UserRow } from "@/lib/users/queries";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { RowForm } from "@/components/admin/row-form";
import type { FormState } from "@/lib/form-state";

export type UnitOption = { id: string; name: string };

function ProfileFields({ prefix, state, units, user }: { prefix: string; state: FormState; units: UnitOption[]; user?: UserRow }) {
  return (
    <>
      <TextField id={`${prefix}-name`} name="displayName" label="Họ và tên" required defaultValue={user?.displayName} errors={fieldErrors(state, "displayName")} />
      <TextField id={`${prefix}-title`} name="jobTitle" label="Chức vụ" defaultValue={user?.jobTitle} errors={fieldErrors(state, "jobTitle")} />
      <SelectField id={`${prefix}-role`} name="role" label="Vai trò" defaultValue={user?.role ?? DEFAULT_ROLE} errors={fieldErrors(state, "role")}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${prefix}-unit`} name="unitId" label="Đơn vị" defaultValue={user?.unitId ?? ""} errors={fieldErrors(state, "unitId")} hint="Bắt buộc với cán bộ đơn vị.">
        <option value="">— Không thuộc đơn vị —</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </SelectField>
      <MailFields prefix={prefix} state={state} email={user?.email ?? ""} preference={user?.mailPreference ?? "IMMEDIATE"} />
    </>
  );
}

/** Where and when notifications are mailed; shared with the profile page's form. */
export function MailFields({ prefix, state, email, preference }: { prefix: string; state: FormState; email: string; preference: string }) {
  return (
    <>
      <TextField id={`${prefix}-email`} name="email" type="email" label="Địa chỉ thư" autoComplete="email" defaultValue={email} errors={fieldErrors(state, "email")} hint="Để trống: chỉ nhận thông báo trong ứng dụng." />
      <SelectField id={`${prefix}-mail`} name="mailPreference" label="Nhận thư" defaultValue={preference} errors={fieldErrors(state, "mailPreference")}>
        {MAIL_PREFERENCES.map((value) => (
          <option key={value} value={value}>
            {MAIL_PREFERENCE_LABELS[value]}
          </option>
        ))}
      </SelectField>
    </>
  );
}

export function UserCreateForm({ units }: { units: UnitOption[] }) {
  const { state, pending, onSubmit, formKey } = useFormAction(createUserAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Tạo tài khoản">
      <FormMessage state={state} />
      <div key={formKey} className="grid gap-3 md:grid-cols-3">
        <TextField id="new-username" name="username" label="Tên đăng nhập" required autoComplete="off" errors={fieldErrors(state, "username")} />
        <TextField
          id="new-password"
          name="password"
          type="password"
          label="Mật khẩu ban đầu"
          required
          autoComplete="new-password"
          errors={fieldErrors(state, "password")}
          hint={`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`}
        />
        <ProfileFields prefix="new" state={state} units={units} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang tạo…" : "Tạo tài khoản"}
      </Button>
    </form>
  );
}

export function UserEditForm({ user, units }: { user: UserRow; units: UnitOption[] }) {
  const form = useFormAction(updateUserAction, { version: user.version });
  return (
    <RowForm summary="Sửa" label={`Sửa tài khoản ${user.username}`} row={user} form={form} submitLabel="Lưu">
      <div key={form.formKey} className="space-y-2">
        <ProfileFields prefix={`user-${user.id}`} state={form.state} units={units} user={user} />
      </div>
    </RowForm>
  );
}

export function ResetPasswordForm({ user }: { user: UserRow }) {
  const form = useFormAction(resetPasswordAction);
  return (
    <RowForm summary="Đặt lại mật khẩu" label={`Đặt lại mật khẩu ${user.username}`} row={user} form={form} submitLabel="Đặt lại">
      <TextField key={form.formKey} id={`pw-${user.id}`} name="password" type="password" label="Mật khẩu mới" required autoComplete="new-password" errors={fieldErrors(form.state, "password")} />
    </RowForm>
  );
}

export function UserActiveToggle({ user, self }: { user: UserRow; self: boolean }) {
  if (self) return null;
  return (
    <ActiveToggle
      action={setUserActiveAction}
      row={user}
      confirm={`Khóa tài khoản “${user.username}”? Người dùng sẽ bị đăng xuất ngay; mã truy cập API và đường dẫn lịch họ đã tạo bị thu hồi hẳn (mở khóa không làm chúng dùng lại được).`}
      labels={{ deactivate: "Khóa tài khoản", activate: "Mở khóa" }}
    />
  );
}
