import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { markIfDatabaseUnavailable } from "@/lib/db-errors";
import { sessionClaims } from "@/lib/auth/session-token";
import { SESSION_USER_SELECT, toSessionUser, type SessionUser } from "@/lib/auth/user";
import { sessionUsers, type SessionUserCache } from "@/lib/auth/session-cache";

/**
 * The user behind this request's session, read from the database at most a
 * second ago (lib/auth/session-cache.ts), so a deactivated user, a changed
 * password or a sign-out ends the session within a second on every instance,
 * and at once on the instance that made the change. Once per request (cache()).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await sessionClaims();
  if (!session) return null;
  // Every page asks this first: when the database is down, its error page says so.
  return loadSessionUser(session.uid, session.sv ?? 0, session.sid).catch((error: unknown) => {
    throw markIfDatabaseUnavailable(error);
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user of a session cookie: active, with the session version the cookie
 * was made with, and the cookie's session still on record and unexpired. One
 * query: the session is checked inside the user's WHERE; its answer is kept
 * for at most a second by `cache` (this process's, or another instance's in
 * tests). A cookie without a session id (made before sessions were recorded)
 * is signed out.
 */
export async function loadSessionUser(userId: string, sessionVersion: number, sessionId: string | undefined, cache: SessionUserCache = sessionUsers()): Promise<SessionUser | null> {
  if (!sessionId || !UUID.test(sessionId)) return null;
  return cache.get({ userId, sessionVersion, sessionId }, () =>
    findActiveUser({ id: userId, sessionVersion, sessions: { some: { id: sessionId, expiresAt: { gt: new Date() } } } }),
  );
}

/**
 * The user of a personal API token (lib/api/auth.ts has checked the token
 * itself), remembered like a session's user: deactivating the user or changing
 * their role reaches it as it reaches their sessions.
 */
export function loadTokenUser(userId: string, tokenId: string, cache: SessionUserCache = sessionUsers()): Promise<SessionUser | null> {
  return cache.get({ userId, sessionVersion: 0, sessionId: `token:${tokenId}` }, () => findActiveUser({ id: userId }));
}

async function findActiveUser(where: Prisma.UserWhereInput): Promise<SessionUser | null> {
  const user = await db.user.findFirst({ where: { AND: [where, { active: true }] }, select: SESSION_USER_SELECT });
  return user ? toSessionUser(user) : null;
}

/** For pages and server actions: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
