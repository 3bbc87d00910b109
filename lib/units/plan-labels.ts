// The live plan page names each unit as it was on the plan's date (its issue date; a plan not yet issued uses
// today's names), followed by what became of it: "Phòng X (nay là Phòng Y)", "(đã sáp nhập vào …)",
// "(đã giải thể)". Exports of issued plans read the frozen copy instead (issue 16 §4), and the API keeps the
// plain current names.
import "server-only";
import { db } from "@/lib/db";
import { todayInVietnam, type CalendarDate } from "@/lib/dates";
import type { ActivityItem, PlanDocument, UnitRef } from "@/lib/plans/document";
import { unitLife } from "@/lib/units/history";
import { unitLabelAt } from "@/lib/units/lifecycle";

function unitIdsOf(plan: PlanDocument): string[] {
  const ids: string[] = plan.draftingUnit ? [plan.draftingUnit.id] : [];
  const visit = (a: ActivityItem) => {
    ids.push(a.leadUnit.id, ...a.supporters.map((s) => s.id));
    a.subTasks.forEach(visit);
  };
  plan.phases.forEach((phase) => phase.activities.forEach(visit));
  return ids;
}

export async function labelUnitsAsOfPlan<P extends PlanDocument>(plan: P, today: CalendarDate = todayInVietnam()): Promise<P> {
  const lives = await unitLife(db, unitIdsOf(plan));
  const successors = await unitLife(db, [...lives.values()].flatMap((l) => (l.mergedIntoId ? [l.mergedIntoId] : [])));
  const date = plan.issueDate;
  const label = <U extends UnitRef>(unit: U): U => {
    const life = lives.get(unit.id);
    if (!life) return unit;
    const successor = life.mergedIntoId ? successors.get(life.mergedIntoId)?.name : null;
    return { ...unit, name: unitLabelAt(life, date, today, successor) };
  };
  const relabel = (a: ActivityItem): ActivityItem => ({ ...a, leadUnit: label(a.leadUnit), supporters: a.supporters.map(label), subTasks: a.subTasks.map(relabel) });
  return {
    ...plan,
    draftingUnit: plan.draftingUnit ? label(plan.draftingUnit) : null,
    phases: plan.phases.map((phase) => ({ ...phase, activities: phase.activities.map(relabel) })),
  };
}
