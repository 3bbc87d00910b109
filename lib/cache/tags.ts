// The cache's tags. The database notifies them on every write (triggers in
// prisma/migrations/*_cache_invalidation and *_cache_tags_fine; keep them in step):
//   org:<id>         the organisation, its plans or phases
//   org:<id>:work    any activity-level write of the organisation
//   org:<id>:names   names every fragment prints (organisation, units, users)
//   plan:<id>        the plan row or its phases
//   plan:<id>:work   an activity-level write in the plan
//   phase:<id>       an activity-level write in the phase, or the phase row
//   unit:<id>        an activity-level write on an activity the unit leads or supports
//   org:<id>:feeds   a calendar feed made, replaced or revoked; an account locked or unlocked
//   org:<id>:schedule, plan:<id>:schedule, phase:<id>:schedule, unit:<id>:schedule
//                    the same activity-level writes except a progress report (an
//                    update of progress, result, actual dates or reason only), and
//                    for plan and phase a change to a phase row
// Activity-level: Activity, ActivitySupport, ActivityUpdate, ActivityTarget.
// A fragment carries the tags of everything it reads, so that a progress
// update re-renders only what shows that activity. One that shows no progress
// (the Gantt rows, the tables by unit, the next seven days, the shape of a
// unit's work list) carries the schedule tags instead of the work ones, and
// stays when a unit reports progress.
export const planTag = (planId: string) => `plan:${planId}`;
export const planWorkTag = (planId: string) => `plan:${planId}:work`;
export const phaseTag = (phaseId: string) => `phase:${phaseId}`;
export const unitTag = (unitId: string) => `unit:${unitId}`;
export const orgTag = (organizationId: string) => `org:${organizationId}`;
export const orgWorkTag = (organizationId: string) => `org:${organizationId}:work`;
export const orgNamesTag = (organizationId: string) => `org:${organizationId}:names`;
export const orgFeedsTag = (organizationId: string) => `org:${organizationId}:feeds`;
export const orgScheduleTag = (organizationId: string) => `org:${organizationId}:schedule`;
export const planScheduleTag = (planId: string) => `plan:${planId}:schedule`;
export const phaseScheduleTag = (phaseId: string) => `phase:${phaseId}:schedule`;
export const unitScheduleTag = (unitId: string) => `unit:${unitId}:schedule`;

/** The tags of a fragment that reads one plan's activities and no name (its figures). */
export const planWorkFragmentTags = (planId: string) => [planTag(planId), planWorkTag(planId)];

/**
 * The tags of an organisation-wide fragment made of plans' figures (home cards,
 * table by unit, the year's chart): the plans' rows and the names it prints.
 * Each plan's own tags reach it through the plan's nested fragment, so a write
 * to a plan it does not show leaves it alone.
 */
export const orgPlansFragmentTags = (organizationId: string) => [orgTag(organizationId), orgNamesTag(organizationId)];

/** The tags of a fragment that reads one plan, all its activities and the names it prints. */
export const planFragmentTags = (organizationId: string, planId: string) => [planTag(planId), planWorkTag(planId), orgNamesTag(organizationId)];

/** The tags of a fragment that reads one plan's activities but shows none of their progress (its counts by unit). */
export const planScheduleFragmentTags = (organizationId: string, planId: string) => [planTag(planId), planScheduleTag(planId), orgNamesTag(organizationId)];
