import type { RevokeReason } from "@/lib/generated/prisma/enums";

/** Why a token or a calendar feed no longer works, as the profile page says it. */
export const REVOKE_REASON_LABELS: Record<RevokeReason, string> = {
  MANUAL: "thu hồi theo yêu cầu",
  REPLACED: "đã thay bằng đường dẫn mới",
  USER_DEACTIVATED: "tài khoản bị khóa",
  PASSWORD_RESET: "quản trị viên đặt lại mật khẩu",
};
