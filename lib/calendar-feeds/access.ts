import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";

/** Who may create, replace or revoke a feed: leaders and admins; staff for their own unit and for plans. */
export function canManageFeed(user: Pick<SessionUser, "role" | "unitId">, target: { kind: "plan" } | { kind: "unit"; unitId: string }): boolean {
  if (user.role === "LEADER" || user.role === "ADMIN") return true;
  if (user.role !== "STAFF") return false;
  return target.kind === "plan" || target.unitId === user.unitId;
}

/** A feed that answers: not revoked, and the account it was made with not locked (or gone). */
export const LIVE_FEED = { revokedAt: null, OR: [{ createdById: null }, { createdBy: { active: true } }] } satisfies Prisma.CalendarFeedWhereInput;
