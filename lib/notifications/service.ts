// In-app notifications, written in the same transaction as what caused them.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownNotificationsWhere } from "@/lib/notifications/access";
import { allOf } from "@/lib/auth/filters";

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

export async function notifyUsers(tx: Tx, organizationId: string, userIds: Iterable<string>, notification: NewNotification, exceptUserId?: string) {
  const recipients = [...new Set(userIds)].filter((id) => id !== exceptUserId);
  if (!recipients.length) return 0;
  const result = await tx.notification.createMany({
    data: recipients.map((userId) => ({
      organizationId,
      userId,
      kind: notification.kind,
      title: notification.title,
      body: notification.body ?? "",
      link: notification.link,
      planId: notification.planId ?? null,
      activityId: notification.activityId ?? null,
      dedupeKey: notification.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

export async function markNotificationRead(tx: Tx, user: SessionUser, input: { id: string }) {
  const result = await tx.notification.updateMany({
    where: allOf<Prisma.NotificationWhereInput>(ownNotificationsWhere(user), { id: input.id, readAt: null }),
    data: { readAt: new Date() },
  });
  if (result.count === 0) {
    const exists = await tx.notification.count({ where: allOf<Prisma.NotificationWhereInput>(ownNotificationsWhere(user), { id: input.id }) });
    if (!exists) throw notFound("thông báo");
  }
}

export async function markAllNotificationsRead(tx: Tx, user: SessionUser) {
  const result = await tx.notification.updateMany({ where: allOf<Prisma.NotificationWhereInput>(ownNotificationsWhere(user), { readAt: null }), data: { readAt: new Date() } });
  return result.count;
}
