// Who hears about a plan: its reviewers, its drafters, the units it names.
import type { Tx } from "@/lib/db-client";
import { rolesHearing, rolesWith } from "@/lib/auth/roles";

/** Everyone who may approve or return a plan (the Sở's leaders). */
export async function reviewerIds(tx: Tx, organizationId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { organizationId, role: { in: rolesWith("plan.review") }, active: true }, select: { id: true } });
  return users.map((u) => u.id);
}

/** Who keeps the register and is told when an approved plan waits for its number (the văn thư). */
export async function awaitingIssueIds(tx: Tx, organizationId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { organizationId, role: { in: rolesHearing("plan.awaitingIssue") }, active: true }, select: { id: true } });
  return users.map((u) => u.id);
}

/** The plan's author and whoever submitted it last. */
export async function drafterIds(tx: Tx, plan: { id: string; createdById: string | null }): Promise<string[]> {
  const lastSubmit = await tx.planReview.findFirst({
    where: { planId: plan.id, toStatus: "SUBMITTED" },
    orderBy: { createdAt: "desc" },
    select: { actorId: true },
  });
  return [plan.createdById, lastSubmit?.actorId].filter((id): id is string => Boolean(id));
}

/**
 * For every user of a unit the plan names (as lead or supporter, groups
 * expanded to their members): how many activities the unit leads and supports.
 */
export async function namedUnitUsers(tx: Tx, organizationId: string, planId: string) {
  const activities = await tx.activity.findMany({
    where: { planId },
    select: { leadUnitId: true, supporters: { select: { unitId: true } } },
  });
  const groups = await tx.unitGroupMember.findMany({ where: { organizationId }, select: { groupId: true, memberId: true } });
  const expand = (unitId: string) => [unitId, ...groups.filter((g) => g.groupId === unitId).map((g) => g.memberId)];
  const counts = new Map<string, { lead: number; support: number }>();
  const bump = (unitId: string, key: "lead" | "support") => {
    const entry = counts.get(unitId) ?? { lead: 0, support: 0 };
    entry[key] += 1;
    counts.set(unitId, entry);
  };
  for (const activity of activities) {
    bump(activity.leadUnitId, "lead");
    const supporters = new Set(activity.supporters.flatMap((s) => expand(s.unitId)));
    supporters.delete(activity.leadUnitId);
    supporters.forEach((unitId) => bump(unitId, "support"));
  }
  const users = await tx.user.findMany({
    where: { organizationId, active: true, unitId: { in: [...counts.keys()] } },
    select: { id: true, unitId: true },
  });
  return users.map((user) => ({ userId: user.id, ...counts.get(user.unitId!)! }));
}
