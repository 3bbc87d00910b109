// The plan page's data that is the same for every reader of the plan, read
// once per change ("use cache", lib/cache/) and shared. Each is tagged with
// what it reads, so that a progress update (plan:<id>:work, phase:<id>) drops
// the plan's costs, its progress and that phase, and nothing else. The page
// checks access first (readPlanFacts) and keeps what depends on the user out.
import "server-only";
import { cacheTag } from "next/cache";
import type { CalendarDate } from "@/lib/dates";
import { orgNamesTag, planTag, planWorkTag } from "@/lib/cache/tags";
import { planCostsOf, planHeadingOf, planPhaseIdsOf } from "@/lib/plans/page-reads";
import { planReviewsOf } from "@/lib/plans/queries";
import { progressOfPlans } from "@/lib/dashboard/counting";
import { db } from "@/lib/db";

export async function cachedPlanHeading(organizationId: string, planId: string) {
  "use cache";
  cacheTag(planTag(planId), orgNamesTag(organizationId));
  return planHeadingOf(organizationId, planId);
}

/** Reviews are written with the plan's status, in the same transaction: the plan's tag covers them. */
export async function cachedPlanReviews(organizationId: string, planId: string) {
  "use cache";
  cacheTag(planTag(planId), orgNamesTag(organizationId));
  return planReviewsOf(organizationId, planId);
}

export async function cachedPlanProgress(organizationId: string, planId: string, today: CalendarDate) {
  "use cache";
  cacheTag(planWorkTag(planId));
  return (await progressOfPlans(db, organizationId, [planId], today)).get(planId)!;
}

export async function cachedPlanCosts(organizationId: string, planId: string) {
  "use cache";
  cacheTag(planWorkTag(planId));
  return planCostsOf(organizationId, planId);
}

export async function cachedPlanPhaseIds(organizationId: string, planId: string) {
  "use cache";
  cacheTag(planTag(planId));
  return planPhaseIdsOf(organizationId, planId);
}
