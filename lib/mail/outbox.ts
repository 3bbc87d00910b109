// Writing to the outbox, in the caller's transaction: a notification and its
// mail are stored together or not at all, and the worker sends later.
import type { Tx } from "@/lib/db-client";
import { mailBaseUrl } from "@/lib/env";
import { composeNotificationMail } from "@/lib/mail/compose";

export type StoredNotification = { id: string; organizationId: string; userId: string; title: string; body: string; link: string };

/** One message per notification whose recipient has an address and wants mail at once. */
export async function enqueueNotificationMail(tx: Tx, notifications: StoredNotification[]): Promise<number> {
  if (!notifications.length) return 0;
  const recipients = await tx.user.findMany({
    where: { id: { in: [...new Set(notifications.map((n) => n.userId))] }, active: true, mailPreference: "IMMEDIATE", email: { not: null } },
    select: { id: true, email: true },
  });
  const addressOf = new Map(recipients.map((r) => [r.id, r.email!]));
  const baseUrl = mailBaseUrl();
  const data = notifications
    .filter((n) => addressOf.has(n.userId))
    .map((n) => ({
      organizationId: n.organizationId,
      userId: n.userId,
      toAddress: addressOf.get(n.userId)!,
      kind: "notification",
      dedupeKey: `notification:${n.id}`,
      ...composeNotificationMail(n, baseUrl),
    }));
  if (!data.length) return 0;
  return (await tx.mailMessage.createMany({ data, skipDuplicates: true })).count;
}
