import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { checkbox, nullableId, optionalText, requiredText, storableText, uuid, version } from "@/lib/validation";

import { PASSWORD_MIN_LENGTH } from "@/lib/users/constants";
import { isCommonPassword } from "@/lib/users/common-passwords";
import { MAIL_PREFERENCES, MAIL_PREFERENCE_LABELS, type MailPreferenceValue } from "@/lib/users/mail-preferences";

export { PASSWORD_MIN_LENGTH };

export const passwordSchema = storableText(
  z
    .string({ error: "Mật khẩu là bắt buộc." })
    .min(PASSWORD_MIN_LENGTH, `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`)
    .max(200, "Mật khẩu dài tối đa 200 ký tự."),
  "Mật khẩu",
).refine((value) => !isCommonPassword(value), "Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác.");

export const usernameSchema = z
  .string({ error: "Tên đăng nhập là bắt buộc." })
  .trim()
  .toLowerCase()
  .min(3, "Tên đăng nhập có ít nhất 3 ký tự.")
  .max(40, "Tên đăng nhập dài tối đa 40 ký tự.")
  .regex(/^[a-z0-9._-]+$/, "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.");

// An empty select is left out of the form: no unit.
const optionalUnitId = nullableId("Đơn vị");

export { MAIL_PREFERENCES, MAIL_PREFERENCE_LABELS, type MailPreferenceValue };

const validEmail = z.email();
/** An e-mail address; empty clears it (null), absent leaves it as it is (undefined). */
export const emailSchema = z
  .string({ error: "Địa chỉ thư không hợp lệ." })
  .trim()
  .toLowerCase()
  .max(254, "Địa chỉ thư dài tối đa 254 ký tự.")
  .refine((value) => value === "" || validEmail.safeParse(value).success, "Địa chỉ thư không hợp lệ (ví dụ: ten@langson.gov.vn).")
  .transform((value) => value || null)
  .optional();

export const mailPreferenceSchema = z.enum(MAIL_PREFERENCES, { error: "Chọn cách nhận thư." }).optional();

/** How a user gets mail: their address and when. */
const mailFields = { email: emailSchema, mailPreference: mailPreferenceSchema };

const profileFields = {
  displayName: requiredText("Họ và tên", 120),
  jobTitle: optionalText("Chức vụ", 120),
  role: z.enum(ROLES, { error: "Chọn vai trò." }),
  unitId: optionalUnitId,
  ...mailFields,
};

export const updateOwnMailSchema = z.object({ version, ...mailFields });
export type UpdateOwnMailInput = z.infer<typeof updateOwnMailSchema>;

export const createUserSchema = z.object({ username: usernameSchema, password: passwordSchema, ...profileFields });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({ id: uuid("Người dùng"), version, ...profileFields });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ id: uuid("Người dùng"), version, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const setUserActiveSchema = z.object({ id: uuid("Người dùng"), version, active: checkbox });
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Nhập mật khẩu hiện tại." }).min(1, "Nhập mật khẩu hiện tại."),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Nhập lại mật khẩu mới." }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "Mật khẩu nhập lại không khớp." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "Mật khẩu mới phải khác mật khẩu hiện tại." });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;
