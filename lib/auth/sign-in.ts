// Checks a username and password. Used by next-auth's Credentials provider.
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { attemptSucceeded, deviceHash, reserveAttempt, type AttemptSource } from "@/lib/auth/throttle";
import { SIGN_IN_MESSAGES, tooManyAttemptsMessage } from "@/lib/auth/sign-in-errors";
import { addressKey } from "@/lib/security/client-address";

export { SIGN_IN_MESSAGES };

export type SignedInUser = { id: string; sessionVersion: number };

/** A refused attempt: RATE_LIMITED with the wait in details.retryAfterSeconds. */
export function retryAfterSeconds(error: AppError): number {
  return (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 0;
}

export async function signInWithPassword(
  db: Db,
  input: { username: string; password: string; address: string; device?: string | null },
): Promise<SignedInUser> {
  // PostgreSQL cannot compare text with NUL in it (the lookup would fail, and
  // next-auth would put the driver's message in the sign-in page's address);
  // no username holds NUL or half a character, so such a name matches no one.
  const username = input.username.replace(/\u0000|\p{Surrogate}/gu, "\ufffd").trim().toLowerCase();
  if (!username || !input.password) throw new AppError("UNAUTHENTICATED", SIGN_IN_MESSAGES.INVALID);
  const source: AttemptSource = { username, address: addressKey(input.address), device: input.device ? deviceHash(input.device) : null };
  const reservation = await reserveAttempt(db, source);
  if ("waitSeconds" in reservation) {
    throw new AppError("RATE_LIMITED", tooManyAttemptsMessage(reservation.waitSeconds), { details: { retryAfterSeconds: reservation.waitSeconds } });
  }
  const user = await db.user.findUnique({ where: { username } });
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyAgainstNothing(input.password), false);
  // A wrong password leaves the attempt counted as a failure.
  if (!user || !ok || !user.active) throw new AppError("UNAUTHENTICATED", SIGN_IN_MESSAGES.INVALID);
  await attemptSucceeded(db, reservation, source);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, sessionVersion: user.sessionVersion };
}
