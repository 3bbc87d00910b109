// Units through reorganisations, as pure logic: which name a unit bore on a day, how it is labelled on a
// plan of that day, and which unit now stands in for a closed one. No database: the callers load the rows.
import type { CalendarDate } from "@/lib/dates";
import { formatDate } from "@/lib/dates";

/** A former name: borne from validFrom (null: from the start) through validTo inclusive. */
export type FormerName = { name: string; shortName: string; validFrom: CalendarDate | null; validTo: CalendarDate };

export type UnitLife = {
  id: string;
  name: string;
  shortName: string;
  closedAt: CalendarDate | null;
  mergedIntoId: string | null;
  /** Former names, any order. */
  history: FormerName[];
};

/**
 * The name the unit bore on `date`: the former name whose validity covers it, else the current one (a day after
 * every former name, or before any history, is the current name's or the first name's). With no date: today's.
 */
export function unitNameAt(unit: Pick<UnitLife, "name" | "shortName" | "history">, date: CalendarDate | null): { name: string; shortName: string } {
  if (!date) return { name: unit.name, shortName: unit.shortName };
  const sorted = [...unit.history].sort((a, b) => a.validTo.localeCompare(b.validTo));
  const hit = sorted.find((h) => date <= h.validTo && (h.validFrom === null || date >= h.validFrom));
  if (hit) return { name: hit.name, shortName: hit.shortName };
  // Before the earliest recorded validity (a gap left by a back-dated rename): the earliest name known.
  const first = sorted[0];
  if (first && first.validFrom && date < first.validFrom) return { name: first.name, shortName: first.shortName };
  return { name: unit.name, shortName: unit.shortName };
}

export type UnitState = "open" | "closed" | "merged";

/** Whether the unit is closed on `today` (a closing date in the past or today), and how. */
export function unitStateOn(unit: Pick<UnitLife, "closedAt" | "mergedIntoId">, today: CalendarDate): UnitState {
  if (!unit.closedAt || unit.closedAt > today) return "open";
  return unit.mergedIntoId ? "merged" : "closed";
}

/**
 * The label of a unit on a plan dated `date`: the name it bore then, followed by what became of it since
 * ("Phòng X (nay là Phòng Y)", "(đã sáp nhập vào …)", "(đã giải thể)"). `successorName`: the current name of the
 * unit it was merged into, when it was.
 */
export function unitLabelAt(unit: UnitLife, date: CalendarDate | null, today: CalendarDate, successorName?: string | null): string {
  const then = unitNameAt(unit, date).name;
  const state = unitStateOn(unit, today);
  if (state === "merged") return `${then} (đã sáp nhập vào ${successorName ?? "đơn vị khác"})`;
  if (state === "closed") return `${then} (đã giải thể)`;
  return then === unit.name ? then : `${then} (nay là ${unit.name})`;
}

/** "Tên trước đây: … (đến 28/02/2025)" lines, the latest first. */
export function formerNameLines(history: FormerName[]): string[] {
  return [...history]
    .sort((a, b) => b.validTo.localeCompare(a.validTo))
    .map((h) => `${h.name} (${h.validFrom ? `từ ${formatDate(h.validFrom)} ` : ""}đến ${formatDate(h.validTo)})`);
}

/**
 * The unit that stands in today for `unitId`: itself while open, its successor (followed along a chain of
 * merges, A → B → C) when merged, null when closed without one. A loop in the data ends the walk (null).
 */
export function successorOf(unitId: string, units: ReadonlyMap<string, Pick<UnitLife, "closedAt" | "mergedIntoId">>, today: CalendarDate): string | null {
  const seen = new Set<string>();
  let current: string | null = unitId;
  while (current) {
    if (seen.has(current)) return null;
    seen.add(current);
    const unit = units.get(current);
    if (!unit) return null;
    const state = unitStateOn(unit, today);
    if (state === "open") return current;
    if (state === "closed") return null;
    current = unit.mergedIntoId;
  }
  return null;
}
