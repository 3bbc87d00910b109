// The events of a feed, found by its secret token (no session: calendar apps fetch it).
// A feed answers while it is not revoked and the account it was made with is
// not locked (locking also revokes it: lib/users/credentials.ts).
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/dates";
import { planDisplayTitle } from "@/lib/plans/title";
import { unitWorkWhere } from "@/lib/activities/read-model";
import { planNumberLabel } from "@/lib/plans/numbering";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { buildCalendar, type FeedEvent } from "@/lib/calendar-feeds/ical";
import { LIVE_FEED } from "@/lib/calendar-feeds/access";
import { allOf } from "@/lib/auth/filters";

export async function feedCalendar(db: Db, token: string, baseUrl: string): Promise<{ name: string; body: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const feed = await db.calendarFeed.findFirst({ where: allOf<Prisma.CalendarFeedWhereInput>(LIVE_FEED, { token }) });
  if (!feed) return null;

  let name: string;
  let where: Prisma.ActivityWhereInput;
  if (feed.planId) {
    const plan = await db.plan.findFirst({ where: { id: feed.planId, organizationId: feed.organizationId }, select: { title: true } });
    if (!plan) return null;
    name = planDisplayTitle(plan.title);
    where = { planId: feed.planId };
  } else {
    const unit = await db.unit.findFirst({ where: { id: feed.unitId!, organizationId: feed.organizationId }, select: { id: true, name: true } });
    if (!unit) return null;
    name = `Việc của ${unit.name}`;
    where = allOf<Prisma.ActivityWhereInput>({ organizationId: feed.organizationId, plan: { status: "ISSUED" } }, unitWorkWhere(unit.id));
  }
  const activities = await db.activity.findMany({
    where,
    orderBy: [{ startDate: "asc" }],
    select: {
      id: true,
      content: true,
      startDate: true,
      endDate: true,
      status: true,
      progress: true,
      version: true,
      updatedAt: true,
      leadUnitId: true,
      leadUnit: { select: { shortName: true, name: true } },
      supporters: { select: { unit: { select: { shortName: true } } } },
      phase: { select: { code: true } },
      plan: { select: { title: true, number: true, symbol: true, organization: { select: { code: true } } } },
    },
  });
  const events: FeedEvent[] = activities.map((a) => {
    const prefix = feed.planId ? a.leadUnit.shortName : a.leadUnitId === feed.unitId ? "Chủ trì" : "Phối hợp";
    const number = a.plan.number === null ? "Dự thảo" : `Số ${planNumberLabel(a.plan)}`;
    const url = `${baseUrl}/activities/${a.id}`;
    return {
      uid: `${a.id}@kehoach`,
      sequence: a.version,
      title: `[${prefix}] ${a.content.replace(/\s*\n\s*/g, " ")}`,
      start: fromDbDate(a.startDate),
      end: fromDbDate(a.endDate),
      description: [
        `${number}: ${planDisplayTitle(a.plan.title)}`,
        `Mục ${a.phase.code}. Chủ trì: ${a.leadUnit.name}${a.supporters.length ? `; phối hợp: ${a.supporters.map((s) => s.unit.shortName).join(", ")}` : ""}`,
        `Trạng thái: ${ACTIVITY_STATUS_LABELS[a.status]} (${a.status === "DONE" ? 100 : a.progress}%)`,
        url,
      ].join("\n"),
      url,
      updatedAt: a.updatedAt,
    };
  });
  return { name, body: buildCalendar(name, events) };
}
