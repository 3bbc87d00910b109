import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/generated/prisma/client";
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
  const plans = await db.plan.findMany({
    where: allOf<Prisma.PlanWhereInput>(readable, { status: "ISSUED" }, options.year && { year: options.year }),
    orderBy: [{ year: "desc" }, { issueDate: "desc" }],
    select: { id: true, title: true, year: true, number: true, symbol: true, organization: { select: { code: true } } },
  });
  const progress = await progressOfPlans(db, organizationId, plans.map((p) => p.id), today);
  return plans.map((plan) => ({
    id: plan.id,
    displayTitle: planDisplayTitle(plan.title),
    year: plan.year,
    numberLabel: planNumberLabel(plan),
    ...progress.get(plan.id)!,
  }));
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
  const [figures, units] = await Promise.all([
    unitFigures(db, { organizationId, today, ...scope }),
    db.unit.findMany({ where: { organizationId }, select: { id: true, name: true, shortName: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }] }),
  ]);
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

/** Activities of running plans whose window touches the next 7 days. */
export async function nextSevenDays(user: SessionUser, options: { year?: number } = {}, today = todayInVietnam()) {
  return nextSevenDaysWhere(readableActivitiesWhere(user), options, today);
}

async function nextSevenDaysWhere(readable: Prisma.ActivityWhereInput, options: { year?: number }, today: CalendarDate) {
  const rows = await db.activity.findMany({
    where: allOf<Prisma.ActivityWhereInput>(readable, {
      plan: { status: "ISSUED", ...(options.year ? { year: options.year } : {}) },
      status: { notIn: [...CLOSED_STATUSES] },
      startDate: { lte: toDbDate(shiftDate(today, 7)) },
      endDate: { gte: toDbDate(today) },
    }),
    orderBy: [{ endDate: "asc" }, { order: "asc" }],
    take: 30,
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
  return rows.map((row) => {
    const end = fromDbDate(row.endDate);
    return {
      id: row.id,
      content: row.content,
      start: fromDbDate(row.startDate),
      end,
      status: row.status,
      dueSoon: isDueSoon({ end, status: row.status }, today),
      lead: row.leadUnit.shortName,
      planNumber: planNumberLabel(row.plan),
      planTitle: planDisplayTitle(row.plan.title),
    };
  });
}

/** The latest updates from units: who, what, when. */
export async function latestUpdates(user: SessionUser, limit = 10) {
  const rows = await db.activityUpdate.findMany({
    where: { organizationId: user.organizationId, activity: readableActivitiesWhere(user) },
    orderBy: { createdAt: "desc" },
    take: limit,
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

/**
 * The home dashboard's figures, which cover issued plans only: every user of
 * the organisation may read those (readablePlansWhere), so the figures are the
 * same for all of them and one cached copy serves everyone (lib/dashboard/cached.ts).
 * The latest updates (they may come from drafts) stay per user.
 */
export async function homeFiguresOfOrganization(organizationId: string, year: number | null, today: CalendarDate) {
  return homeFiguresOf(organizationId, { organizationId }, year === null ? {} : { year }, today);
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
