// Gaps in a year's series of numbers: a number missing between 1 and the highest one used is what the văn thư
// looks up in the register kept elsewhere (a document issued outside Kehoach, a number skipped). Pure.

/** The register's two kinds of document (one series a year): plans and their results reports. */
export const REGISTER_KIND_LABELS = { PLAN: "Kế hoạch", REPORT: "Báo cáo" } as const;

export type RegisterEntry<P extends { number: number }> = { kind: "plan"; plan: P } | { kind: "gap"; from: number; to: number };

/** The plans by number, with one gap entry before each run of missing numbers (from 1). Duplicates never occur (unique). */
export function registerEntries<P extends { number: number }>(plans: readonly P[]): RegisterEntry<P>[] {
  const sorted = [...plans].sort((a, b) => a.number - b.number);
  const entries: RegisterEntry<P>[] = [];
  let expected = 1;
  for (const plan of sorted) {
    if (plan.number > expected) entries.push({ kind: "gap", from: expected, to: plan.number - 1 });
    entries.push({ kind: "plan", plan });
    expected = plan.number + 1;
  }
  return entries;
}

/** "Thiếu số 3" / "Thiếu số 3–5". */
export function gapLabel(gap: { from: number; to: number }): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return gap.from === gap.to ? `Thiếu số ${pad(gap.from)}` : `Thiếu số ${pad(gap.from)}–${pad(gap.to)}`;
}
