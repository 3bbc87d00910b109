// Kinh phí across a plan: whether its activities carry costs (documents then
// show a Kinh phí column), the sums per phase and for the plan, and how the
// sum compares with the plan's own budget. Pure: the page, DOCX, print, the
// report and the Excel export all count the same way.
import { sumCosts } from "@/lib/money";

type Costed = { cost: number | null; subTasks?: readonly Costed[] };
type PhaseLike = { activities: readonly Costed[] };

const flatten = (activities: readonly Costed[]): Costed[] => activities.flatMap((a) => [a, ...flatten(a.subTasks ?? [])]);

/** True when any activity or sub-task has a cost: only then do documents show a Kinh phí column. */
export function usesCost(plan: { phases: readonly PhaseLike[] }): boolean {
  return plan.phases.some((phase) => flatten(phase.activities).some((a) => a.cost !== null));
}

/** The sum of a phase's costs, sub-tasks included; null when none is set. */
export function phaseCost(phase: PhaseLike): number | null {
  return sumCosts(flatten(phase.activities).map((a) => a.cost));
}

/** The sum of the plan's activity costs; null when none is set. */
export function planCost(plan: { phases: readonly PhaseLike[] }): number | null {
  return sumCosts(plan.phases.flatMap((phase) => flatten(phase.activities)).map((a) => a.cost));
}

export type BudgetSummary = { activities: number | null; budget: number | null; source: string; over: boolean };

/** What the plan page shows next to the plan's budget: the activities' sum, and whether it exceeds the budget. */
export function budgetSummary(plan: { phases: readonly PhaseLike[]; budgetAmount: number | null; budgetSource: string }): BudgetSummary {
  return budgetSummaryOf(planCost(plan), plan);
}

/** The same from the activities' sum already counted (the plan page reads it in SQL). */
export function budgetSummaryOf(activities: number | null, plan: { budgetAmount: number | null; budgetSource: string }): BudgetSummary {
  return {
    activities,
    budget: plan.budgetAmount,
    source: plan.budgetSource,
    over: activities !== null && plan.budgetAmount !== null && activities > plan.budgetAmount,
  };
}
