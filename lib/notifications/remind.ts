// "Nhắc đơn vị": a leader reminds an activity's lead unit, with an optional
// message. Its staff get a notification (and mail), the plan's history gets
// the entry; at most one reminder per activity and unit a day (in Vietnam),
// checked under the activity's row lock so two leaders at once send one.
import type { Db, Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { assertCan, rolesWith } from "@/lib/auth/roles";
import { allOf } from "@/lib/auth/filters";
import { readableActivitiesWhere } from "@/lib/activities/access";
import { CLOSED_STATUSES } from "@/lib/activities/rules";
import { writeAudit } from "@/lib/audit/service";
import { AppError, notFound } from "@/lib/errors";
import { formatDateTime, todayInVietnam, wallClockInVietnam } from "@/lib/dates";
import { clip } from "@/lib/text";
import { insertNotifications } from "@/lib/notifications/service";
import { planReference } from "@/lib/notifications/plan-reference";
import type { RemindUnitInput } from "@/lib/notifications/schemas";

/** The start of today in Vietnam, as an instant. */
export function startOfTodayInVietnam(now = new Date()): Date {
  const t = wallClockInVietnam(now);
  return new Date(`${t.year}-${t.month}-${t.day}T00:00:00+07:00`);
}

export async function remindLeadUnit(tx: Tx, user: SessionUser, input: RemindUnitInput) {
  const found = await tx.activity.findFirst({ where: allOf(readableActivitiesWhere(user), { id: input.activityId }), select: { id: true } });
  if (!found) throw notFound("hoạt động");
  assertCan(user, "activity.remind");
  await tx.$queryRaw`SELECT id FROM "Activity" WHERE id = ${input.activityId}::uuid FOR UPDATE`;
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id: input.activityId },
    select: {
      id: true,
      organizationId: true,
      planId: true,
      content: true,
      status: true,
      leadUnitId: true,
      leadUnit: { select: { name: true } },
      plan: { select: { status: true, title: true, number: true, symbol: true } },
    },
  });
  if (activity.plan.status !== "ISSUED") throw new AppError("CONFLICT", "Chỉ nhắc việc của kế hoạch đang triển khai (đã ban hành).");
  if (CLOSED_STATUSES.includes(activity.status)) throw new AppError("CONFLICT", "Hoạt động đã hoàn thành hoặc đã hủy: không cần nhắc.");
  const earlier = await tx.auditLog.findFirst({
    where: { entityType: "Activity", entityId: activity.id, action: "remind", createdAt: { gte: startOfTodayInVietnam() } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, after: true, actor: { select: { displayName: true } } },
  });
  const earlierUnit = (earlier?.after as { unitId?: string } | null)?.unitId;
  if (earlier && earlierUnit === activity.leadUnitId) {
    throw new AppError("CONFLICT", `${activity.leadUnit.name} đã được nhắc về hoạt động này hôm nay (${formatDateTime(earlier.createdAt)}${earlier.actor ? `, ${earlier.actor.displayName}` : ""}). Mỗi ngày nhắc một lần.`, {
      reason: "ALREADY_REMINDED",
    });
  }
  const staff = await tx.user.findMany({
    where: { organizationId: activity.organizationId, active: true, unitId: activity.leadUnitId, role: { in: rolesWith("activity.changeStatus", "leadUnit") } },
    select: { id: true },
  });
  const content = activity.content.length > 120 ? `${clip(activity.content, 117)}…` : activity.content;
  const message = input.message.trim();
  const notified = await insertNotifications(
    tx,
    staff.map((s) => ({
      organizationId: activity.organizationId,
      userId: s.id,
      kind: "activity.reminded",
      title: `Lãnh đạo nhắc: ${content}`,
      body: `${planReference(activity.plan)}. ${user.displayName} đề nghị đơn vị cập nhật tiến độ${message ? `: ${message}` : "."}`,
      link: `/activities/${activity.id}`,
      planId: activity.planId,
      activityId: activity.id,
      dedupeKey: `remind:${activity.id}:${activity.leadUnitId}:${todayInVietnam()}`,
    })),
  );
  await writeAudit(tx, user, activity.organizationId, {
    action: "remind",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: `hoạt động “${content}”`,
    planId: activity.planId,
    after: { unitId: activity.leadUnitId, unitName: activity.leadUnit.name, message, notified },
  });
  return { unitName: activity.leadUnit.name, notified };
}

/**
 * The activities (of this page of a list) whose lead unit was already reminded
 * today: the same rule remindLeadUnit enforces, read in one query.
 */
export async function remindedToday(client: Db | Tx, organizationId: string, activities: { id: string; leadUnitId: string }[]): Promise<Set<string>> {
  if (!activities.length) return new Set();
  const rows = await client.auditLog.findMany({
    where: { organizationId, entityType: "Activity", action: "remind", entityId: { in: activities.map((a) => a.id) }, createdAt: { gte: startOfTodayInVietnam() } },
    select: { entityId: true, after: true },
  });
  const lead = new Map(activities.map((a) => [a.id, a.leadUnitId]));
  return new Set(rows.filter((row) => (row.after as { unitId?: string } | null)?.unitId === lead.get(row.entityId)).map((row) => row.entityId));
}
