// What else ends when an account is locked or an administrator resets its
// password: its personal API tokens and the calendar feeds made with its
// rights are revoked (for good: unlocking the account does not revive them,
// the user makes new ones), and every session of it ends.
import type { Tx } from "@/lib/db-client";
import type { RevokeReason } from "@/lib/generated/prisma/enums";
import { endAllSessions } from "@/lib/sessions/service";

export type RevokedCredentials = { tokens: number; feeds: number; sessions: number };

export async function revokeCredentials(tx: Tx, userId: string, reason: RevokeReason, now = new Date()): Promise<RevokedCredentials> {
  const revoke = { revokedAt: now, revokedReason: reason };
  const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: revoke });
  const feeds = await tx.calendarFeed.updateMany({ where: { createdById: userId, revokedAt: null }, data: revoke });
  const sessions = await endAllSessions(tx, userId);
  return { tokens: tokens.count, feeds: feeds.count, sessions };
}
