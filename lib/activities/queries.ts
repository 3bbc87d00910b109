import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allOf } from "@/lib/auth/filters";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { fromDbDate, fromDbDateOrNull, todayInVietnam, toDbDate } from "@/lib/dates";
import { decodeCursor, page } from "@/lib/api/cursor";
import { matchesQuery } from "@/lib/text";
import { planDisplayTitle } from "@/lib/plans/document";
import { planNumberLabel } from "@/lib/plans/numbering";
import { readableActivitiesWhere, trackingRights, unitPart } from "@/lib/activities/access";
import { CLOSED_STATUSES, isDueSoon, isOverdue, workGroup, type WorkGroup } from "@/lib/activities/rules";

const unitSelect = { id: true, name: true, shortName: true, kind: true } as const;

export type WorkFilters = { unitId: string; planId?: string; year?: number; role?: "lead" | "support"; status?: ActivityStatus; due?: WorkGroup; q?: string };

/** Every activity and sub-task of issued plans where the unit leads or supports (groups included). */
export async function listUnitWork(user: SessionUser, filters: WorkFilters, today = todayInVietnam()) {
  const unit = await db.unit.findFirst({ where: { id: filters.unitId, organizationId: user.organizationId }, select: { id: true, name: true } });
  if (!unit) throw notFound("đơn vị");
  const groups = (await db.unitGroupMember.findMany({ where: { memberId: unit.id }, select: { groupId: true } })).map((g) => g.groupId);
  const rows = await db.activity.findMany({
    where: allOf<Prisma.ActivityWhereInput>(
      readableActivitiesWhere(user),
      { plan: { status: "ISSUED", ...(filters.planId ? { id: filters.planId } : {}), ...(filters.year ? { year: filters.year } : {}) } },
      { OR: [{ leadUnitId: unit.id }, { supporters: { some: { unitId: { in: [unit.id, ...groups] } } } }] },
      filters.status && { status: filters.status },
    ),
    orderBy: [{ endDate: "asc" }, { order: "asc" }],
    select: {
      id: true,
      content: true,
      order: true,
      parentId: true,
      status: true,
      statusReason: true,
      progress: true,
      startDate: true,
      endDate: true,
      lastUpdateAt: true,
      version: true,
      leadUnitId: true,
      leadUnit: { select: unitSelect },
      supporters: { select: { unit: { select: unitSelect } } },
      parent: { select: { order: true, content: true } },
      phase: { select: { code: true, title: true } },
      plan: { select: { id: true, title: true, number: true, symbol: true, status: true, organization: { select: { code: true } } } },
    },
  });
  const items = rows.map((row) => {
    const part = unitPart(unit.id, { leadUnitId: row.leadUnitId, supporterUnitIds: row.supporters.map((s) => s.unit.id) }, groups)!;
    const end = fromDbDate(row.endDate);
    const activity = { end, status: row.status };
    const myPart = unitPart(user.unitId, { leadUnitId: row.leadUnitId, supporterUnitIds: row.supporters.map((s) => s.unit.id) }, user.unitId === unit.id ? groups : []);
    return {
      id: row.id,
      content: row.content,
      stt: row.parent ? `${row.parent.order}.${row.order}` : String(row.order),
      parentContent: row.parent?.content ?? null,
      phaseCode: row.phase.code,
      phaseTitle: row.phase.title,
      plan: {
        id: row.plan.id,
        displayTitle: planDisplayTitle(row.plan.title),
        numberLabel: planNumberLabel(row.plan),
      },
      part,
      leadUnit: row.leadUnit,
      supporters: row.supporters.map((s) => s.unit),
      start: fromDbDate(row.startDate),
      end,
      status: row.status,
      statusReason: row.statusReason,
      progress: row.progress,
      version: row.version,
      lastUpdateAt: row.lastUpdateAt,
      group: workGroup(activity, today),
      overdue: isOverdue(activity, today),
      dueSoon: isDueSoon(activity, today),
      rights: trackingRights(user.role, myPart, row.plan.status),
    };
  });
  const filtered = items.filter(
    (item) =>
      (!filters.role || item.part === filters.role) &&
      (!filters.due || item.group === filters.due) &&
      (!filters.q ||
        matchesQuery([item.content, item.parentContent ?? "", item.plan.displayTitle, item.leadUnit.name, item.leadUnit.shortName, ...item.supporters.flatMap((s) => [s.name, s.shortName])].join(" "), filters.q)),
  );
  const groupsOrder: WorkGroup[] = ["overdue", "week", "upcoming", "done"];
  return {
    unit,
    total: items.length,
    // Open work by deadline, soonest first; done work most recent first.
    groups: groupsOrder.map((group) => {
      const items = filtered.filter((item) => item.group === group);
      return { group, items: group === "done" ? items.reverse() : items };
    }),
    plans: [...new Map(items.map((item) => [item.plan.id, item.plan])).values()],
  };
}

