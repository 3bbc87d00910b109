import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { forbidden, notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/service";
import { readablePlansWhere } from "@/lib/plans/access";
import { allOf } from "@/lib/auth/filters";
import { canManageFeed } from "@/lib/calendar-feeds/access";
import type { FeedTarget } from "@/lib/calendar-feeds/schemas";

async function check(tx: Tx, user: SessionUser, target: FeedTarget) {
  if (target.kind === "plan") {
    const plan = await tx.plan.findFirst({ where: allOf(readablePlansWhere(user), { id: target.id }), select: { id: true } });
    if (!plan) throw notFound("kế hoạch");
  } else {
    const unit = await tx.unit.findFirst({ where: { organizationId: user.organizationId, id: target.id }, select: { id: true } });
    if (!unit) throw notFound("đơn vị");
  }
  if (!canManageFeed(user, target.kind === "plan" ? { kind: "plan" } : { kind: "unit", unitId: target.id })) {
    throw forbidden("Bạn không quản lý được đường dẫn lịch này.");
  }
}

const where = (user: SessionUser, target: FeedTarget) => ({
  organizationId: user.organizationId,
  revokedAt: null,
  ...(target.kind === "plan" ? { planId: target.id } : { unitId: target.id }),
});

/** A new address for the feed; the old one (if any) stops working at once. */
export async function regenerateFeed(tx: Tx, user: SessionUser, target: FeedTarget) {
  await check(tx, user, target);
  await tx.calendarFeed.updateMany({ where: where(user, target), data: { revokedAt: new Date(), revokedReason: "REPLACED" } });
  const feed = await tx.calendarFeed.create({
    data: {
      organizationId: user.organizationId,
      ...(target.kind === "plan" ? { planId: target.id } : { unitId: target.id }),
      token: randomBytes(24).toString("base64url"),
      createdById: user.id,
    },
  });
  await writeAudit(tx, user, user.organizationId, { action: "calendar-feed", entityType: target.kind === "plan" ? "Plan" : "Unit", entityId: target.id, entityLabel: "đường dẫn lịch", planId: target.kind === "plan" ? target.id : null });
  return feed;
}

export async function revokeFeed(tx: Tx, user: SessionUser, target: FeedTarget) {
  await check(tx, user, target);
  const result = await tx.calendarFeed.updateMany({ where: where(user, target), data: { revokedAt: new Date(), revokedReason: "MANUAL" } });
  if (!result.count) throw notFound("đường dẫn lịch");
  await writeAudit(tx, user, user.organizationId, { action: "calendar-feed-revoke", entityType: target.kind === "plan" ? "Plan" : "Unit", entityId: target.id, entityLabel: "đường dẫn lịch", planId: target.kind === "plan" ? target.id : null });
}
