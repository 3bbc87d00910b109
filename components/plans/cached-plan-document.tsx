import type { CalendarDate } from "@/lib/dates";
import { readPlanShellOfOrganization } from "@/lib/plans/queries";
import { phaseActivitiesOf } from "@/lib/plans/page-reads";
import { orgNamesTag, phaseTag, planTag } from "@/lib/cache/tags";
import { remember } from "@/lib/cache/memo";
import { cachedPhaseActivityRows } from "@/lib/plans/cached";
import { PlanBudget } from "@/components/plans/plan-budget";
import { PLAN_DOCUMENT_FRAME, planDocumentHtml } from "@/components/plans/plan-document";
import { phaseTableHtml } from "@/components/plans/phase-table";
import { Markup } from "@/components/ui/markup";

// The plan page's document, made once per change and shared by all its
// readers (a plan's document is the same for everyone who may open it). The
// page checks access first (readPlanFacts): render these only after it found
// the plan for the user. Each is keyed by its arguments and tagged with what
// it reads, so that a progress update re-makes its own phase's table only:
//   the shell (texts, sections, phase headings, budget): the plan and its phase rows, names;
//   one table per phase (its activities, as markup): that phase's activity-level writes, names;
//   the document's markup, the shell around the tables: all of these.

/** The plan's row, phases and names as its document prints them (no activities: the phases' tables come apart). */
export function cachedPlanShell(organizationId: string, planId: string) {
  return remember("cachedPlanShell", [organizationId, planId], [planTag(planId), orgNamesTag(organizationId)], () => readPlanShellOfOrganization(organizationId, planId));
}

type DocumentProps = { organizationId: string; planId: string; phaseIds: string[]; issueDate: CalendarDate | null; today: CalendarDate; withCost: boolean; rows: number | null };
type PhaseTableProps = Omit<DocumentProps, "phaseIds"> & { phaseId: string };

/**
 * One phase's table of activities as markup (null: the phase has none). Units
 * are named as of the plan's issue date (`issueDate`, null: today's names), so
 * the Vietnam date is a key too. `rows`: the first rows shown (null: all of them).
 */
function cachedPhaseTable(props: PhaseTableProps): Promise<string | null> {
  const { organizationId, planId, phaseId, issueDate, today, withCost, rows } = props;
  return remember("cachedPhaseTable", [organizationId, planId, phaseId, issueDate, today, withCost, rows], [phaseTag(phaseId), orgNamesTag(organizationId)], async () => {
    const activities = await phaseActivitiesOf(organizationId, await cachedPhaseActivityRows(organizationId, planId, phaseId), issueDate, today);
    if (activities.length === 0) return null;
    return phaseTableHtml({ id: phaseId, activities }, withCost, rows === null ? undefined : { rows, showAllHref: `/plans/${planId}?all=1` }).value;
  });
}

/**
 * The document's markup: the shell with every phase's table in place. Its own
 * entry, so that a view writes one string the page's HTML takes as it is; a
 * write to one phase makes that phase's table and this join again, the other
 * tables come from their entries.
 */
export function cachedPlanDocumentHtml(props: DocumentProps): Promise<string> {
  const { phaseIds, ...rest } = props;
  const { organizationId, planId, issueDate, today, withCost, rows } = rest;
  return remember("cachedPlanDocumentHtml", [organizationId, planId, phaseIds, issueDate, today, withCost, rows], [planTag(planId), orgNamesTag(organizationId)], async () => {
    const [shell, tables] = await Promise.all([cachedPlanShell(organizationId, planId), Promise.all(phaseIds.map((phaseId) => cachedPhaseTable({ ...rest, phaseId })))]);
    return planDocumentHtml(shell, { bodies: Object.fromEntries(phaseIds.map((phaseId, i) => [phaseId, tables[i]!])) }).value;
  });
}

/**
 * The budget (from the shell, `plan`) and the document (`documentHtml`, from
 * cachedPlanDocumentHtml). `activitiesCost` is the sum of the activities' costs.
 */
export function CachedPlanDocument({ plan, activitiesCost, documentHtml }: { plan: Awaited<ReturnType<typeof cachedPlanShell>>; activitiesCost: number | null; documentHtml: string }) {
  return (
    <>
      <PlanBudget plan={plan} activities={activitiesCost} />
      <Markup as="article" className={PLAN_DOCUMENT_FRAME} html={documentHtml} />
    </>
  );
}
