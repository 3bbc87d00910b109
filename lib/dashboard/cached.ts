// Figures that are the same for every reader of an organisation, computed once
// per change (remember(), lib/cache/memo.ts) and shared by all of them. Each takes
// what it depends on as arguments (they are the cache key): the organisation,
// the plan or year, and the Vietnam date, since "quá hạn" turns over at
// midnight in Asia/Ho_Chi_Minh. Never the user: a page checks access first
// (planIsReadable answers 404 for a plan the user may not read) and keeps what
// depends on the user (rights, "my unit", the latest updates) out of these.
//
// Re-render only what a write changed: one plan's figures are fragments of
// their own, tagged with that plan only (plan:<p>, plan:<p>:work), and the
// organisation-wide fragments that show a few plans (home cards, the year's
// chart) are made of them. remember() hands a nested fragment's tags to the one that
// called it, so those are stale after a write to any plan they show; making
// them again then reads the written plan's figures afresh (one statement) and
// every other plan's from the cache, instead of counting the whole
// organisation's activities again.
import "server-only";
import { remember, rememberEach } from "@/lib/cache/memo";
import { db } from "@/lib/db";
import type { CalendarDate } from "@/lib/dates";
import { orgNamesTag, orgPlansFragmentTags, orgScheduleTag, orgTag, orgWorkTag, planFragmentTags, planScheduleFragmentTags, planTag, planWorkFragmentTags } from "@/lib/cache/tags";
import { issuedPlansOfOrganization, issuedPlanYears, latestUpdatesIn, nextSevenDaysRowsOfOrganization, unitRowsOf, upcomingItem, type UnitRow } from "@/lib/dashboard/queries";
import { cachedUnitList } from "@/lib/units/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planDashboardOfOrganization, planHeaderOfOrganization } from "@/lib/dashboard/plan";
import { planCalendarItemsOfOrganization } from "@/lib/dashboard/calendar";
import { planFigures, type PlanFigures } from "@/lib/dashboard/plan-figures";
import { timelineYearsWhere } from "@/lib/dashboard/timeline";
import { addUpUnitFigures, unitFiguresByPlan, type UnitFigures } from "@/lib/dashboard/counting";
import { planCardsHtml } from "@/components/dashboard/plan-cards";
import { sortUnits, UNIT_ROWS, unitRowsHtml, type SortKey } from "@/components/dashboard/unit-table";
import { attentionHref } from "@/lib/activities/attention-address";
import { upcomingListHtml } from "@/components/dashboard/upcoming-list";

/** The home page's cards: the newest running plans; "Xem đủ" shows them all. */
export const PLAN_CARDS = 12;

/** One plan's progress and its phases' (one statement), until the plan or its work changes. */
export function cachedPlanFigures(organizationId: string, planId: string, today: CalendarDate): Promise<PlanFigures> {
  return remember("cachedPlanFigures", [organizationId, planId, today], planWorkFragmentTags(planId), () => planFigures(db, organizationId, planId, today));
}

export type UnitFigureEntry = [unitId: string, figures: { lead: UnitFigures; support: UnitFigures }];

// Counts by status, overdue and on time: no progress, so a progress report leaves them (schedule tags).
const planUnitFiguresTags = planScheduleFragmentTags;

/** What each unit leads and supports in one plan; groups expand to their members, so names (groups) tag it too. */
export async function cachedPlanUnitFigures(organizationId: string, planId: string, today: CalendarDate): Promise<UnitFigureEntry[]> {
  return remember("cachedPlanUnitFigures", [organizationId, planId, today], planUnitFiguresTags(organizationId, planId), async () => {
    return [...((await unitFiguresByPlan(db, organizationId, [planId], today)).get(planId) ?? [])];
  });
}

/** The same entries for many plans: those in the cache as they are, the missing ones counted together (one statement). */
function cachedPlansUnitFigures(organizationId: string, planIds: string[], today: CalendarDate): Promise<UnitFigureEntry[][]> {
  const keys = planIds.map((planId) => [organizationId, planId, today] as const);
  return rememberEach("cachedPlanUnitFigures", keys, ([, planId]) => planUnitFiguresTags(organizationId, planId), async (missing) => {
    const byPlan = await unitFiguresByPlan(db, organizationId, missing.map(([, planId]) => planId), today);
    return missing.map(([, planId]) => [...(byPlan.get(planId) ?? [])]);
  });
}

/** The issued plans (of a year), newest first: their rows (org:<o>) and the organisation's code in their numbers (names). */
function cachedIssuedPlans(organizationId: string, year: number | null) {
  return remember("cachedIssuedPlans", [organizationId, year], orgPlansFragmentTags(organizationId), () => issuedPlansOfOrganization(organizationId, year));
}

