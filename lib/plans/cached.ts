// The plan page's data that is the same for every reader of the plan, read
// once per change (remember(), lib/cache/memo.ts) and shared. One entry per
// set of tags: what the plan row and the names decide (page data, signed
// copies), and what its activities decide (work). A progress update
// (plan:<id>:work, phase:<id>) drops the work and that phase's rows only.
// The page checks access first (readPlanFacts) and keeps what depends on the user out.
import "server-only";
import { remember } from "@/lib/cache/memo";
import type { CalendarDate } from "@/lib/dates";
import { orgNamesTag, phaseTag, planScheduleTag, planTag, planWorkTag } from "@/lib/cache/tags";
import { phaseActivityRowsOf, planCostsOf, planHeadingOf, planPhaseIdsOf } from "@/lib/plans/page-reads";
import { planReviewsOf } from "@/lib/plans/queries";
import { cachedPlanFigures } from "@/lib/dashboard/cached";
import { signedCopiesOfCheckedPlan } from "@/lib/signed-copies/queries";

/**
 * The heading (number, drafting unit, author), the reviews and the phases in
 * order. Reviews are written with the plan's status, in the same transaction:
 * the plan's tag covers them.
 */
export function cachedPlanPageData(organizationId: string, planId: string) {
  return remember("cachedPlanPageData", [organizationId, planId], [planTag(planId), orgNamesTag(organizationId)], async () => {
    const [heading, reviews, phaseIds] = await Promise.all([planHeadingOf(organizationId, planId), planReviewsOf(organizationId, planId), planPhaseIdsOf(organizationId, planId)]);
    return { heading, reviews, phaseIds };
  });
}

/**
 * The plan's progress (the Vietnam date is a key: overdue counts) and its
 * activities' costs. The progress is the plan's figures entry, which the
 * dashboard, the home cards and the year's chart read too: after a write it is
 * counted once for all of them. The costs are an entry of their own, which a
 * progress report leaves in place (a cost is not among what one changes:
 * schedule tags, lib/cache/tags.ts).
 */
export function cachedPlanWork(organizationId: string, planId: string, today: CalendarDate) {
  return remember("cachedPlanWork", [organizationId, planId, today], [planWorkTag(planId)], async () => {
    const [figures, costs] = await Promise.all([
      cachedPlanFigures(organizationId, planId, today),
      remember("cachedPlanCosts", [organizationId, planId], [planScheduleTag(planId)], () => planCostsOf(organizationId, planId)),
    ]);
    return { progress: figures.progress, costs };
  });
}

/**
 * The plan's signed copies, shown first on its page. Attaching one notifies
 * plan:<id> (its own trigger, migration 20261201130000_cache_signed_copies);
 * uploaders are named (names).
 */
export function cachedSignedCopies(organizationId: string, planId: string) {
  return remember("cachedSignedCopies", [organizationId, planId], [planTag(planId), orgNamesTag(organizationId)], () => signedCopiesOfCheckedPlan(organizationId, planId));
}

/**
 * One phase's activities as stored, shared by its table on the plan page and
 * its rows on the plan's chart: after a write in the phase, one statement for
 * both. Unit names are in the rows (names).
 */
export function cachedPhaseActivityRows(organizationId: string, planId: string, phaseId: string) {
  return remember("cachedPhaseActivityRows", [organizationId, planId, phaseId], [phaseTag(phaseId), orgNamesTag(organizationId)], () => phaseActivityRowsOf(organizationId, planId, phaseId));
}
