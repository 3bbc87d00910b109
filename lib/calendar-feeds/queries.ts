import "server-only";
import { db } from "@/lib/db";
import { remember } from "@/lib/cache/memo";
import { orgFeedsTag } from "@/lib/cache/tags";
import type { SessionUser } from "@/lib/auth/user";
import { readablePlansWhere } from "@/lib/plans/access";
import { allOf } from "@/lib/auth/filters";
import { notFound } from "@/lib/errors";
import { canManageFeed, LIVE_FEED } from "@/lib/calendar-feeds/access";
import { planDisplayTitle } from "@/lib/plans/document";
import type { RevokeReason } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type FeedInfo = { token: string | null; canManage: boolean };

/**
 * The live feed's token of a unit or a plan, which every reader of its page
 * sees (the page checks access first): shared, and read again when a feed of
 * the organisation or an account's lock changes (migration *_cache_calendar_feeds).
 */
function liveFeedToken(organizationId: string, target: { unitId: string } | { planId: string }): Promise<string | null> {
  return remember("liveFeedToken", [organizationId, target], [orgFeedsTag(organizationId)], async () => {
    const feed = await db.calendarFeed.findFirst({ where: allOf<Prisma.CalendarFeedWhereInput>(LIVE_FEED, { organizationId, ...target }), select: { token: true } });
    return feed?.token ?? null;
  });
}

export async function planFeed(user: SessionUser, planId: string): Promise<FeedInfo> {
  const plan = await db.plan.findFirst({ where: allOf(readablePlansWhere(user), { id: planId }), select: { id: true } });
  if (!plan) throw notFound("kế hoạch");
  return { token: await liveFeedToken(user.organizationId, { planId: plan.id }), canManage: canManageFeed(user, { kind: "plan" }) };
}

export async function unitFeed(user: SessionUser, unitId: string): Promise<FeedInfo> {
  return { token: await liveFeedToken(user.organizationId, { unitId }), canManage: canManageFeed(user, { kind: "unit", unitId }) };
}

export const OWN_FEEDS_SHOWN = 20;

export type OwnFeed = {
  id: string;
  /** "Việc của Phòng Quản lý khoa học", "Kế hoạch triển khai …" */
  label: string;
  /** The page where the feed is copied, replaced or revoked; null when the plan is no longer readable. */
  href: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  revokedReason: RevokeReason | null;
};

/**
 * The feeds the user made, live ones first, then the newest: what the profile
 * page lists. Plans are named only if the user may still read them.
 */
export async function listOwnFeeds(user: SessionUser): Promise<OwnFeed[]> {
  const feeds = await db.calendarFeed.findMany({
    where: { organizationId: user.organizationId, createdById: user.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: OWN_FEEDS_SHOWN,
    select: { id: true, unitId: true, planId: true, createdAt: true, revokedAt: true, revokedReason: true },
  });
  const unitIds = feeds.flatMap((f) => (f.unitId ? [f.unitId] : []));
  const planIds = feeds.flatMap((f) => (f.planId ? [f.planId] : []));
  const [units, plans] = await Promise.all([
    unitIds.length ? db.unit.findMany({ where: { organizationId: user.organizationId, id: { in: unitIds } }, select: { id: true, name: true } }) : [],
    planIds.length ? db.plan.findMany({ where: allOf(readablePlansWhere(user), { id: { in: planIds } }), select: { id: true, title: true } }) : [],
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const planTitle = new Map(plans.map((p) => [p.id, p.title]));
  return feeds.map((f) => {
    const title = f.planId ? planTitle.get(f.planId) : undefined;
    const label = f.unitId ? `Việc của ${unitName.get(f.unitId) ?? "đơn vị"}` : title ? planDisplayTitle(title) : "Một kế hoạch bạn không còn xem được";
    const href = f.unitId ? `/my-work?unit=${f.unitId}` : title ? `/plans/${f.planId}/calendar` : null;
    return { id: f.id, label, href, createdAt: f.createdAt, revokedAt: f.revokedAt, revokedReason: f.revokedReason };
  });
}
