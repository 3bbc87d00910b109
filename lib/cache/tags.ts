// The cache's tags. The database notifies them on every write (triggers in
// prisma/migrations/*_cache_invalidation/migration.sql; keep the two in step):
//   plan:<id>       the plan, its phases, activities and what hangs on them
//   org:<id>        anything of the organisation (home dashboard, year timeline)
//   org:<id>:names  names every fragment prints (organisation, units, users)
export const planTag = (planId: string) => `plan:${planId}`;
export const orgTag = (organizationId: string) => `org:${organizationId}`;
export const orgNamesTag = (organizationId: string) => `org:${organizationId}:names`;

/** The tags of a fragment of one plan. */
export const planFragmentTags = (organizationId: string, planId: string) => [planTag(planId), orgNamesTag(organizationId)];
