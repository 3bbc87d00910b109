import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { readablePlansWhere } from "@/lib/plans/access";
import { describeAudit } from "@/lib/audit/describe";
import { can } from "@/lib/auth/roles";
import { allOf } from "@/lib/auth/filters";

/** "Lịch sử thay đổi": every audit entry of the plan, newest first, in Vietnamese. */
export async function getPlanHistory(user: SessionUser, planId: string, limit = 300) {
  const plan = await db.plan.findFirst({ where: allOf(readablePlansWhere(user), { id: planId }), select: { id: true } });
  if (!plan || !can(user, "audit.read")) throw notFound("kế hoạch");
  const [entries, units] = await Promise.all([
    db.auditLog.findMany({
      where: { organizationId: user.organizationId, planId },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityLabel: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { displayName: true, unit: { select: { shortName: true } } } },
      },
    }),
    db.unit.findMany({ where: { organizationId: user.organizationId }, select: { id: true, shortName: true } }),
  ]);
  const names = new Map(units.map((u) => [u.id, u.shortName]));
  const unitName = (id: string) => names.get(id) ?? "(đơn vị đã xóa)";
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.createdAt,
    actor: entry.actor ? `${entry.actor.displayName}${entry.actor.unit ? ` (${entry.actor.unit.shortName})` : ""}` : "Hệ thống",
    text: describeAudit(
      {
        action: entry.action,
        entityType: entry.entityType,
        entityLabel: entry.entityLabel,
        before: entry.before as Record<string, unknown> | null,
        after: entry.after as Record<string, unknown> | null,
      },
      { unitName },
    ),
  }));
}
