// A plan cloned (or made from a template) after a reorganisation: the units of its source that have since been
// merged or closed, each with the successor the preview proposes, and the swap the new plan is written with.
import type { PlanSnapshot, ActivitySnapshot } from "@/lib/plans/snapshot";
import type { CalendarDate } from "@/lib/dates";
import { successorOf, unitStateOn, type UnitLife } from "@/lib/units/lifecycle";

export type UnitSwap = { from: string; to: string };

/** A unit of the source no longer open: what it was, and the open unit proposed in its place (null: choose). */
export type ClosedSourceUnit = { id: string; name: string; state: "merged" | "closed"; proposedId: string | null; proposedName: string | null };

export function snapshotUnitIds(snapshot: PlanSnapshot): string[] {
  const ids = new Set<string>();
  const visit = (a: ActivitySnapshot) => {
    ids.add(a.leadUnitId);
    a.supporterIds.forEach((id) => ids.add(id));
    a.subTasks.forEach(visit);
  };
  snapshot.phases.forEach((phase) => phase.activities.forEach(visit));
  return [...ids];
}

/** The source's units closed by `today`, in the order the plan first names them. */
export function closedSourceUnits(snapshot: PlanSnapshot, units: ReadonlyMap<string, UnitLife>, today: CalendarDate): ClosedSourceUnit[] {
  return snapshotUnitIds(snapshot).flatMap((id) => {
    const unit = units.get(id);
    if (!unit) return [];
    const state = unitStateOn(unit, today);
    if (state === "open") return [];
    const proposedId = successorOf(id, units, today);
    return [{ id, name: unit.name, state, proposedId, proposedName: proposedId ? (units.get(proposedId)?.name ?? null) : null }];
  });
}

/** The snapshot with each swapped unit replaced, as lead and as supporter (a supporter listed once, never the lead). */
export function swapUnits(snapshot: PlanSnapshot, swaps: readonly UnitSwap[]): PlanSnapshot {
  const to = new Map(swaps.map((s) => [s.from, s.to]));
  const swap = (id: string) => to.get(id) ?? id;
  const visit = (a: ActivitySnapshot): ActivitySnapshot => {
    const leadUnitId = swap(a.leadUnitId);
    const supporterIds = [...new Set(a.supporterIds.map(swap))].filter((id) => id !== leadUnitId);
    return { ...a, leadUnitId, supporterIds, subTasks: a.subTasks.map(visit) };
  };
  return { ...snapshot, phases: snapshot.phases.map((phase) => ({ ...phase, activities: phase.activities.map(visit) })) };
}
