"use server";
import { formAction } from "@/lib/action";
import { changeOwnPasswordSchema, createUserSchema, resetPasswordSchema, setUserActiveSchema, updateOwnMailSchema, updateUserSchema } from "@/lib/users/schemas";
import { changeOwnPassword, createUser, resetPassword, setUserActive, updateOwnMail, updateUser } from "@/lib/users/service";

export const createUserAction = formAction({
  name: "createUser",
  schema: createUserSchema,
  run: createUser,
  after: (user) => ({ message: `Đã tạo tài khoản “${user.username}”.`, revalidate: ["/users"] }),
});

export const updateUserAction = formAction({
  name: "updateUser",
  schema: updateUserSchema,
  run: updateUser,
  after: () => ({ message: "Đã lưu tài khoản.", revalidate: ["/users"] }),
});

export const resetPasswordAction = formAction({
  name: "resetPassword",
  schema: resetPasswordSchema,
  run: resetPassword,
  after: () => ({ message: "Đã đặt lại mật khẩu. Người dùng cần đăng nhập lại; mã truy cập API và đường dẫn lịch họ đã tạo đã bị thu hồi.", revalidate: ["/users"] }),
});

export const setUserActiveAction = formAction({
  name: "setUserActive",
  schema: setUserActiveSchema,
  run: setUserActive,
  after: (_r, input) => ({ message: input.active ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản.", revalidate: ["/users"] }),
});

export const changeOwnPasswordAction = formAction({
  name: "changeOwnPassword",
  schema: changeOwnPasswordSchema,
  run: changeOwnPassword,
  after: () => ({ redirectTo: "/login?changed=1" }),
});

export const updateOwnMailAction = formAction({
  name: "updateOwnMail",
  schema: updateOwnMailSchema,
  run: updateOwnMail,
  after: (saved) => ({ message: "Đã lưu cách nhận thư.", revalidate: ["/profile"], data: saved }),
});
