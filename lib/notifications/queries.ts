import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";

export function countUnread(user: SessionUser) {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export function listNotifications(user: SessionUser, limit = 100) {
  return db.notification.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}
