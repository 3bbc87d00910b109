// Rules about an activity's state that are computed, never stored.
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { daysBetween, type CalendarDate } from "@/lib/dates";

export const CLOSED_STATUSES: readonly ActivityStatus[] = ["DONE", "CANCELLED"];
export const DUE_SOON_DAYS = 3;

export const isClosed = (status: ActivityStatus) => CLOSED_STATUSES.includes(status);

/** Overdue: the window ended before today (Asia/Ho_Chi_Minh) and the work is not closed. */
export function isOverdue(activity: { end: CalendarDate; status: ActivityStatus }, today: CalendarDate): boolean {
  return !isClosed(activity.status) && activity.end < today;
}

/** Due soon: not closed, not overdue, and the window ends within the next 3 days. */
export function isDueSoon(activity: { end: CalendarDate; status: ActivityStatus }, today: CalendarDate): boolean {
  if (isClosed(activity.status) || activity.end < today) return false;
  return daysBetween(today, activity.end) <= DUE_SOON_DAYS;
}
