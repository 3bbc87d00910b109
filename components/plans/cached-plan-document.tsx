import type { CalendarDate } from "@/lib/dates";
import { readPlanShellOfOrganization } from "@/lib/plans/queries";
import { phaseActivitiesOf } from "@/lib/plans/page-reads";
import { orgNamesTag, phaseTag, planTag } from "@/lib/cache/tags";
import { remember } from "@/lib/cache/memo";
import { cachedPhaseActivityRows } from "@/lib/plans/cached";
import { PlanBudget } from "@/components/plans/plan-budget";
import { PlanDocumentView, type PhaseBodies } from "@/components/plans/plan-document";
import { EmptyPhase, PHASE_TABLE_FRAME, phaseTableHtml } from "@/components/plans/phase-table";
import { Markup } from "@/components/ui/markup";

// The plan page's document, read once per change and shared by all its
// readers (a plan's document is the same for everyone who may open it). The
// page checks access first (readPlanFacts): render these only after it found
// the plan for the user. Each is keyed by its arguments and tagged with what
// it reads, so that a progress update re-makes its own phase's rows only:
//   the shell (texts, sections, phase headings, budget): the plan and its phase rows, names;
//   one body per phase (its table of activities, as markup): that phase's activity-level writes, names.
// The shell is a few dozen elements, rendered per view from its cached data:
// as a "use cache" component it cost more (its props, slots included, encoded
// as the key, and the entry decoded on every view) than rendering it does.

/** The plan's row, phases and names as its document prints them (no activities: the phases' bodies come apart). */
export function cachedPlanShell(organizationId: string, planId: string) {
  return remember("cachedPlanShell", [organizationId, planId], [planTag(planId), orgNamesTag(organizationId)], () => readPlanShellOfOrganization(organizationId, planId));
}

/**
 * The budget and the document around the phases' bodies, which come in as
 * slots (`bodies`, by phase id). `activitiesCost` is the sum of the
 * activities' costs. `plan` is cachedPlanShell's: the page reads it with its
 * other data, so that the document renders in the same pass (an async
 * component here was streamed as a segment of its own, with its swap script).
 */
export function CachedPlanDocument({ plan, activitiesCost, bodies }: { plan: Awaited<ReturnType<typeof cachedPlanShell>>; activitiesCost: number | null; bodies: PhaseBodies }) {
  return (
    <>
      <PlanBudget plan={plan} activities={activitiesCost} />
      <PlanDocumentView plan={plan} bodies={bodies} />
    </>
  );
}

type PhaseBodyProps = { organizationId: string; planId: string; phaseId: string; issueDate: CalendarDate | null; today: CalendarDate; withCost: boolean; rows: number | null };

/**
 * One phase's table of activities as markup (null: the phase has none). Units
 * are named as of the plan's issue date (`issueDate`, null: today's names), so
 * the Vietnam date is a key too. `rows`: the first rows shown (null: all of them).
 */
function cachedPhaseTable(props: PhaseBodyProps): Promise<string | null> {
  const { organizationId, planId, phaseId, issueDate, today, withCost, rows } = props;
  return remember("cachedPhaseTable", [organizationId, planId, phaseId, issueDate, today, withCost, rows], [phaseTag(phaseId), orgNamesTag(organizationId)], async () => {
    const activities = await phaseActivitiesOf(organizationId, await cachedPhaseActivityRows(organizationId, planId, phaseId), issueDate, today);
    if (activities.length === 0) return null;
    return phaseTableHtml({ id: phaseId, activities }, withCost, rows === null ? undefined : { rows, showAllHref: `/plans/${planId}?all=1` }).value;
  });
}

/** Every phase's table of the plan, each its own entry: a progress update re-renders its own phase's only. */
function cachedPhaseTables(props: Omit<PhaseBodyProps, "phaseId"> & { phaseIds: string[] }): Promise<(string | null)[]> {
  const { phaseIds, ...rest } = props;
  return Promise.all(phaseIds.map((phaseId) => cachedPhaseTable({ ...rest, phaseId })));
}

/** A phase's body: its table written once into the page (components/ui/markup.tsx), or the line saying it has none. */
function PhaseBodyMarkup({ table }: { table: string | null }) {
  return table === null ? <EmptyPhase /> : <Markup as="div" className={PHASE_TABLE_FRAME} html={table} />;
}

/** The phases' bodies by phase id, as the document's slots. */
export async function cachedPhaseBodies(props: Omit<PhaseBodyProps, "phaseId"> & { phaseIds: string[] }): Promise<PhaseBodies> {
  const tables = await cachedPhaseTables(props);
  return Object.fromEntries(props.phaseIds.map((phaseId, i) => [phaseId, <PhaseBodyMarkup key={phaseId} table={tables[i]!} />]));
}
