// Slows down password guessing: too many failures for one username, or from
// one address, within the window lock further attempts until it passes.
import type { Db } from "@/lib/db-client";

export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerUsername: 5,
  maxFailuresPerAddress: 20,
};

export async function isLockedOut(db: Db, username: string, address: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [byUsername, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { username, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { address, success: false, createdAt: { gte: since } } }),
  ]);
  return byUsername >= THROTTLE.maxFailuresPerUsername || byAddress >= THROTTLE.maxFailuresPerAddress;
}

export async function recordAttempt(db: Db, username: string, address: string, success: boolean) {
  await db.loginAttempt.create({ data: { username, address, success } });
  // A success clears the username's failures, so a user who finally typed it right is not locked later.
  if (success) await db.loginAttempt.deleteMany({ where: { username, success: false } });
}
