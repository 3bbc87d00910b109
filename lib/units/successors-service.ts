// Writes the unit swaps a clone was confirmed with: every unit of the source closed since must be replaced by an
// open unit of the organisation (the preview proposes one; the user may choose another).
import type { Tx } from "@/lib/db-client";
import { invalid } from "@/lib/errors";
import { todayInVietnam } from "@/lib/dates";
import type { PlanSnapshot } from "@/lib/plans/snapshot";
import { organizationUnitLives } from "@/lib/units/history";
import { closedSourceUnits, swapUnits, type UnitSwap } from "@/lib/units/successors";

export async function withSuccessors(tx: Tx, organizationId: string, snapshot: PlanSnapshot, swaps: readonly UnitSwap[]): Promise<PlanSnapshot> {
  const lives = await organizationUnitLives(tx, organizationId);
  const closed = closedSourceUnits(snapshot, lives, todayInVietnam());
  if (!closed.length) return snapshot;
  const chosen = new Map(swaps.map((s) => [s.from, s.to]));
  const open = new Set(
    (await tx.unit.findMany({ where: { organizationId, active: true, closedAt: null, kind: { not: "GROUP" } }, select: { id: true } })).map((u) => u.id),
  );
  const missing = closed.filter((unit) => !open.has(chosen.get(unit.id) ?? ""));
  if (missing.length) {
    const message = `Chọn đơn vị thay cho đơn vị đã sáp nhập hoặc giải thể: ${missing.map((u) => u.name).join("; ")}.`;
    throw invalid({ unitSwaps: [message] }, message);
  }
  return swapUnits(snapshot, closed.map((unit) => ({ from: unit.id, to: chosen.get(unit.id)! })));
}
