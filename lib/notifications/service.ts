// In-app notifications, written in the same transaction as what caused them.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownNotificationsWhere } from "@/lib/notifications/access";
import { allOf } from "@/lib/auth/filters";
import { enqueueNotificationMail } from "@/lib/mail/outbox";
import { forgetUnread } from "@/lib/notifications/unread-cache";

export type NewNotification = {
  kind: string;
  title: string;
  body?: string;
  link: string;
  planId?: string | null;
  activityId?: string | null;
  /** Sent once per user and key (reminders). */
  dedupeKey?: string | null;
};

export type NotificationRow = NewNotification & { organizationId: string; userId: string };

/**
 * Stores notifications (a dedupe key already used for a user adds nothing) and,
 * in the same transaction, queues the mail of those just stored.
 */
export async function insertNotifications(tx: Tx, rows: NotificationRow[]) {
  if (!rows.length) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: rows.map((row) => ({
      organizationId: row.organizationId,
      userId: row.userId,
      kind: row.kind,
      title: row.title,
      body: row.body ?? "",
      link: row.link,
      planId: row.planId ?? null,
      activityId: row.activityId ?? null,
      dedupeKey: row.dedupeKey ?? null,
    })),
    skipDuplicates: true,
    select: { id: true, organizationId: true, userId: true, title: true, body: true, link: true },
  });
  await enqueueNotificationMail(tx, created);
  forgetUnread(created.map((row) => row.userId));
  return created.length;
}

export async function notifyUsers(tx: Tx, organizationId: string, userIds: Iterable<string>, notification: NewNotification, exceptUserId?: string) {
  const recipients = [...new Set(userIds)].filter((id) => id !== exceptUserId);
  return insertNotifications(tx, recipients.map((userId) => ({ ...notification, organizationId, userId })));
}

export async function markNotificationRead(tx: Tx, user: SessionUser, input: { id: string }) {
  const result = await tx.notification.updateMany({
    where: allOf<Prisma.NotificationWhereInput>(ownNotificationsWhere(user), { id: input.id, readAt: null }),
    data: { readAt: new Date() },
  });
  forgetUnread([user.id]);
  if (result.count === 0) {
    const exists = await tx.notification.count({ where: allOf<Prisma.NotificationWhereInput>(ownNotificationsWhere(user), { id: input.id }) });
    if (!exists) throw notFound("thông báo");
  }
}

export async function markAllNotificationsRead(tx: Tx, user: SessionUser) {
  const result = await tx.notification.updateMany({ where: allOf<Prisma.NotificationWhereInput>(ownNotificationsWhere(user), { readAt: null }), data: { readAt: new Date() } });
  forgetUnread([user.id]);
  return result.count;
}
