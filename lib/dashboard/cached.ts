// Figures that are the same for every reader of an organisation, computed once
// per change ("use cache", lib/cache/) and shared by all of them. Each takes
// what it depends on as arguments (they are the cache key): the organisation,
// the plan or year, and the Vietnam date, since "quá hạn" turns over at
// midnight in Asia/Ho_Chi_Minh. Never the user: a page checks access first
// (planIsReadable answers 404 for a plan the user may not read) and keeps what
// depends on the user (rights, "my unit", the latest updates) out of these.
//
// Re-render only what a write changed: one plan's figures are fragments of
// their own, tagged with that plan only (plan:<p>, plan:<p>:work), and the
// organisation-wide fragments (home cards, the table by unit, the year's chart)
// are made of them. Next.js hands a nested fragment's tags to the one that
// called it, so those are stale after a write to any plan they show; making
// them again then reads the written plan's figures afresh (one statement) and
// every other plan's from the cache, instead of counting the whole
// organisation's activities again.
import "server-only";
import { cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { CalendarDate } from "@/lib/dates";
import { orgNamesTag, orgPlansFragmentTags, orgTag, orgWorkTag, planFragmentTags, planTag, planWorkFragmentTags } from "@/lib/cache/tags";
import { issuedPlansOfOrganization, issuedPlanYears, nextSevenDaysOfOrganization, unitNames, unitRowsOf, type UnitRow } from "@/lib/dashboard/queries";
import { planDashboardOfOrganization, planHeaderOfOrganization } from "@/lib/dashboard/plan";
import { planCalendarItemsOfOrganization } from "@/lib/dashboard/calendar";
import { planFigures, type PlanFigures } from "@/lib/dashboard/plan-figures";
import { addUnitFigures, unitFigures, type UnitFigures } from "@/lib/dashboard/counting";
import { planCardsHtml } from "@/components/dashboard/plan-cards";
import { upcomingListHtml } from "@/components/dashboard/upcoming-list";

/** The home page's cards: the newest running plans; "Xem đủ" shows them all. */
export const PLAN_CARDS = 12;

/** One plan's progress and its phases' (one statement), until the plan or its work changes. */
export async function cachedPlanFigures(organizationId: string, planId: string, today: CalendarDate): Promise<PlanFigures> {
  "use cache";
  cacheTag(...planWorkFragmentTags(planId));
  return planFigures(db, organizationId, planId, today);
}

export type UnitFigureEntry = [unitId: string, figures: { lead: UnitFigures; support: UnitFigures }];

/** What each unit leads and supports in one plan; groups expand to their members, so names (groups) tag it too. */
export async function cachedPlanUnitFigures(organizationId: string, planId: string, today: CalendarDate): Promise<UnitFigureEntry[]> {
  "use cache";
  cacheTag(...planWorkFragmentTags(planId), orgNamesTag(organizationId));
  return [...(await unitFigures(db, { organizationId, today, planId }))];
}

/** The home cards (markup), how many plans run and in which years: the plans' rows, and each shown plan's figures. */
export async function cachedHomePlans(organizationId: string, year: number | null, today: CalendarDate, all: boolean): Promise<{ count: number; years: number[]; cards: string }> {
  "use cache";
  cacheTag(...orgPlansFragmentTags(organizationId));
  const [plans, years] = await Promise.all([issuedPlansOfOrganization(organizationId, year), issuedPlanYears(organizationId)]);
  const shown = all ? plans : plans.slice(0, PLAN_CARDS);
  const figures = await Promise.all(shown.map((plan) => cachedPlanFigures(organizationId, plan.id, today)));
  return { count: plans.length, years, cards: planCardsHtml(shown.map((plan, i) => ({ ...plan, ...figures[i]!.progress }))).value };
}

/** The table by unit over the issued plans (of a year): the sum of each plan's figures, every unit counted once per activity. */
export async function cachedHomeUnits(organizationId: string, year: number | null, today: CalendarDate): Promise<UnitRow[]> {
  "use cache";
  cacheTag(...orgPlansFragmentTags(organizationId));
  const plans = await issuedPlansOfOrganization(organizationId, year);
  const perPlan = await Promise.all(plans.map((plan) => cachedPlanUnitFigures(organizationId, plan.id, today)));
  const figures = addUnitFigures(perPlan);
  return unitRowsOf(await unitNames(organizationId, [...figures.keys()]), figures);
}

/** The next seven days (markup): any activity of any issued plan may enter or leave it, so every write re-makes it (a few rows, one indexed read). */
export async function cachedUpcoming(organizationId: string, year: number | null, today: CalendarDate): Promise<string> {
  "use cache";
  cacheTag(orgTag(organizationId), orgWorkTag(organizationId), orgNamesTag(organizationId));
  return upcomingListHtml(await nextSevenDaysOfOrganization(organizationId, year, today)).value;
}

export async function cachedPlanDashboard(organizationId: string, planId: string, today: CalendarDate) {
  "use cache";
  cacheTag(...planFragmentTags(organizationId, planId));
  return planDashboardOfOrganization(organizationId, planId, today, {
    figures: () => cachedPlanFigures(organizationId, planId, today),
    unitFigures: async () => new Map(await cachedPlanUnitFigures(organizationId, planId, today)),
  });
}

/** A plan's title, number, status and phases: its row, its phases and the organisation's code (names). */
export async function cachedPlanHeader(organizationId: string, planId: string) {
  "use cache";
  cacheTag(planTag(planId), orgNamesTag(organizationId));
  return planHeaderOfOrganization(organizationId, planId);
}

export async function cachedPlanCalendarItems(organizationId: string, planId: string) {
  "use cache";
  cacheTag(...planFragmentTags(organizationId, planId));
  return planCalendarItemsOfOrganization(organizationId, planId);
}
