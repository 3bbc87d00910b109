import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownNotificationsWhere } from "@/lib/notifications/access";
import { allOf } from "@/lib/auth/filters";
import { unreadCounts, type UnreadCounts } from "@/lib/notifications/unread-cache";

export function countUnread(user: SessionUser) {
  return db.notification.count({ where: allOf<Prisma.NotificationWhereInput>(ownNotificationsWhere(user), { readAt: null }) });
}

/** The header bell's count: read at most once a second per process (lib/notifications/unread-cache.ts). */
export function unreadForBell(user: SessionUser, counts: UnreadCounts = unreadCounts()) {
  return counts.get(user.id, () => countUnread(user));
}

export function listNotifications(user: SessionUser, limit = 100) {
  return db.notification.findMany({
    where: ownNotificationsWhere(user),
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}