export type UnitWork = Awaited<ReturnType<typeof listUnitWork>>;
export type WorkItem = UnitWork["groups"][number]["items"][number];

/** The activity with its history, discussion, files and targets, and what the user may do. */
export async function getActivityDetail(user: SessionUser, id: string, today = todayInVietnam()) {
  if (!z.uuid().safeParse(id).success) throw notFound("hoạt động");
  const row = await db.activity.findFirst({
    where: allOf(readableActivitiesWhere(user), { id }),
    include: {
      leadUnit: { select: unitSelect },
      supporters: { select: { unit: { select: unitSelect } }, orderBy: { unit: { sortOrder: "asc" } } },
      parent: { select: { id: true, order: true, content: true } },
      subTasks: { orderBy: { order: "asc" }, select: { id: true, order: true, content: true, status: true, progress: true, leadUnit: { select: unitSelect } } },
      phase: { select: { code: true, title: true, startDate: true, endDate: true } },
      plan: { select: { id: true, title: true, number: true, symbol: true, status: true, organization: { select: { code: true } } } },
      targets: { orderBy: { order: "asc" } },
      updates: {
        orderBy: { createdAt: "desc" },
        include: {
          author: { select: { displayName: true, unit: { select: { shortName: true } } } },
          attachments: { select: { id: true, fileName: true, size: true, contentType: true } },
        },
      },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { displayName: true, unit: { select: { shortName: true } } } } } },
    },
  });
  if (!row) throw notFound("hoạt động");
  const groups = user.unitId ? (await db.unitGroupMember.findMany({ where: { memberId: user.unitId }, select: { groupId: true } })).map((g) => g.groupId) : [];
  const part = unitPart(user.unitId, { leadUnitId: row.leadUnitId, supporterUnitIds: row.supporters.map((s) => s.unit.id) }, groups);
  const end = fromDbDate(row.endDate);
  const units = await db.unit.findMany({ where: { organizationId: user.organizationId, active: true }, select: { id: true, name: true, shortName: true }, orderBy: { sortOrder: "asc" } });
  return {
    id: row.id,
    phaseId: row.phaseId,
    lastUpdateAt: row.lastUpdateAt,
    content: row.content,
    description: row.description,
    stt: row.parent ? `${row.parent.order}.${row.order}` : String(row.order),
    parent: row.parent,
    subTasks: row.subTasks,
    phase: { code: row.phase.code, title: row.phase.title, start: fromDbDate(row.phase.startDate), end: fromDbDate(row.phase.endDate) },
    plan: {
      id: row.plan.id,
      status: row.plan.status,
      displayTitle: planDisplayTitle(row.plan.title),
      numberLabel: planNumberLabel(row.plan),
    },
    leadUnit: row.leadUnit,
    supporters: row.supporters.map((s) => s.unit),
    start: fromDbDate(row.startDate),
    end,
    note: row.note,
    status: row.status,
    statusReason: row.statusReason,
    progress: row.progress,
    progressSetManually: row.progressSetManually,
    result: row.result,
    actualStart: fromDbDateOrNull(row.actualStart),
    actualEnd: fromDbDateOrNull(row.actualEnd),
    version: row.version,
    overdue: isOverdue({ end, status: row.status }, today),
    dueSoon: isDueSoon({ end, status: row.status }, today),
    part,
    rights: trackingRights(user.role, part, row.plan.status),
    targets: row.targets.map((t) => ({ id: t.id, label: t.label, targetValue: t.targetValue, unitOfMeasure: t.unitOfMeasure, achieved: t.achieved })),
    updates: row.updates.map((u) => ({
      id: u.id,
      at: u.createdAt,
      author: u.author ? `${u.author.displayName}${u.author.unit ? ` (${u.author.unit.shortName})` : ""}` : "—",
      status: u.status,
      previousStatus: u.previousStatus,
      statusReason: u.statusReason,
      progress: u.progress,
      note: u.note,
      result: u.result,
      actualStart: fromDbDateOrNull(u.actualStart),
      actualEnd: fromDbDateOrNull(u.actualEnd),
      figures: (u.figures ?? []) as { label: string; value: string }[],
      evidence: (u.evidence ?? []) as { url: string; title: string }[],
      targetValues: (u.targetValues ?? []) as { label: string; achieved: number }[],
      attachments: u.attachments,
    })),
    comments: row.comments.map((c) => ({
      id: c.id,
      at: c.createdAt,
      author: c.author ? `${c.author.displayName}${c.author.unit ? ` (${c.author.unit.shortName})` : ""}` : "—",
      body: c.body,
    })),
    units,
  };
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivityDetail>>;

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

