// The live plan page names each unit as it was on the plan's date (its issue date; a plan not yet issued uses
// today's names), followed by what became of it: "Phòng X (nay là Phòng Y)", "(đã sáp nhập vào …)",
// "(đã giải thể)". Exports of issued plans read the frozen copy instead (issue 16 §4), and the API keeps the
// plain current names.
import "server-only";
import { db } from "@/lib/db";
import { todayInVietnam, type CalendarDate } from "@/lib/dates";
import type { ActivityItem, PlanDocument, UnitRef } from "@/lib/plans/document";
import { unitLife } from "@/lib/units/history";
import { cachedUnitLives } from "@/lib/units/cached";
import { unitLabelAt, type UnitLife } from "@/lib/units/lifecycle";

function unitIdsOf(activities: ActivityItem[]): string[] {
  const ids: string[] = [];
  const visit = (a: ActivityItem) => {
    ids.push(a.leadUnit.id, ...a.supporters.map((s) => s.id));
    a.subTasks.forEach(visit);
  };
  activities.forEach(visit);
  return ids;
}

type Lives = ReadonlyMap<string, UnitLife>;

/** How the plan's units are named on its date (`date`: its issue date; null: not issued, today's names). */
function unitLabeller(lives: Lives, successors: Lives, date: CalendarDate | null, today: CalendarDate) {
  const label = <U extends UnitRef>(unit: U): U => {
    const life = lives.get(unit.id);
    if (!life) return unit;
    const successor = life.mergedIntoId ? successors.get(life.mergedIntoId)?.name : null;
    return { ...unit, name: unitLabelAt(life, date, today, successor) };
  };
  const relabel = (a: ActivityItem): ActivityItem => ({ ...a, leadUnit: label(a.leadUnit), supporters: a.supporters.map(label), subTasks: a.subTasks.map(relabel) });
  return { label, relabel };
}

/** The lives of the given units and of the units they were merged into (two statements). */
async function livesOf(unitIds: string[]) {
  const lives = await unitLife(db, unitIds);
  const successors = await unitLife(db, [...lives.values()].flatMap((l) => (l.mergedIntoId ? [l.mergedIntoId] : [])));
  return { lives, successors };
}

export async function labelUnitsAsOfPlan<P extends PlanDocument>(plan: P, today: CalendarDate = todayInVietnam()): Promise<P> {
  const activities = plan.phases.flatMap((phase) => phase.activities);
  const { lives, successors } = await livesOf([...(plan.draftingUnit ? [plan.draftingUnit.id] : []), ...unitIdsOf(activities)]);
  const { label, relabel } = unitLabeller(lives, successors, plan.issueDate, today);
  return {
    ...plan,
    draftingUnit: plan.draftingUnit ? label(plan.draftingUnit) : null,
    phases: plan.phases.map((phase) => ({ ...phase, activities: phase.activities.map(relabel) })),
  };
}

/**
 * The same for one phase's activities (a cached phase of the plan page), named
 * as of the plan's issue date, from the organisation's units read once per
 * change of names (a rename writes the unit's row with its former name).
 */
export async function labelActivitiesAsOf(organizationId: string, activities: ActivityItem[], issueDate: CalendarDate | null, today: CalendarDate = todayInVietnam()): Promise<ActivityItem[]> {
  const lives = await cachedUnitLives(organizationId);
  return activities.map(unitLabeller(lives, lives, issueDate, today).relabel);
}
