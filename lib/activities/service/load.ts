// What every tracking write starts with: the readable activity, locked, and
// the user's rights on it.
import type { Tx } from "@/lib/db-client";
import type { ActivityStatus } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { fromDbDateOrNull } from "@/lib/dates";
import { allOf } from "@/lib/auth/filters";
import { readableActivitiesWhere, trackingRights } from "@/lib/activities/access";
import { labelSelect, partOf, unitWithGroups } from "@/lib/activities/read-model";

/**
 * Locks the activity's row, then loads it if the user may read it, with the
 * user's rights on it. Locking first means the values read are the ones the
 * write builds on; a row the user may not read is only locked until the
 * transaction rolls back on the 404.
 */
export async function loadForTracking(tx: Tx, user: SessionUser, activityId: string) {
  await tx.$queryRaw`SELECT id FROM "Activity" WHERE id = ${activityId}::uuid FOR UPDATE`;
  const activity = await tx.activity.findFirst({
    where: allOf(readableActivitiesWhere(user), { id: activityId }),
    include: {
      supporters: { select: { unitId: true } },
      plan: { select: { id: true, status: true, title: true } },
      // The parent's order and the phase's code name the activity in the audit log (activityLabel).
      parent: labelSelect.parent,
      phase: labelSelect.phase,
      // Whether it has sub-tasks: a lead who types its progress takes it over from them (recordActivityUpdate).
      _count: { select: { subTasks: true } },
    },
  });
  if (!activity) throw notFound("hoạt động");
  const unit = await unitWithGroups(tx, user.unitId);
  const part = partOf(user.unitId, unit?.groupIds ?? [], { leadUnitId: activity.leadUnitId, supporterUnitIds: activity.supporters.map((s) => s.unitId) });
  return { activity, part, rights: trackingRights(user.role, part, activity.plan.status), unit };
}

/** The activity's targets, in order: read only by the writes that touch them. */
export function targetsOf(tx: Tx, activityId: string) {
  return tx.activityTarget.findMany({ where: { activityId }, orderBy: { order: "asc" } });
}

export type TrackedActivity = Awaited<ReturnType<typeof loadForTracking>>["activity"];

/** The stored values a 409 sends back, so the form can show what changed. */
export function currentValues(activity: {
  version: number;
  status: ActivityStatus;
  progress: number;
  result: string;
  statusReason: string;
  actualStart: Date | null;
  actualEnd: Date | null;
}) {
  return {
    version: activity.version,
    status: activity.status,
    progress: activity.progress,
    result: activity.result,
    statusReason: activity.statusReason,
    actualStart: fromDbDateOrNull(activity.actualStart),
    actualEnd: fromDbDateOrNull(activity.actualEnd),
  };
}
