// How a user may get mail. Kept apart from lib/users/schemas.ts, which checks
// passwords against a 49,000-word dictionary: client forms import only this.
export const MAIL_PREFERENCES = ["IMMEDIATE", "DIGEST", "OFF"] as const;
export type MailPreferenceValue = (typeof MAIL_PREFERENCES)[number];
export const MAIL_PREFERENCE_LABELS: Record<MailPreferenceValue, string> = {
  IMMEDIATE: "Gửi ngay từng thông báo",
  DIGEST: "Một thư tổng hợp lúc 07:00 hằng ngày",
  OFF: "Không gửi thư",
};
