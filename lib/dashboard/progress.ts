// Progress, defined once. Every figure called "tiến độ" (the home page's plan cards, the plan dashboard and its
// phases, the plan page, the timeline, the API, a parent activity's progress from its sub-tasks) is this:
//
//   the mean of the activities' progress, where a finished activity counts 100 % and a cancelled one does not
//   count at all; for a plan or a phase, over its top-level activities (a parent already carries its sub-tasks).
//
// Unweighted on purpose: the plans give no weights, and a count of activities done is shown beside it as a count
// ("3/10 hoạt động xong"), never as a second percentage.
import type { ActivityStatus } from "@/lib/generated/prisma/enums";

/** The sentence pages show next to the figure (and screen readers read with it). */
export const PROGRESS_RULE =
  "Tiến độ là trung bình tiến độ (%) của các hoạt động cấp một: việc đã hoàn thành tính 100%, việc đã hủy không tính.";

/** An activity's share of the figure: 100 once done, null when cancelled (it does not count). */
export function activityProgress(a: { status: ActivityStatus; progress: number }): number | null {
  if (a.status === "CANCELLED") return null;
  if (a.status === "DONE") return 100;
  return Math.max(0, Math.min(100, a.progress));
}

/** The running sum the figure is made of, so that counts grouped in SQL add up exactly. */
export type ProgressTally = { counted: number; sum: number };

export const emptyTally = (): ProgressTally => ({ counted: 0, sum: 0 });

/** Adds a group of activities of one status: `count` of them, whose progress adds up to `progressSum`. */
export function addToTally(tally: ProgressTally, group: { status: ActivityStatus; count: number; progressSum: number }): ProgressTally {
  if (group.status === "CANCELLED") return tally;
  tally.counted += group.count;
  tally.sum += group.status === "DONE" ? 100 * group.count : group.progressSum;
  return tally;
}

/** The figure, a whole percentage; null when nothing counts (no activity, or all cancelled). */
export function progressOfTally(tally: ProgressTally): number | null {
  return tally.counted ? Math.round(tally.sum / tally.counted) : null;
}

/** The figure over a list of activities. */
export function progressOf(activities: { status: ActivityStatus; progress: number }[]): number | null {
  const tally = emptyTally();
  for (const a of activities) addToTally(tally, { status: a.status, count: 1, progressSum: a.progress });
  return progressOfTally(tally);
}
