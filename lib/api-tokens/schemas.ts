import { z } from "zod";
import { nullableDate, requiredText, uuid } from "@/lib/validation";

export const createTokenSchema = z.object({
  name: requiredText("Tên mã truy cập", 100),
  expiresOn: nullableDate("Ngày hết hạn"),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ id: uuid("Mã truy cập") });
