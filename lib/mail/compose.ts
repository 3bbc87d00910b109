// The text of the app's mail, in Vietnamese: one message per notification, or
// one digest a day. Pure functions: the outbox stores what they return, so an
// administrator reads in demo mode exactly what would have been sent.
import { formatDate, formatDateTime, type CalendarDate } from "@/lib/dates";

export type MailNotification = { title: string; body: string; link: string; createdAt: Date };
export type ComposedMail = { subject: string; text: string };

const SIGNATURE = "—\nThư tự động từ Kehoach. Đổi cách nhận thư ở trang Tài khoản: ";

/** An app path ("/activities/…") as an absolute address. */
export function absoluteLink(baseUrl: string, link: string): string {
  return new URL(link, `${baseUrl.replace(/\/$/, "")}/`).toString();
}

// Subjects stay on one line whatever the notification holds.
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

export function composeNotificationMail(notification: Omit<MailNotification, "createdAt">, baseUrl: string): ComposedMail {
  const lines = [notification.title, ""];
  if (notification.body.trim()) lines.push(notification.body.trim(), "");
  lines.push(`Xem chi tiết: ${absoluteLink(baseUrl, notification.link)}`, "", `${SIGNATURE}${absoluteLink(baseUrl, "/profile")}`);
  return { subject: `[Kehoach] ${oneLine(notification.title)}`, text: lines.join("\n") };
}

/** One message with the day's notifications, newest last, each with its link. */
export function composeDigestMail(day: CalendarDate, notifications: MailNotification[], baseUrl: string): ComposedMail {
  const lines = [`Trong 24 giờ qua bạn có ${notifications.length} thông báo mới:`, ""];
  notifications.forEach((n, index) => {
    lines.push(`${index + 1}. ${oneLine(n.title)}`);
    if (n.body.trim()) lines.push(`   ${oneLine(n.body)}`);
    lines.push(`   ${formatDateTime(n.createdAt)} · ${absoluteLink(baseUrl, n.link)}`, "");
  });
  lines.push(`Tất cả thông báo: ${absoluteLink(baseUrl, "/notifications")}`, "", `${SIGNATURE}${absoluteLink(baseUrl, "/profile")}`);
  return { subject: `[Kehoach] Tổng hợp thông báo ngày ${formatDate(day)} (${notifications.length})`, text: lines.join("\n") };
}

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60_000;

/** The wait before the next try after `attempts` failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/** An SMTP answer in the 5xx range will not change on a retry (unknown mailbox, refused sender). */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
