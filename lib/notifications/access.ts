import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import type { ActivityStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/auth/roles";
import { CLOSED_STATUSES } from "@/lib/activities/rules";

/** A user's notifications are theirs alone. */
export function ownNotificationsWhere(user: SessionUser): Prisma.NotificationWhereInput {
  return { userId: user.id };
}

/** "Nhắc đơn vị" is offered to those the rights map lets remind, on running, unfinished work. */
export function canRemindLeadUnit(user: SessionUser, activity: { status: ActivityStatus; plan: { status: PlanStatus } }): boolean {
  return can(user, "activity.remind") && activity.plan.status === "ISSUED" && !CLOSED_STATUSES.includes(activity.status);
}
