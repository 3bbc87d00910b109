// How a notification names a plan: by its number once it has one
// ("Kế hoạch số 12/KH-SKHCN (…)"), else by its title.
import { formatPlanNumber } from "@/lib/plans/numbering";
import { planDisplayTitle } from "@/lib/plans/document";
import { clip } from "@/lib/text";

export type PlanNaming = { title: string; number: number | null; symbol: string | null };

export function planReference(plan: PlanNaming): string {
  const title = plan.title.length > 160 ? `${clip(plan.title, 157)}…` : plan.title;
  if (plan.number !== null && plan.symbol) return `Kế hoạch số ${formatPlanNumber(plan.number, plan.symbol)} (${title})`;
  return planDisplayTitle(title);
}

/** "Hôm nay là hạn cuối", "Còn 1 ngày là đến hạn": calendar days in Vietnam, counted by the caller. */
export function dueInWords(days: number): string {
  if (days <= 0) return "Hôm nay là hạn cuối.";
  return `Còn ${days} ngày là đến hạn.`;
}
