import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allOf } from "@/lib/auth/filters";
import { readableActivitiesWhere } from "@/lib/activities/access";
import { sttOf } from "@/lib/activities/read-model";
import { fromDbDate, fromDbDateOrNull, type CalendarDate } from "@/lib/dates";
import type { CalendarItem } from "@/lib/dashboard/calendar-layout";

const TONES: Record<string, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800 ring-slate-300",
  IN_PROGRESS: "bg-brand-50 text-brand-900 ring-brand-200",
  DONE: "bg-green-50 text-green-900 ring-green-200",
  BLOCKED: "bg-amber-50 text-amber-900 ring-amber-200",
  CANCELLED: "bg-slate-50 text-slate-500 ring-slate-200 line-through",
};

/** A plan's activity windows, and what really happened on other days (the workshop held on 16/5). */
export async function planCalendarItems(user: SessionUser, planId: string): Promise<CalendarItem[]> {
  return calendarItemsWhere(allOf<Prisma.ActivityWhereInput>(readableActivitiesWhere(user), { planId }));
}

/** The same for a cached fragment, which the page renders only after its access check (planHeader). */
export async function planCalendarItemsOfOrganization(organizationId: string, planId: string): Promise<CalendarItem[]> {
  return calendarItemsWhere({ organizationId, planId });
}

async function calendarItemsWhere(where: Prisma.ActivityWhereInput): Promise<CalendarItem[]> {
  const activities = await db.activity.findMany({
    where,
    orderBy: [{ startDate: "asc" }, { order: "asc" }],
    select: { id: true, content: true, startDate: true, endDate: true, actualStart: true, actualEnd: true, status: true, parent: { select: { order: true } }, order: true },
  });
  const items: CalendarItem[] = [];
  for (const a of activities) {
    const start = fromDbDate(a.startDate);
    const end = fromDbDate(a.endDate);
    const label = `${sttOf(a)}. ${a.content}`;
    items.push({ id: a.id, label, start, end, kind: start === end ? "event" : "window", tone: TONES[a.status]!, href: `/activities/${a.id}` });
    const actualStart = fromDbDateOrNull(a.actualStart);
    if (actualStart) {
      const actualEnd = fromDbDateOrNull(a.actualEnd) ?? actualStart;
      if (actualStart !== start || actualEnd !== end) {
        items.push({ id: `${a.id}-actual`, label: `Đã tổ chức: ${a.content}`, start: actualStart, end: actualEnd, kind: "event", tone: "bg-green-800 text-white ring-green-900", href: `/activities/${a.id}` });
      }
    }
  }
  return items;
}

export const monthOf = (day: CalendarDate) => day.slice(0, 7);
