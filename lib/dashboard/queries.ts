import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { readablePlansWhere } from "@/lib/plans/access";
import { readableActivitiesWhere } from "@/lib/activities/access";
import { allOf } from "@/lib/auth/filters";
import { ownWorkUnitId } from "@/lib/units/access";
import { planDisplayTitle } from "@/lib/plans/document";
import { planNumberLabel } from "@/lib/plans/numbering";
import { fromDbDate, shiftDate, todayInVietnam, toDbDate, type CalendarDate } from "@/lib/dates";
import { CLOSED_STATUSES, isDueSoon } from "@/lib/activities/rules";
import { onTimeRate, progressOfPlans, unitFigures, type UnitFigures } from "@/lib/dashboard/counting";

/** Issued plans with their progress, in a fixed number of queries. */
export async function runningPlans(user: SessionUser, options: { year?: number } = {}, today = todayInVietnam()) {
  return runningPlansWhere(user.organizationId, readablePlansWhere(user), options, today);
}

async function runningPlansWhere(organizationId: string, readable: Prisma.PlanWhereInput, options: { year?: number }, today: CalendarDate) {
  const plans = await issuedPlansWhere(readable, options);
  const progress = await progressOfPlans(db, organizationId, plans.map((p) => p.id), today);
  return plans.map((plan) => ({ ...plan, ...progress.get(plan.id)! }));
}

/** Issued plans, newest first: what a home card names (its figures come apart, lib/dashboard/plan-figures.ts). */
async function issuedPlansWhere(readable: Prisma.PlanWhereInput, options: { year?: number }) {
  const plans = await db.plan.findMany({
    where: allOf<Prisma.PlanWhereInput>(readable, { status: "ISSUED" }, options.year && { year: options.year }),
    orderBy: [{ year: "desc" }, { issueDate: "desc" }],
    select: { id: true, title: true, year: true, number: true, symbol: true, organization: { select: { code: true } } },
  });
  return plans.map((plan) => ({ id: plan.id, displayTitle: planDisplayTitle(plan.title), year: plan.year, numberLabel: planNumberLabel(plan) }));
}

/** The organisation's issued plans (of a year): every user of it may read them. */
export function issuedPlansOfOrganization(organizationId: string, year: number | null) {
  return issuedPlansWhere({ organizationId }, year === null ? {} : { year });
}

/** The years that have issued plans, newest first (one GROUP BY). */
export async function issuedPlanYears(organizationId: string): Promise<number[]> {
  const rows = await db.plan.groupBy({ by: ["year"], where: { organizationId, status: "ISSUED" }, orderBy: { year: "desc" } });
  return rows.map((r) => r.year);
}

export type UnitRow = {
  id: string;
  name: string;
  shortName: string;
  lead: UnitFigures & { onTimeRate: number | null };
  support: UnitFigures & { onTimeRate: number | null };
};

/** The table by unit: every unit that leads or supports something in scope. */
export async function unitTable(user: SessionUser, scope: { year?: number | null; planId?: string | null }, today = todayInVietnam()): Promise<UnitRow[]> {
  return unitTableOf(user.organizationId, scope, today);
}

/** The table by unit of an organisation: the same for every user who may see it. */
export async function unitTableOf(organizationId: string, scope: { year?: number | null; planId?: string | null }, today: CalendarDate): Promise<UnitRow[]> {
  const figures = await unitFigures(db, { organizationId, today, ...scope });
  return unitRowsOf(await unitNames(organizationId, [...figures.keys()]), figures);
}

/** The names of the units a table shows, in the organisation's order. */
export function unitNames(organizationId: string, ids: string[]) {
  return db.unit.findMany({
    where: { organizationId, id: { in: ids } },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
  });
}

/** The table's rows: units (in order) that lead or support something, with their figures and on-time rates. */
export function unitRowsOf(units: readonly { id: string; name: string; shortName: string }[], figures: Map<string, { lead: UnitFigures; support: UnitFigures }>): UnitRow[] {
  return units
    .filter((unit) => figures.has(unit.id))
    .map((unit) => {
      const f = figures.get(unit.id)!;
      return {
        id: unit.id,
        name: unit.name,
        shortName: unit.shortName,
        lead: { ...f.lead, onTimeRate: onTimeRate(f.lead) },
        support: { ...f.support, onTimeRate: onTimeRate(f.support) },
      };
    });
}

/**
 * The next seven days of the organisation's issued plans, which every user of
 * it may read: the activities alone (one statement); the cached fragment
 * (lib/dashboard/cached.ts) names their plans and units from its own entries.
 */
export function nextSevenDaysRowsOfOrganization(organizationId: string, year: number | null, today: CalendarDate) {
  return db.activity.findMany({
    where: upcomingWhere({ organizationId, plan: { organizationId } }, year === null ? {} : { year }, today),
    orderBy: [{ endDate: "asc" }, { order: "asc" }],
    take: UPCOMING_ROWS,
    select: { id: true, content: true, startDate: true, endDate: true, status: true, leadUnitId: true, planId: true },
  });
}

