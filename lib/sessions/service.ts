// Server-side sessions. The session cookie (a next-auth JWT) carries the id
// of a Session row; a request is signed in only while that row exists and has
// not expired (lib/auth/session.ts checks it in the query that loads the
// user). Signing out deletes the row, so a copied cookie stops working at once.
import type { Db, Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { sessionUsers } from "@/lib/auth/session-cache";

/**
 * Records a sign-in and returns the new session's id. Expired rows (of anyone)
 * are deleted here: sign-ins are frequent enough to keep the table at the size
 * of the signed-in users, with no job to schedule on every app instance.
 */
export async function startSession(db: Db | Tx, userId: string, maxAgeSeconds: number, now = new Date()): Promise<string> {
  await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  const session = await db.session.create({
    data: { userId, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Sign-out: this browser's session ends; the user's other sessions go on. */
export async function endSession(db: Db | Tx, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
  // This instance signs the cookie out at once; the others within a second (lib/auth/session-cache.ts).
  sessionUsers().forgetSession(sessionId);
}

/** Ends every session of the user; returns how many there were. */
export async function endAllSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  sessionUsers().forgetUser(userId);
  return count;
}

/**
 * "Đăng xuất trên mọi thiết bị": every session of the caller ends, this one
 * included. The session version is bumped too, so a sign-in racing with this
 * call (its JWT made with the old version) ends as well. API tokens and
 * calendar feeds are not sessions and keep working.
 */
export async function signOutEverywhere(tx: Tx, user: SessionUser, _input: unknown) {
  const sessions = await endAllSessions(tx, user.id);
  await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  await writeAudit(tx, user, user.organizationId, { action: "sign-out-everywhere", entityType: "User", entityId: user.id, after: { sessions } });
  return { sessions };
}
