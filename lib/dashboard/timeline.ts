import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { readablePlansWhere } from "@/lib/plans/access";
import { allOf } from "@/lib/auth/filters";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import { planDisplayTitle } from "@/lib/plans/title";
import { sttOf } from "@/lib/activities/read-model";
import { planNumberLabel } from "@/lib/plans/numbering";
import { fromDbDate, todayInVietnam, type CalendarDate } from "@/lib/dates";
import { isOverdue } from "@/lib/activities/rules";
import { progressOfPlans, type PlanProgress } from "@/lib/dashboard/counting";
import { cachedPlanFigures } from "@/lib/dashboard/cached";
import { remember } from "@/lib/cache/memo";
import { orgNamesTag, orgTag } from "@/lib/cache/tags";

export type TimelineRow = {
  id: string;
  kind: "plan" | "phase" | "activity" | "subtask";
  label: string;
  detail?: string;
  start: CalendarDate;
  end: CalendarDate;
  status?: ActivityStatus;
  overdue?: boolean;
  href?: string;
};

export type Timeline = { window: { start: CalendarDate; end: CalendarDate } | null; today: CalendarDate; rows: TimelineRow[] };

type PlanRow = Prisma.PlanGetPayload<{
  select: { id: true; title: true; number: true; symbol: true; organization: { select: { code: true } }; phases: { select: { id: true; code: true; title: true; startDate: true; endDate: true } } };
}>;

