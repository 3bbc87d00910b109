import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/roles";

/** Who may create, replace or revoke a feed: calendarFeed.plan.manage for plans, calendarFeed.unit.manage for a unit (staff: their own). */
export function canManageFeed(user: Pick<SessionUser, "role" | "unitId">, target: { kind: "plan" } | { kind: "unit"; unitId: string }): boolean {
  if (target.kind === "plan") return can(user, "calendarFeed.plan.manage");
  return can(user, "calendarFeed.unit.manage", { ownUnit: target.unitId === user.unitId });
}

/** A feed that answers: not revoked, and the account it was made with not locked (or gone). */
export const LIVE_FEED = { revokedAt: null, OR: [{ createdById: null }, { createdBy: { active: true } }] } satisfies Prisma.CalendarFeedWhereInput;
