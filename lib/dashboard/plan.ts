import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { readablePlansWhere } from "@/lib/plans/access";
import { allOf } from "@/lib/auth/filters";
import { planDisplayTitle } from "@/lib/plans/document";
import { planNumberLabel } from "@/lib/plans/numbering";
import { daysBetween, fromDbDate, fromDbDateOrNull, shiftDate, todayInVietnam, type CalendarDate } from "@/lib/dates";
import { unitFigures, type UnitFigures } from "@/lib/dashboard/counting";
import { planFigures, type PlanFigures } from "@/lib/dashboard/plan-figures";
import { unitRowsOf } from "@/lib/dashboard/queries";
import { cachedUnitList } from "@/lib/units/cached";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The plan's header data: the same for every tab. */
export async function planHeader(user: SessionUser, planId: string) {
  if (!z.uuid().safeParse(planId).success) throw notFound("kế hoạch");
  return planHeaderWhere(allOf(readablePlansWhere(user), { id: planId }));
}

/** The same for a cached fragment, which the page renders only after its access check (planIsReadable). */
export function planHeaderOfOrganization(organizationId: string, planId: string) {
  return planHeaderWhere({ organizationId, id: planId });
}

async function planHeaderWhere(where: Prisma.PlanWhereInput) {
  const plan = await db.plan.findFirst({
    where,
    select: {
      id: true,
      title: true,
      year: true,
      status: true,
      number: true,
      numberText: true,
      symbol: true,
      eventDate: true,
      organization: { select: { code: true } },
      phases: { orderBy: { order: "asc" }, select: { id: true, code: true, title: true, startDate: true, endDate: true } },
    },
  });
  if (!plan) throw notFound("kế hoạch");
  const phases = plan.phases.map((p) => ({ id: p.id, code: p.code, title: p.title, start: fromDbDate(p.startDate), end: fromDbDate(p.endDate) }));
  const starts = phases.map((p) => p.start).sort();
  const ends = phases.map((p) => p.end).sort();
  return {
    id: plan.id,
    displayTitle: planDisplayTitle(plan.title),
    year: plan.year,
    status: plan.status,
    eventDate: fromDbDateOrNull(plan.eventDate),
    numberLabel: planNumberLabel(plan),
    phases,
    window: starts.length ? { start: starts[0]!, end: ends.at(-1)! } : null,
  };
}

export type BurnUpPoint = { day: CalendarDate; done: number };

/** At most this many points: a long range (an old plan finished years later) is sampled, never dropped. */
export const BURN_UP_MAX_POINTS = 366;

/**
 * Cumulative activities done per day (from the update history), over the plan's window. Over a long range the
 * points are every `stride` days, and the last day is always a point, so the chart ends on the true count.
 */
export function burnUpSeries(doneDays: CalendarDate[], window: { start: CalendarDate; end: CalendarDate }): BurnUpPoint[] {
  const points: BurnUpPoint[] = [];
  const sorted = [...doneDays].sort();
  const stride = Math.max(1, Math.ceil((daysBetween(window.start, window.end) + 1) / BURN_UP_MAX_POINTS));
  let index = 0;
  let done = sorted.filter((d) => d < window.start).length;
  index = done;
  const push = (day: CalendarDate) => {
    while (index < sorted.length && sorted[index]! <= day) {
      done += 1;
      index += 1;
    }
    points.push({ day, done });
  };
  let day = window.start;
  for (; day < window.end; day = shiftDate(day, stride)) push(day);
  push(window.end);
  return points;
}

export async function planDashboard(user: SessionUser, planId: string, today = todayInVietnam()) {
  return planDashboardOf(user.organizationId, await planHeader(user, planId), today, directSources(user.organizationId, planId, today));
}

/** Where the dashboard's figures come from: straight from the database, or from the plan's cached fragments (lib/dashboard/cached.ts). */
export type DashboardSources = {
  figures: () => Promise<PlanFigures>;
  unitFigures: () => Promise<Map<string, { lead: UnitFigures; support: UnitFigures }>>;
};

const directSources = (organizationId: string, planId: string, today: CalendarDate): DashboardSources => ({
  figures: () => planFigures(db, organizationId, planId, today),
  unitFigures: () => unitFigures(db, { organizationId, today, planId }),
});

/**
 * The same for a cached fragment, which the page renders only after its access
 * check (planIsReadable). `header`: the plan's header when the caller has it
 * (its own cached entry, which a progress update leaves in place).
 */
export async function planDashboardOfOrganization(
  organizationId: string,
  planId: string,
  today: CalendarDate,
  sources = directSources(organizationId, planId, today),
  header?: () => Promise<PlanHeader>,
) {
  return planDashboardOf(organizationId, await (header ? header() : planHeaderOfOrganization(organizationId, planId)), today, sources);
}

export type PlanHeader = Awaited<ReturnType<typeof planHeaderWhere>>;

async function planDashboardOf(organizationId: string, header: PlanHeader, today: CalendarDate, sources: DashboardSources) {
  const planId = header.id;
  const [figures, unitFiguresOfPlan, doneRows] = await Promise.all([
    sources.figures(),
    sources.unitFigures(),
    db.$queryRaw<{ day: Date }[]>`
      SELECT (min(u."createdAt") AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day
      FROM "ActivityUpdate" u JOIN "Activity" a ON a.id = u."activityId"
      WHERE a."planId" = ${planId}::uuid AND a."parentId" IS NULL AND a.status = 'DONE' AND u.status = 'DONE'
      GROUP BY a.id`,
  ]);
  const units = unitRowsOf(await cachedUnitList(organizationId), unitFiguresOfPlan);
  const phases = header.phases.map((phase) => ({ ...phase, ...(figures.phases[phase.id] ?? { total: 0, done: 0, averageProgress: 0 }) }));
  const doneDays = doneRows.map((r) => fromDbDate(r.day));
  const window = header.window;
  const range = window ? { start: window.start, end: doneDays.reduce((max, d) => (d > max ? d : max), window.end) } : null;
  // The window ends where the last work was done, however late: the 2023 plan whose last activity was reported in
  // 2026 used to lose its chart here, and the page then said the plan had no phase.
  const series = range ? burnUpSeries(doneDays, range) : [];
  return { header, progress: figures.progress, phases, units, burnUp: { total: figures.progress.total, series, today } };
}

export type PlanDashboard = Awaited<ReturnType<typeof planDashboard>>;
