import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";

/** How many browsers the user is signed in on now, this one included. */
export function countOwnSessions(user: SessionUser, now = new Date()): Promise<number> {
  return db.session.count({ where: { userId: user.id, expiresAt: { gt: now } } });
}
