import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { readablePlansWhere } from "@/lib/plans/access";
import { describeAudit } from "@/lib/audit/describe";
import { can } from "@/lib/auth/roles";
import { allOf } from "@/lib/auth/filters";
import { planNumberLabel } from "@/lib/plans/numbering";
import { planDisplayTitle } from "@/lib/plans/title";

function sourcePlanIdOf(after: unknown): string | null {
  const value = after && typeof after === "object" ? (after as Record<string, unknown>).sourcePlanId : null;
  return typeof value === "string" ? value : null;
}

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
  // Plans the entries name (a clone's source), as this user may read them: named and linked.
  const sourceIds = [...new Set(entries.flatMap((e) => (e.action === "create" && e.entityType === "Plan" ? [sourcePlanIdOf(e.after)] : [])).filter((id): id is string => Boolean(id)))];
  const sources = sourceIds.length
    ? await db.plan.findMany({
        where: allOf(readablePlansWhere(user), { id: { in: sourceIds } }),
        select: { id: true, title: true, number: true, symbol: true, organization: { select: { code: true } } },
      })
    : [];
  const readable = new Map(sources.map((p) => {
    const number = planNumberLabel(p);
    return [p.id, `“${planDisplayTitle(p.title)}”${number ? ` (số ${number})` : ""}`];
  }));
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
      { unitName, planName: (planId) => readable.get(planId) ?? null },
    ),
    /** The plan the entry names, when the user may open it. */
    link: (() => {
      const sourceId = entry.action === "create" && entry.entityType === "Plan" ? sourcePlanIdOf(entry.after) : null;
      return sourceId && readable.has(sourceId) ? { href: `/plans/${sourceId}`, label: "Mở kế hoạch nguồn" } : null;
    })(),
  }));
}
