// Telling those who lead a plan when its work is in trouble: the Sở's leaders
// (whoever the rights map lets review plans) and the staff of the plan's
// drafting unit. Written in the caller's transaction.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { rolesWith } from "@/lib/auth/roles";
import { clip } from "@/lib/text";
import { notifyUsers } from "@/lib/notifications/service";
import { forgetUnread } from "@/lib/notifications/unread-cache";
import { planReference } from "@/lib/notifications/plan-reference";

/** The Sở's leaders and the drafting unit's staff of each plan, by plan id. */
export async function planLeadersByPlan(tx: Tx, plans: { id: string; organizationId: string; draftingUnitId: string | null }[]): Promise<Map<string, string[]>> {
  const organizations = [...new Set(plans.map((p) => p.organizationId))];
  const units = [...new Set(plans.flatMap((p) => (p.draftingUnitId ? [p.draftingUnitId] : [])))];
  const users = organizations.length
    ? await tx.user.findMany({
        where: { active: true, organizationId: { in: organizations }, OR: [{ role: { in: rolesWith("plan.review") } }, { unitId: { in: units } }] },
        select: { id: true, organizationId: true, unitId: true, role: true },
      })
    : [];
  const reviewers = new Set(rolesWith("plan.review"));
  return new Map(
    plans.map((plan) => [
      plan.id,
      users.filter((u) => u.organizationId === plan.organizationId && (reviewers.has(u.role) || (plan.draftingUnitId !== null && u.unitId === plan.draftingUnitId))).map((u) => u.id),
    ]),
  );
}

type BlockedActivity = { id: string; organizationId: string; planId: string; content: string };

/** An activity has just become Vướng mắc: its plan's leaders hear it, with the reason. */
export async function notifyBlocked(tx: Tx, user: SessionUser, activity: BlockedActivity, reason: string) {
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: activity.planId }, select: { id: true, organizationId: true, draftingUnitId: true, title: true, number: true, symbol: true } });
  const recipients = (await planLeadersByPlan(tx, [plan])).get(plan.id) ?? [];
  const content = activity.content.length > 120 ? `${clip(activity.content, 117)}…` : activity.content;
  const who = `${user.displayName}${user.unitName ? ` (${user.unitName})` : ""}`;
  return notifyUsers(
    tx,
    activity.organizationId,
    recipients,
    {
      kind: "activity.blocked",
      title: `Vướng mắc: ${content}`,
      body: `${planReference(plan)}. ${who} báo vướng mắc${reason.trim() ? `: ${reason.trim()}` : "."}`,
      link: `/activities/${activity.id}`,
      planId: plan.id,
      activityId: activity.id,
    },
    user.id,
  );
}

/**
 * Once a plan leaves "Chờ duyệt" the notifications asking to review it are done, and once it is issued (or taken
 * back from "Đã duyệt") those asking to issue it: they are marked read.
 */
export async function resolvePlanWaiting(tx: Tx, planId: string, kind: "plan.submitted" | "plan.awaitingIssue" = "plan.submitted") {
  const read = await tx.notification.updateManyAndReturn({ where: { planId, kind, readAt: null }, data: { readAt: new Date() }, select: { userId: true } });
  forgetUnread(read.map((row) => row.userId));
  return read.length;
}
