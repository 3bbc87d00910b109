import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { readablePlansWhere } from "@/lib/plans/access";
import { notFound } from "@/lib/errors";
import { canManageFeed } from "@/lib/calendar-feeds/access";

export type FeedInfo = { token: string | null; canManage: boolean };

export async function planFeed(user: SessionUser, planId: string): Promise<FeedInfo> {
  const plan = await db.plan.findFirst({ where: { ...readablePlansWhere(user), id: planId }, select: { id: true } });
  if (!plan) throw notFound("kế hoạch");
  const feed = await db.calendarFeed.findFirst({ where: { organizationId: user.organizationId, planId, revokedAt: null }, select: { token: true } });
  return { token: feed?.token ?? null, canManage: canManageFeed(user, { kind: "plan" }) };
}

export async function unitFeed(user: SessionUser, unitId: string): Promise<FeedInfo> {
  const feed = await db.calendarFeed.findFirst({ where: { organizationId: user.organizationId, unitId, revokedAt: null }, select: { token: true } });
  return { token: feed?.token ?? null, canManage: canManageFeed(user, { kind: "unit", unitId }) };
}