/** Activities of running plans whose window touches the next 7 days. */
export function nextSevenDays(user: SessionUser, options: { year?: number } = {}, today = todayInVietnam()) {
  return nextSevenDaysWhere(readableActivitiesWhere(user), options, today);
}

async function nextSevenDaysWhere(readable: Prisma.ActivityWhereInput, options: { year?: number }, today: CalendarDate) {
  const rows = await db.activity.findMany({
    where: upcomingWhere(readable, options, today),
    orderBy: [{ endDate: "asc" }, { order: "asc" }],
    take: UPCOMING_ROWS,
    select: {
      id: true,
      content: true,
      startDate: true,
      endDate: true,
      status: true,
      leadUnit: { select: { shortName: true } },
      plan: { select: { id: true, title: true, number: true, symbol: true, organization: { select: { code: true } } } },
    },
  });
  return rows.map((row) => upcomingItem(row, today, row.leadUnit.shortName, { numberLabel: planNumberLabel(row.plan), displayTitle: planDisplayTitle(row.plan.title) }));
}

const UPCOMING_ROWS = 30;

function upcomingWhere(readable: Prisma.ActivityWhereInput, options: { year?: number }, today: CalendarDate): Prisma.ActivityWhereInput {
  return allOf<Prisma.ActivityWhereInput>(readable, {
    plan: { status: "ISSUED", ...(options.year ? { year: options.year } : {}) },
    status: { notIn: [...CLOSED_STATUSES] },
    startDate: { lte: toDbDate(shiftDate(today, 7)) },
    endDate: { gte: toDbDate(today) },
  });
}

/** One line of the next seven days. */
export function upcomingItem(
  row: { id: string; content: string; startDate: Date; endDate: Date; status: ActivityStatus },
  today: CalendarDate,
  lead: string,
  plan: { numberLabel: string | null; displayTitle: string },
) {
  const end = fromDbDate(row.endDate);
  return {
    id: row.id,
    content: row.content,
    start: fromDbDate(row.startDate),
    end,
    status: row.status,
    dueSoon: isDueSoon({ end, status: row.status }, today),
    lead,
    planNumber: plan.numberLabel,
    planTitle: plan.displayTitle,
  };
}

/**
 * The latest updates from units: who, what, when. Per user (they may come from
 * drafts): two statements whatever the limit, the access filter choosing the
 * rows, then what they show joined to them (relationJoins).
 */
export async function latestUpdates(user: SessionUser, limit = 10) {
  return latestUpdatesIn(user.organizationId, readableActivitiesWhere(user), limit);
}

/**
 * The same for the activities a filter picks: readableActivitiesWhere(user)
 * depends on the user only through which plan statuses they may read, so the
 * home page caches this keyed by the filter itself (lib/dashboard/cached.ts).
 */
export async function latestUpdatesIn(organizationId: string, activities: Prisma.ActivityWhereInput, limit = 10) {
  // Two statements: the ids, then their rows. In one, PostgreSQL set up the
  // joins for the names as if for every update of the organisation (103,666
  // estimated rows on the bench) and took 7.5 ms to return ten; the ids take
  // 0.5 ms and the ten rows less. Every write to the organisation makes this
  // list again (cachedLatestUpdates).
  const order = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.ActivityUpdateOrderByWithRelationInput[];
  const latest = await db.activityUpdate.findMany({ where: { organizationId, activity: activities }, orderBy: order, take: limit, select: { id: true } });
  if (!latest.length) return [];
  const rows = await db.activityUpdate.findMany({
    where: { organizationId, id: { in: latest.map((row) => row.id) } },
    orderBy: order,
    select: {
      id: true,
      createdAt: true,
      status: true,
      progress: true,
      note: true,
      result: true,
      author: { select: { displayName: true, unit: { select: { shortName: true } } } },
      activity: { select: { id: true, content: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    author: row.author?.displayName ?? "—",
    unit: row.author?.unit?.shortName ?? null,
    status: row.status,
    progress: row.progress,
    text: row.result || row.note,
    activityId: row.activity.id,
    activityContent: row.activity.content,
  }));
}

export async function homeDashboard(user: SessionUser, options: { year?: number } = {}, today = todayInVietnam()) {
  const [figures, updates] = await Promise.all([homeFiguresOf(user.organizationId, readablePlansWhere(user), options, today), latestUpdates(user)]);
  // A unit's staff see their own unit first, with a summary of its work.
  return { today, ...figures, updates, ownUnitId: ownWorkUnitId(user) };
}

async function homeFiguresOf(organizationId: string, readable: Prisma.PlanWhereInput, options: { year?: number }, today: CalendarDate) {
  const [plans, units, upcoming, years] = await Promise.all([
    runningPlansWhere(organizationId, readable, options, today),
    unitTableOf(organizationId, { year: options.year ?? null }, today),
    nextSevenDaysWhere({ organizationId, plan: readable }, options, today),
    db.plan.findMany({ where: allOf(readable, { status: "ISSUED" as const }), distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
  ]);
  return { plans, units, upcoming, years: years.map((y) => y.year) };
}

export type HomeDashboard = Awaited<ReturnType<typeof homeDashboard>>;
