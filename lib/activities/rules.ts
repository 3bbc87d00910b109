// Rules about an activity's state that are computed, never stored.
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { daysBetween, shiftDate, type CalendarDate } from "@/lib/dates";
import { parseISO } from "date-fns";
import { progressOf } from "@/lib/dashboard/progress";

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

/** The Sunday that ends today's week (weeks run Monday to Sunday in Việt Nam). */
export function endOfWeek(today: CalendarDate): CalendarDate {
  const weekday = parseISO(today).getDay(); // 0 = Sunday
  return shiftDate(today, weekday === 0 ? 0 : 7 - weekday);
}

export type WorkGroup = "overdue" | "week" | "upcoming" | "done";

/** "Việc của đơn vị" groups: Quá hạn, Tuần này, Sắp tới, Đã xong. */
export function workGroup(activity: { end: CalendarDate; status: ActivityStatus }, today: CalendarDate): WorkGroup {
  if (isClosed(activity.status)) return "done";
  if (activity.end < today) return "overdue";
  if (activity.end <= endOfWeek(today)) return "week";
  return "upcoming";
}

export const WORK_GROUP_LABELS: Record<WorkGroup, string> = {
  overdue: "Quá hạn",
  week: "Tuần này",
  upcoming: "Sắp tới",
  done: "Đã xong",
};

/**
 * A parent's progress from its sub-tasks: progress as defined once (lib/dashboard/progress.ts).
 * Null when there is nothing to derive from.
 */
export function derivedProgress(subTasks: { status: ActivityStatus; progress: number }[]): number | null {
  return progressOf(subTasks);
}
