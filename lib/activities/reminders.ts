// Reminders to a lead unit's staff: an activity due within 3 days, or one that
// has just become overdue; overdue work also reaches the plan's leaders and
// its drafting unit. Each is sent once (a dedupe key per user), never for
// finished or cancelled work, in a fixed number of queries. Every reminder
// names its plan and number; days are calendar days in Vietnam.
import type { Db } from "@/lib/db-client";
import { daysBetween, fromDbDate, formatWindow, shiftDate, todayInVietnam, toDbDate } from "@/lib/dates";
import { CLOSED_STATUSES, DUE_SOON_DAYS } from "@/lib/activities/rules";
import { clip } from "@/lib/text";
import { rolesWith } from "@/lib/auth/roles";
import { insertNotifications, type NotificationRow } from "@/lib/notifications/service";
import { planLeadersByPlan } from "@/lib/notifications/plan-leaders";
import { dueInWords, planReference } from "@/lib/notifications/plan-reference";

/** Overdue reminders only for windows that ended recently, not for work left from years ago. */
export const OVERDUE_LOOKBACK_DAYS = 14;

export async function runReminders(db: Db, today = todayInVietnam()) {
  const activities = await db.activity.findMany({
    where: {
      plan: { status: "ISSUED" },
      status: { notIn: [...CLOSED_STATUSES] },
      endDate: { gte: toDbDate(shiftDate(today, -OVERDUE_LOOKBACK_DAYS)), lte: toDbDate(shiftDate(today, DUE_SOON_DAYS)) },
    },
    select: {
      id: true,
      organizationId: true,
      planId: true,
      content: true,
      startDate: true,
      endDate: true,
      leadUnitId: true,
      plan: { select: { id: true, organizationId: true, draftingUnitId: true, title: true, number: true, symbol: true } },
    },
  });
  if (!activities.length) return 0;
  const staff = await db.user.findMany({
    // Those who do a lead unit's work: the roles that change an activity's status because their unit leads it.
    // An administrator or leader filed under a unit is not the one doing its tasks.
    where: { active: true, role: { in: rolesWith("activity.changeStatus", "leadUnit") }, unitId: { in: [...new Set(activities.map((a) => a.leadUnitId))] } },
    select: { id: true, unitId: true },
  });
  const overduePlans = [...new Map(activities.filter((a) => fromDbDate(a.endDate) < today).map((a) => [a.planId, a.plan])).values()];
  const leaders = await planLeadersByPlan(db, overduePlans);
  const rows = activities.flatMap((activity): NotificationRow[] => {
    const end = fromDbDate(activity.endDate);
    const overdue = end < today;
    const content = activity.content.length > 120 ? `${clip(activity.content, 117)}…` : activity.content;
    const lead = staff.filter((user) => user.unitId === activity.leadUnitId).map((user) => user.id);
    const recipients = overdue ? [...new Set([...lead, ...(leaders.get(activity.planId) ?? [])])] : lead;
    const when = `Thời gian ${formatWindow(fromDbDate(activity.startDate), end)}.`;
    return recipients.map((userId) => ({
      organizationId: activity.organizationId,
      userId,
      kind: overdue ? "activity.overdue" : "activity.due-soon",
      title: overdue ? `Quá hạn: ${content}` : `Sắp đến hạn: ${content}`,
      body: `${planReference(activity.plan)}. ${when} ${overdue ? "Hạn đã qua mà hoạt động chưa hoàn thành." : dueInWords(daysBetween(today, end))}`,
      link: `/activities/${activity.id}`,
      planId: activity.planId,
      activityId: activity.id,
      dedupeKey: `${overdue ? "overdue" : "due-soon"}:${activity.id}:${end}`,
    }));
  });
  // The notifications and their mail together (lib/notifications/service.ts).
  return db.$transaction((tx) => insertNotifications(tx, rows));
}
