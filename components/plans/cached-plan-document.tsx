import { cacheTag } from "next/cache";
import { readPlanDocumentOfOrganization } from "@/lib/plans/queries";
import { planFragmentTags } from "@/lib/cache/tags";
import { PlanBudget } from "@/components/plans/plan-budget";
import { PlanDocumentView } from "@/components/plans/plan-document";

/**
 * The plan's budget and document body, rendered once per change of the plan
 * and shared by all its readers (a plan's document is the same for everyone
 * who may open it). The page checks access first: render this only after
 * getPlanHead found the plan for the user. Keyed by its props.
 */
export async function CachedPlanDocument({ organizationId, planId, rows }: { organizationId: string; planId: string; rows: number | null }) {
  "use cache";
  cacheTag(...planFragmentTags(organizationId, planId));
  const plan = await readPlanDocumentOfOrganization(organizationId, planId);
  return (
    <>
      <PlanBudget plan={plan} />
      <PlanDocumentView plan={plan} limit={rows === null ? undefined : { rows, showAllHref: `/plans/${plan.id}?all=1` }} />
    </>
  );
}
