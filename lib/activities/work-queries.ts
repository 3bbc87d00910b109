// "Việc của đơn vị": the activities of issued plans a unit leads or supports,
// in the groups Quá hạn, Tuần này, Sắp tới, Đã xong. Every filter, the groups
// and the paging run in SQL, so a busy unit's list costs the same few
// queries as a quiet one's.
import "server-only";
import { db } from "@/lib/db";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allOf } from "@/lib/auth/filters";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { todayInVietnam, type CalendarDate } from "@/lib/dates";
import { readableActivitiesWhere, trackingRights } from "@/lib/activities/access";
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

/** Open work by deadline, soonest first; finished work most recent first. */
function workOrderBy(group: WorkGroup): Prisma.ActivityOrderByWithRelationInput[] {
  const dir = group === "done" ? "desc" : "asc";
  return [{ endDate: dir }, { order: dir }, { id: dir }];
}

/**
 * The unit's work, grouped. With `due`, only that group, one page of it
 * (`page`, from 1); without, the first rows of each group. Each group tells
 * how many rows it holds, so the page can link to the rest.
 */
export async function listUnitWork(user: SessionUser, filters: WorkFilters, today: CalendarDate = todayInVietnam(), { page = 1 }: { page?: number } = {}) {
  const unit = await db.unit.findFirst({ where: { id: filters.unitId, organizationId: user.organizationId }, select: { id: true, name: true } });
  if (!unit) throw notFound("đơn vị");
  const unitWork = allOf<Prisma.ActivityWhereInput>(readableActivitiesWhere(user), { plan: { status: "ISSUED" } }, unitWorkWhere(unit.id));
  const filtered = allOf<Prisma.ActivityWhereInput>(
    unitWork,
    filters.role && unitWorkWhere(unit.id, { role: filters.role }),
    filters.planId && { planId: filters.planId },
    filters.year && { plan: { year: filters.year } },
    filters.status && { status: filters.status },
    activitySearchWhere(filters.q),
  );
  const shownGroups = filters.due ? [filters.due] : WORK_GROUPS;
  const [unitGroups, userGroups, total, plans, groups] = await Promise.all([
    unitGroupIds(db, unit.id),
    user.unitId && user.unitId !== unit.id ? unitGroupIds(db, user.unitId) : null,
    db.activity.count({ where: unitWork }),
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
        const rows = await db.activity.findMany({ where, orderBy: workOrderBy(group), skip: (pageNo - 1) * size, take: size, select: { ...activityRowSelect, leadUnitId: true } });
        return { group, count, page: pageNo, pages, rows };
      }),
    ),
  ]);
  const toItem = (row: (typeof groups)[number]["rows"][number]) => {
    const activity = { leadUnitId: row.leadUnitId, supporterUnitIds: row.supporters.map((s) => s.unit.id) };
    const myPart = partOf(user.unitId, userGroups ?? unitGroups, activity);
    return { ...toActivityRow(row, today), part: partOf(unit.id, unitGroups, activity)!, rights: trackingRights(user.role, myPart, row.plan.status) };
  };
  return {
    unit,
    total,
    plans: plans.map(planRefOf),
    groups: groups.map(({ rows, ...group }) => ({ ...group, items: rows.map(toItem) })),
  };
}

export type UnitWork = Awaited<ReturnType<typeof listUnitWork>>;
export type WorkItem = UnitWork["groups"][number]["items"][number];
