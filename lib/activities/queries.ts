import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { allOf } from "@/lib/auth/filters";
import { fromDbDate, todayInVietnam } from "@/lib/dates";
import { readableActivitiesWhere, trackingRights } from "@/lib/activities/access";
import { activityFieldsSelect, activityRowSelect, toActivityFields, partOf, toActivityRow, unitGroupIds, unitRefSelect, updateItemInclude, toUpdateItem, authorLabel } from "@/lib/activities/read-model";

/** The activity with its history, discussion, files and targets, and what the user may do. */
export async function getActivityDetail(user: SessionUser, id: string, today = todayInVietnam()) {
  if (!z.uuid().safeParse(id).success) throw notFound("hoạt động");
  const row = await db.activity.findFirst({
    where: allOf(readableActivitiesWhere(user), { id }),
    select: {
      ...activityRowSelect,
      leadUnitId: true,
      progressSetManually: true,
      parent: { select: { id: true, order: true, content: true } },
      subTasks: { orderBy: { order: "asc" }, select: { id: true, order: true, content: true, status: true, progress: true, leadUnit: { select: unitRefSelect } } },
      phase: { select: { code: true, title: true, startDate: true, endDate: true } },
      targets: { orderBy: { order: "asc" } },
      updates: {
        orderBy: { createdAt: "desc" },
        include: updateItemInclude,
      },
      comments: { orderBy: { createdAt: "asc" }, include: { author: updateItemInclude.author } },
    },
  });
  if (!row) throw notFound("hoạt động");
  const activity = toActivityRow(row, today);
  const part = partOf(user.unitId, await unitGroupIds(db, user.unitId), { leadUnitId: row.leadUnitId, supporterUnitIds: activity.supporters.map((s) => s.id) });
  const units = await db.unit.findMany({ where: { organizationId: user.organizationId, active: true }, select: { id: true, name: true, shortName: true }, orderBy: { sortOrder: "asc" } });
  return {
    ...activity,
    parent: row.parent,
    subTasks: row.subTasks,
    phase: { code: row.phase.code, title: row.phase.title, start: fromDbDate(row.phase.startDate), end: fromDbDate(row.phase.endDate) },
    progressSetManually: row.progressSetManually,
    part,
    rights: trackingRights(user.role, part, row.plan.status),
    targets: row.targets.map((t) => ({ id: t.id, label: t.label, targetValue: t.targetValue, unitOfMeasure: t.unitOfMeasure, achieved: t.achieved })),
    updates: row.updates.map(toUpdateItem),
    comments: row.comments.map((c) => ({
      id: c.id,
      at: c.createdAt,
      author: authorLabel(c.author),
      body: c.body,
    })),
    units,
  };
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivityDetail>>;

/** The activity's own fields, without its history: what a PATCH merges into; 404 when not readable. */
export async function getActivityFields(user: SessionUser, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("hoạt động");
  const row = await db.activity.findFirst({ where: allOf(readableActivitiesWhere(user), { id }), select: activityFieldsSelect });
  if (!row) throw notFound("hoạt động");
  return toActivityFields(row);
}

/** A file, only for users who may read its activity; 404 otherwise. */
export async function getAttachmentForDownload(user: SessionUser, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("tệp");
  const file = await db.attachment.findFirst({
    where: { id, organizationId: user.organizationId, activity: readableActivitiesWhere(user) },
    select: { fileName: true, contentType: true, size: true, data: true },
  });
  if (!file) throw notFound("tệp");
  return file;
}