function cachedIssuedPlanYears(organizationId: string) {
  return remember("cachedIssuedPlanYears", [organizationId], [orgTag(organizationId)], () => issuedPlanYears(organizationId));
}

/** The home cards (markup), how many plans run and in which years: the plans' rows, and each shown plan's figures. */
export async function cachedHomePlans(organizationId: string, year: number | null, today: CalendarDate, all: boolean): Promise<{ count: number; years: number[]; cards: string }> {
  return remember("cachedHomePlans", [organizationId, year, today, all], orgPlansFragmentTags(organizationId), async () => {
    const [plans, years] = await Promise.all([cachedIssuedPlans(organizationId, year), cachedIssuedPlanYears(organizationId)]);
    const shown = all ? plans : plans.slice(0, PLAN_CARDS);
    const figures = await Promise.all(shown.map((plan) => cachedPlanFigures(organizationId, plan.id, today)));
    return { count: plans.length, years, cards: planCardsHtml(shown.map((plan, i) => ({ ...plan, ...figures[i]!.progress }))).value };
  });
}

/**
 * The table by unit over the issued plans (of a year), every unit counted once
 * per activity: each plan's unit figures, added up. A progress update makes
 * one plan's entry stale, so the table is made again from that plan's count
 * (one statement) and every other plan's entry, instead of counting the whole
 * organisation's activities again (on the bench, 11 ms of the database and
 * 2 ms of the app server per write). A cold cache counts all the plans it
 * lacks in one statement (cachedPlansUnitFigures).
 */
export async function cachedHomeUnits(organizationId: string, year: number | null, today: CalendarDate): Promise<UnitRow[]> {
  return remember("cachedHomeUnits", [organizationId, year, today], orgPlansFragmentTags(organizationId), async () => {
    const plans = await cachedIssuedPlans(organizationId, year);
    const [perPlan, units] = await Promise.all([cachedPlansUnitFigures(organizationId, plans.map((plan) => plan.id), today), cachedUnitList(organizationId)]);
    return unitRowsOf(units, addUpUnitFigures(perPlan));
  });
}

/**
 * The next seven days (markup): any activity of any issued plan may enter or
 * leave it, so every write to a schedule re-makes it (not a progress report:
 * the list shows windows, not progress): one indexed read of the activities,
 * named from the issued plans' and the units' own entries.
 */
export async function cachedUpcoming(organizationId: string, year: number | null, today: CalendarDate): Promise<string> {
  return remember("cachedUpcoming", [organizationId, year, today], [orgTag(organizationId), orgScheduleTag(organizationId), orgNamesTag(organizationId)], async () => {
    const [rows, plans, units] = await Promise.all([nextSevenDaysRowsOfOrganization(organizationId, year, today), cachedIssuedPlans(organizationId, year), cachedUnitList(organizationId)]);
    const planById = new Map(plans.map((plan) => [plan.id, plan]));
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    // The rows' plans are issued plans of the same year, so both maps hold them (both read after any change of theirs).
    const items = rows.flatMap((row) => {
      const plan = planById.get(row.planId);
      return plan ? [upcomingItem(row, today, unitById.get(row.leadUnitId)?.shortName ?? "", plan)] : [];
    });
    return upcomingListHtml(items).value;
  });
}

/** A view of the table by unit: what the reader chose (sort, all rows) and what the page decided for them (their unit, links they may follow). */
export type UnitTableView = { sort: SortKey; dir: "asc" | "desc"; expanded: boolean; ownUnitId: string | null; highlightUnitId: string | null; attentionLinks: boolean };

type UnitTableFragment = { body: string; total: number; mine: UnitRow | null };

/** The table's rows as markup for one view, and the reader's own unit's figures ("Đơn vị của bạn"). */
function unitTableFragment(all: UnitRow[], view: UnitTableView, hrefs: { list: (unitId: string, filter: Record<string, string>) => string; attention: (unitId: string) => string }): UnitTableFragment {
  let units = sortUnits(all, view.sort, view.dir);
  // Staff see their own unit first.
  const own = view.ownUnitId;
  if (own) units = [...units.filter((u) => u.id === own), ...units.filter((u) => u.id !== own)];
  const shown = view.expanded ? units : units.slice(0, UNIT_ROWS);
  const body = unitRowsHtml(shown, { listHref: hrefs.list, unitHref: view.attentionLinks ? hrefs.attention : undefined, highlightUnitId: view.highlightUnitId });
  return { body: body.value, total: all.length, mine: own ? (all.find((u) => u.id === own) ?? null) : null };
}