export type ActivityQuery = {
  unitId?: string;
  role?: "lead" | "support";
  status?: ActivityStatus;
  overdue?: boolean;
  planId?: string;
  cursor?: string;
  limit: number;
};

/** Activities (and sub-tasks) for the API: filtered in SQL, one page at a time, ordered by id. */
export async function listActivitiesPage(user: SessionUser, query: ActivityQuery, today = todayInVietnam()) {
  const groups = query.unitId ? (await db.unitGroupMember.findMany({ where: { memberId: query.unitId }, select: { groupId: true } })).map((g) => g.groupId) : [];
  const lead = query.unitId ? { leadUnitId: query.unitId } : undefined;
  const support = query.unitId ? { supporters: { some: { unitId: { in: [query.unitId, ...groups] } } } } : undefined;
  const unitFilter = !query.unitId ? null : query.role === "lead" ? lead! : query.role === "support" ? support! : { OR: [lead!, support!] };
  const cursorId = decodeCursor(query.cursor);
  const rows = await db.activity.findMany({
    // Each filter in AND: none replaces another's key (overdue's status used to replace the status asked for).
    where: allOf<Prisma.ActivityWhereInput>(
      readableActivitiesWhere(user),
      unitFilter,
      query.status && { status: query.status },
      query.planId && { planId: query.planId },
      query.overdue === true && { endDate: { lt: toDbDate(today) }, status: { notIn: [...CLOSED_STATUSES] }, plan: { status: "ISSUED" } },
      query.overdue === false && { NOT: { endDate: { lt: toDbDate(today) }, status: { notIn: [...CLOSED_STATUSES] } } },
      cursorId && { id: { gt: cursorId } },
    ),
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: {
      id: true,
      phaseId: true,
      parentId: true,
      order: true,
      content: true,
      description: true,
      startDate: true,
      endDate: true,
      note: true,
      status: true,
      progress: true,
      result: true,
      actualStart: true,
      actualEnd: true,
      version: true,
      lastUpdateAt: true,
      leadUnit: { select: unitSelect },
      supporters: { select: { unit: { select: unitSelect } } },
      parent: { select: { order: true } },
      phase: { select: { code: true } },
      plan: { select: { id: true, title: true, number: true, symbol: true, organization: { select: { code: true } } } },
    },
  });
  const { items, nextCursor } = page(rows, query.limit);
  return {
    nextCursor,
    items: items.map((row) => {
      const end = fromDbDate(row.endDate);
      return {
        id: row.id,
        phaseId: row.phaseId,
        parentId: row.parentId,
        stt: row.parent ? `${row.parent.order}.${row.order}` : String(row.order),
        content: row.content,
        description: row.description,
        leadUnit: row.leadUnit,
        supporters: row.supporters.map((s) => s.unit),
        start: fromDbDate(row.startDate),
        end,
        note: row.note,
        status: row.status,
        progress: row.progress,
        result: row.result,
        actualStart: fromDbDateOrNull(row.actualStart),
        actualEnd: fromDbDateOrNull(row.actualEnd),
        overdue: isOverdue({ end, status: row.status }, today),
        version: row.version,
        lastUpdateAt: row.lastUpdateAt ? row.lastUpdateAt.toISOString() : null,
        planId: row.plan.id,
        planNumber: planNumberLabel(row.plan),
        planTitle: planDisplayTitle(row.plan.title),
        phaseCode: row.phase.code,
      };
    }),
  };
}
