// "Việc của đơn vị": the activities of issued plans a unit leads or supports,
// in the groups Quá hạn, Tuần này, Sắp tới, Đã xong. Every filter, the groups
// and the paging run in SQL, so a busy unit's list costs the same few
// queries as a quiet one's.
import "server-only";
import { db } from "@/lib/db";
import type { ActivityStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allOf } from "@/lib/auth/filters";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { todayInVietnam, type CalendarDate } from "@/lib/dates";
import { publishedWorkWhere, trackingRights } from "@/lib/activities/access";
import type { WorkGroup } from "@/lib/activities/rules";
import {
  activityRowSelect,
  activitySearchWhere,
  partOf,
  planRefOf,
  toActivityRow,
  unitGroupIds,
  unitWorkWhere,
  workGroupWhere,
  type WorkRole,
} from "@/lib/activities/read-model";

export type WorkFilters = { unitId: string; planId?: string; year?: number; role?: WorkRole; status?: ActivityStatus; due?: WorkGroup; q?: string };

export const WORK_GROUPS: readonly WorkGroup[] = ["overdue", "week", "upcoming", "done"];

// A busy unit has hundreds of rows: without a group chosen, each group shows
// its first rows and links to the whole group, which pages by WORK_PAGE_SIZE.
// Done work matters least here.
export const WORK_GROUP_PREVIEW: Record<WorkGroup, number> = { overdue: 25, week: 25, upcoming: 10, done: 5 };
export const WORK_PAGE_SIZE = 50;

/** No filter narrows the unit's work (a chosen group only picks which groups are shown). */
const unfiltered = (filters: WorkFilters) => !filters.role && !filters.planId && !filters.year && !filters.status && !filters.q && !filters.due;

/** Open work by deadline, soonest first; finished work most recent first. */
function workOrderBy(group: WorkGroup): Prisma.ActivityOrderByWithRelationInput[] {
  const dir = group === "done" ? "desc" : "asc";
  return [{ endDate: dir }, { order: dir }, { id: dir }];
}

/**
 * The unit's work, grouped, as every user of the organisation reads it: the
 * activities of ISSUED plans, which every role may read (readablePlansWhere
 * holds back only drafts and plans under review), so this depends on the
 * organisation, never on the user, and is shared by all readers
 * (components/activities/cached-work.ts caches it). With `due`, only that
 * group, one page of it (`page`, from 1); without, the first rows of each
 * group. Each group tells how many rows it holds, so the page can link to the
 * rest.
 * Null: no such unit in the organisation.
 */
export async function unitWorkOfOrganization(organizationId: string, filters: WorkFilters, today: CalendarDate = todayInVietnam(), { page = 1 }: { page?: number } = {}) {
  const shape = await unitWorkShape(organizationId, filters, today, { page });
  return shape && unitWorkRows(shape, today);
}

/**
 * The list without its rows: the unit, its groups, the plans it works on and,
 * per group, its count, page and the ids shown. All of it follows from the
 * activities' statuses, end dates, order and units and the plans' statuses,
 * none from progress, so a progress report leaves it as it was (cached apart,
 * with the schedule tags). Null: no such unit in the organisation.
 */