async function readPlans(where: Prisma.PlanWhereInput): Promise<PlanRow[]> {
  return db.plan.findMany({
    where,
    orderBy: [{ eventDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      number: true,
      symbol: true,
      organization: { select: { code: true } },
      phases: { orderBy: { order: "asc" }, select: { id: true, code: true, title: true, startDate: true, endDate: true } },
    },
  });
}

function windowOf(rows: TimelineRow[]): Timeline["window"] {
  if (!rows.length) return null;
  let start = rows[0]!.start;
  let end = rows[0]!.end;
  for (const row of rows) {
    if (row.start < start) start = row.start;
    if (row.end > end) end = row.end;
  }
  return { start, end };
}

export type ChartActivity = { id: string; order: number; content: string; startDate: Date; endDate: Date; status: ActivityStatus; leadUnit: { shortName: string } };

/** An activity's bar and its sub-tasks' after it, numbered as the plan numbers them (shared with lib/plans/timeline-reads.ts). */
export function activityRows(activity: ChartActivity, subTasks: readonly ChartActivity[], today: CalendarDate): TimelineRow[] {
  return [activity, ...subTasks].map((a, index) => {
    const end = fromDbDate(a.endDate);
    return {
      id: a.id,
      kind: index === 0 ? "activity" : "subtask",
      label: `${sttOf({ order: a.order, parent: index === 0 ? null : activity })}. ${a.content}`,
      detail: a.leadUnit.shortName,
      start: fromDbDate(a.startDate),
      end,
      status: a.status,
      overdue: isOverdue({ end, status: a.status }, today),
      href: `/activities/${a.id}`,
    };
  });
}

/** One plan's phases and activities (sub-tasks under their parent), in two queries. */
export async function planTimeline(user: SessionUser, planId: string, today = todayInVietnam()): Promise<Timeline> {
  return planTimelineWhere(allOf(readablePlansWhere(user), { id: planId }), today);
}

/** The same for a cached fragment, which the page renders only after its access check (planHeader). */
export async function planTimelineOfOrganization(organizationId: string, planId: string, today: CalendarDate): Promise<Timeline> {
  return planTimelineWhere({ organizationId, id: planId }, today);
}

async function planTimelineWhere(where: Prisma.PlanWhereInput, today: CalendarDate): Promise<Timeline> {
  const [plan] = await readPlans(where);
  if (!plan) throw notFound("kế hoạch");
  const activities = await db.activity.findMany({
    where: { planId: plan.id },
    orderBy: [{ order: "asc" }],
    select: { id: true, phaseId: true, parentId: true, order: true, content: true, startDate: true, endDate: true, status: true, leadUnit: { select: { shortName: true } } },
  });
  const childrenOf = new Map<string, typeof activities>();
  const topOf = new Map<string, typeof activities>();
  for (const a of activities) {
    const key = a.parentId ?? a.phaseId;
    const map = a.parentId ? childrenOf : topOf;
    map.set(key, [...(map.get(key) ?? []), a]);
  }
  const rows: TimelineRow[] = [];
  for (const phase of plan.phases) {
    rows.push({ id: phase.id, kind: "phase", label: `${phase.code}. ${phase.title}`, start: fromDbDate(phase.startDate), end: fromDbDate(phase.endDate) });
    for (const activity of topOf.get(phase.id) ?? []) rows.push(...activityRows(activity, childrenOf.get(activity.id) ?? [], today));
  }
  return { window: windowOf(rows), today, rows };
}

/**
 * The years the year view offers: those of every plan the filter lets through
 * (the user's readablePlansWhere: drafts included for those who read them),
 * and those with published plans (where it opens), in one statement. The year
 * view caches it keyed by the filter (lib/dashboard/cached.ts).
 */
export async function timelineYearsWhere(plans: Prisma.PlanWhereInput): Promise<{ years: number[]; published: number[] }> {
  const rows = await db.plan.groupBy({ by: ["year", "status"], where: plans });
  const desc = (years: Iterable<number>) => [...new Set(years)].sort((a, b) => b - a);
  return { years: desc(rows.map((r) => r.year)), published: desc(rows.filter((r) => PUBLISHED_PLAN_STATUSES.includes(r.status)).map((r) => r.year)) };
}

/**
 * Every plan of a year that is or was running (issued, completed, archived):
 * each plan with its phases and its progress, in a fixed number of queries.
 * Activities are one click away, on the plan's own timeline: a year holds
 * thousands, which no one reads on one chart.
 */
export async function yearTimeline(user: SessionUser, year: number, today = todayInVietnam()): Promise<Timeline> {
  return yearTimelineWhere(() => readPlans(allOf(readablePlansWhere(user), { year, status: { in: PUBLISHED_PLAN_STATUSES } })), (ids) => progressOfPlans(db, user.organizationId, ids, today), today);
}

/**
 * The same for a cached fragment: published plans only, which every user of
 * the organisation may read (readablePlansWhere), so it is the same for all.
 * Each plan's figures come from its own fragment (lib/dashboard/cached.ts): a
 * write to one plan re-reads that plan's figures only.
 */
export async function yearTimelineOfOrganization(organizationId: string, year: number, today: CalendarDate): Promise<Timeline> {
  return yearTimelineWhere(
    // The plans and their phases (org:<o>; the organisation's code prints in their numbers: names) apart from their figures.
    () => remember("cachedYearPlans", [organizationId, year], [orgTag(organizationId), orgNamesTag(organizationId)], () => readPlans({ organizationId, year, status: { in: PUBLISHED_PLAN_STATUSES } })),
    async (ids) => {
      const figures = await Promise.all(ids.map((id) => cachedPlanFigures(organizationId, id, today)));
      return new Map(ids.map((id, i) => [id, figures[i]!.progress]));
    },
    today,
  );
}

async function yearTimelineWhere(plansOf: () => Promise<readonly PlanRow[]>, progressOf: (planIds: string[]) => Promise<Map<string, PlanProgress>>, today: CalendarDate): Promise<Timeline> {
  const plans = await plansOf();
  const progress = await progressOf(plans.map((p) => p.id));
  const rows: TimelineRow[] = [];
  for (const plan of plans) {
    const phases = plan.phases.map((phase) => ({ phase, start: fromDbDate(phase.startDate), end: fromDbDate(phase.endDate) }));
    if (!phases.length) continue;
    const p = progress.get(plan.id)!;
    const number = plan.number === null ? "" : `${planNumberLabel(plan)} · `;
    rows.push({
      id: plan.id,
      kind: "plan",
      label: `${number}${planDisplayTitle(plan.title)}`,
      detail: `Tiến độ ${p.averageProgress}% · ${p.done}/${p.total} xong${p.overdue ? ` · ${p.overdue} quá hạn` : ""}`,
      start: phases.map((x) => x.start).sort()[0]!,
      end: phases.map((x) => x.end).sort().at(-1)!,
      overdue: p.overdue > 0,
      href: `/plans/${plan.id}/timeline`,
    });
    for (const { phase, start, end } of phases) rows.push({ id: phase.id, kind: "phase", label: `${phase.code}. ${phase.title}`, start, end });
  }
  return { window: windowOf(rows), today, rows };
}
