// Checks a username and password. Used by next-auth's Credentials provider.
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { isLockedOut, recordAttempt } from "@/lib/auth/throttle";

export const SIGN_IN_MESSAGES = {
  INVALID: "Tên đăng nhập hoặc mật khẩu không đúng.",
  LOCKED: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
} as const;

export type SignedInUser = { id: string; sessionVersion: number };

export async function signInWithPassword(
  db: Db,
  input: { username: string; password: string; address: string },
): Promise<SignedInUser> {
  // PostgreSQL cannot compare text with NUL in it (the lookup would fail, and
  // next-auth would put the driver's message in the sign-in page's address);
  // no username holds NUL or half a character, so such a name matches no one.
  const username = input.username.replace(/\u0000|\p{Surrogate}/gu, "\ufffd").trim().toLowerCase();
  if (!username || !input.password) throw new AppError("UNAUTHENTICATED", SIGN_IN_MESSAGES.INVALID);
  if (await isLockedOut(db, username, input.address)) {
    throw new AppError("RATE_LIMITED", SIGN_IN_MESSAGES.LOCKED);
  }
  const user = await db.user.findUnique({ where: { username } });
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyAgainstNothing(input.password), false);
  if (!user || !ok || !user.active) {
    await recordAttempt(db, username, input.address, false);
    throw new AppError("UNAUTHENTICATED", SIGN_IN_MESSAGES.INVALID);
  }
  await recordAttempt(db, username, input.address, true);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, sessionVersion: user.sessionVersion };
}