/**
 * The home table by unit for one view: its rows' markup, made once per change
 * and view (a view is a sort, a reader's unit and whether they may open Việc
 * cần chú ý: the page decides those from the user, the fragment only draws
 * them), instead of carrying every unit's figures into each request.
 */
export async function cachedHomeUnitTable(organizationId: string, year: number | null, today: CalendarDate, view: UnitTableView): Promise<UnitTableFragment> {
  return remember("cachedHomeUnitTable", [organizationId, year, today, view], orgPlansFragmentTags(organizationId), async () => {
    const yearQuery: Record<string, string> = year === null ? {} : { year: String(year) };
    return unitTableFragment(await cachedHomeUnits(organizationId, year, today), view, {
      list: (unitId, filter) => `/my-work?${new URLSearchParams({ unit: unitId, ...yearQuery, ...filter })}`,
      attention: (unitId) => attentionHref(unitId),
    });
  });
}

/**
 * The plan dashboard's table by unit for one view (attention links only on an
 * issued plan): the plan's unit figures (schedule tags: a progress report
 * leaves it), its header and the units' names.
 */
export async function cachedPlanUnitTable(organizationId: string, planId: string, today: CalendarDate, view: UnitTableView): Promise<UnitTableFragment> {
  return remember("cachedPlanUnitTable", [organizationId, planId, today, view], [planTag(planId), orgNamesTag(organizationId)], async () => {
    const [header, units, figures] = await Promise.all([cachedPlanHeader(organizationId, planId), cachedUnitList(organizationId), cachedPlanUnitFigures(organizationId, planId, today)]);
    return unitTableFragment(unitRowsOf(units, new Map(figures)), { ...view, attentionLinks: view.attentionLinks && header.status === "ISSUED" }, {
      list: (unitId, filter) => `/my-work?${new URLSearchParams({ unit: unitId, plan: planId, ...filter })}`,
      attention: (unitId) => attentionHref(unitId, { plan: planId }),
    });
  });
}

export async function cachedPlanDashboard(organizationId: string, planId: string, today: CalendarDate) {
  return remember("cachedPlanDashboard", [organizationId, planId, today], [...planFragmentTags(organizationId, planId)], async () => {
    return planDashboardOfOrganization(
      organizationId,
      planId,
      today,
      {
        figures: () => cachedPlanFigures(organizationId, planId, today),
        unitFigures: async () => new Map(await cachedPlanUnitFigures(organizationId, planId, today)),
      },
      () => cachedPlanHeader(organizationId, planId),
    );
  });
}

/** The dashboard without its table by unit, which the page takes from cachedPlanUnitTable. */
export async function cachedPlanDashboardSummary(organizationId: string, planId: string, today: CalendarDate) {
  return remember("cachedPlanDashboardSummary", [organizationId, planId, today], [...planFragmentTags(organizationId, planId)], async () => {
    const { units: _units, ...rest } = await cachedPlanDashboard(organizationId, planId, today);
    return rest;
  });
}

/** A plan's title, number, status and phases: its row, its phases and the organisation's code (names). */
export async function cachedPlanHeader(organizationId: string, planId: string) {
  return remember("cachedPlanHeader", [organizationId, planId], [planTag(planId), orgNamesTag(organizationId)], async () => {
    return planHeaderOfOrganization(organizationId, planId);
  });
}

export async function cachedPlanCalendarItems(organizationId: string, planId: string) {
  return remember("cachedPlanCalendarItems", [organizationId, planId], [...planFragmentTags(organizationId, planId)], async () => {
    return planCalendarItemsOfOrganization(organizationId, planId);
  });
}

/**
 * The home page's latest updates, as seen through one filter of readable
 * activities (readableActivitiesWhere(user), which is the same for every
 * user who may read the same plan statuses: the filter is the key, never the
 * user). Any activity-level write of the organisation, a plan's status and
 * the names shown (authors, units) make it stale.
 */
export async function cachedLatestUpdates(organizationId: string, activities: Prisma.ActivityWhereInput) {
  return remember("cachedLatestUpdates", [organizationId, activities], [orgTag(organizationId), orgWorkTag(organizationId), orgNamesTag(organizationId)], async () => {
    return latestUpdatesIn(organizationId, activities);
  });
}

/**
 * The years the year view offers, through one filter of readable plans
 * (readablePlansWhere(user): the key is the filter, never the user). A plan's
 * row (its year, its status) notifies org:<o>.
 */
export async function cachedTimelineYears(organizationId: string, plans: Prisma.PlanWhereInput) {
  return remember("cachedTimelineYears", [organizationId, plans], [orgTag(organizationId)], async () => {
    return timelineYearsWhere(plans);
  });
}