export async function unitWorkShape(organizationId: string, filters: WorkFilters, today: CalendarDate, { page = 1 }: { page?: number } = {}) {
  // The groups are read alongside: they are used only when the unit is this organisation's.
  const [unit, unitGroups] = await Promise.all([
    db.unit.findFirst({ where: { id: filters.unitId, organizationId }, select: { id: true, name: true } }),
    unitGroupIds(db, filters.unitId),
  ]);
  if (!unit) return null;
  const unitWork = allOf<Prisma.ActivityWhereInput>(publishedWorkWhere(organizationId), unitWorkWhere(unit.id));
  const filtered = allOf<Prisma.ActivityWhereInput>(
    unitWork,
    filters.role && unitWorkWhere(unit.id, { role: filters.role }),
    filters.planId && { planId: filters.planId },
    filters.year && { plan: { year: filters.year } },
    filters.status && { status: filters.status },
    activitySearchWhere(filters.q),
  );
  const shownGroups = filters.due ? [filters.due] : WORK_GROUPS;
  // Each group's count and the ids of its shown rows; the rows of every group
  // are read together after (unitWorkRows): their relations cost their queries once, not per group.
  const [totalCount, plans, groups] = await Promise.all([
    unfiltered(filters) ? null : db.activity.count({ where: unitWork }),
    db.plan.findMany({
      where: { activities: { some: unitWork } },
      orderBy: [{ year: "desc" }, { number: "desc" }, { id: "asc" }],
      select: { id: true, title: true, status: true, number: true, symbol: true, organization: { select: { code: true } } },
    }),
    Promise.all(
      shownGroups.map(async (group) => {
        const where = allOf<Prisma.ActivityWhereInput>(filtered, workGroupWhere(group, today));
        const size = filters.due ? WORK_PAGE_SIZE : WORK_GROUP_PREVIEW[group];
        const count = await db.activity.count({ where });
        const pages = Math.max(1, Math.ceil(count / size));
        const pageNo = filters.due ? Math.min(page, pages) : 1;
        const ids = await db.activity.findMany({ where, orderBy: workOrderBy(group), skip: (pageNo - 1) * size, take: size, select: { id: true } });
        return { group, count, page: pageNo, pages, ids: ids.map((row) => row.id) };
      }),
    ),
  ]);
  // Unfiltered, the groups split the unit's whole work: their counts add up to it.
  const total = totalCount ?? groups.reduce((n, group) => n + group.count, 0);
  return { unit: { id: unit.id, name: unit.name }, unitGroupIds: unitGroups, total, plans: plans.map(planRefOf), groups };
}

export type UnitWorkShape = NonNullable<Awaited<ReturnType<typeof unitWorkShape>>>;

/** The shown rows of a list's shape, in one read: what a progress report changes. */
export async function unitWorkRows(shape: UnitWorkShape, today: CalendarDate) {
  const { unit, unitGroupIds: unitGroups } = shape;
  const shownIds = shape.groups.flatMap((group) => group.ids);
  const rows = shownIds.length ? await db.activity.findMany({ where: { id: { in: shownIds } }, select: { ...activityRowSelect, leadUnitId: true } }) : [];
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const toItem = (row: (typeof rows)[number]) => {
    const activity = { leadUnitId: row.leadUnitId, supporterUnitIds: row.supporters.map((s) => s.unit.id) };
    return { ...toActivityRow(row, today), ...activity, part: partOf(unit.id, unitGroups, activity)! };
  };
  return {
    unit,
    unitGroupIds: unitGroups,
    total: shape.total,
    plans: shape.plans,
    groups: shape.groups.map(({ ids, ...group }) => ({ ...group, items: ids.flatMap((id) => rowById.get(id) ?? []).map(toItem) })),
  };
}

export type SharedUnitWork = NonNullable<Awaited<ReturnType<typeof unitWorkOfOrganization>>>;

/**
 * What this user may do on the rows of a unit's work list: the user's own
 * unit's part in each row (the listed unit's part when it is their unit, else
 * worked out with their unit's groups: one query) through trackingRights.
 */
export async function workRightsOf(user: SessionUser, listed: { unitId: string; unitGroupIds: string[] }) {
  const own = user.unitId === listed.unitId;
  const userGroups = own ? listed.unitGroupIds : await unitGroupIds(db, user.unitId);
  return (row: { leadUnitId: string; supporterUnitIds: string[]; plan: { status: PlanStatus } }) =>
    trackingRights(user.role, partOf(user.unitId, userGroups, row), row.plan.status);
}

/** The unit's work as the user reads it: the shared list, with the user's rights on each row. */
export async function listUnitWork(user: SessionUser, filters: WorkFilters, today: CalendarDate = todayInVietnam(), options: { page?: number } = {}) {
  const work = await unitWorkOfOrganization(user.organizationId, filters, today, options);
  if (!work) throw notFound("đơn vị");
  const rightsOf = await workRightsOf(user, { unitId: work.unit.id, unitGroupIds: work.unitGroupIds });
  return { ...work, groups: work.groups.map((group) => ({ ...group, items: group.items.map((item) => ({ ...item, rights: rightsOf(item) })) })) };
}

export type UnitWork = Awaited<ReturnType<typeof listUnitWork>>;
export type WorkItem = UnitWork["groups"][number]["items"][number];
