import type { SessionUser } from "@/lib/auth/user";

/** Who may create, replace or revoke a feed: leaders and admins; staff for their own unit and for plans. */
export function canManageFeed(user: Pick<SessionUser, "role" | "unitId">, target: { kind: "plan" } | { kind: "unit"; unitId: string }): boolean {
  if (user.role === "LEADER" || user.role === "ADMIN") return true;
  if (user.role !== "STAFF") return false;
  return target.kind === "plan" || target.unitId === user.unitId;
}
