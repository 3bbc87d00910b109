"use server";
import { formAction } from "@/lib/action";
import { createTokenSchema, revokeTokenSchema } from "@/lib/api-tokens/schemas";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/service";

export const createApiTokenAction = formAction({
  name: "createApiToken",
  schema: createTokenSchema,
  run: createApiToken,
  after: (result) => ({ message: "Đã tạo mã truy cập. Hãy sao chép ngay: mã chỉ hiện một lần.", data: { token: result.token }, revalidate: ["/profile"] }),
});

export const revokeApiTokenAction = formAction({
  name: "revokeApiToken",
  schema: revokeTokenSchema,
  run: revokeApiToken,
  after: () => ({ message: "Đã thu hồi mã truy cập.", revalidate: ["/profile"] }),
});
