// A plan's chart (the plan timeline page) read one phase at a time, for its
// cached parts (components/timeline/cached-gantt.tsx): the window every bar is
// placed in, and each phase's rows. The same rows, labels and order as
// planTimeline (lib/dashboard/timeline.ts), which reads the whole plan at once.
// They take no user: the page checks access first (readPlanFacts).
import "server-only";
import { db } from "@/lib/db";
import { activityRows, type ChartActivity, type TimelineRow } from "@/lib/dashboard/timeline";
import { fromDbDate, type CalendarDate } from "@/lib/dates";

/** A phase as its chart row shows it. */
export type ChartPhase = { id: string; code: string; title: string; start: CalendarDate; end: CalendarDate };

export type PlanChartFrame = { phases: ChartPhase[]; window: { start: CalendarDate; end: CalendarDate } | null };

/** The plan's phases in order (a phase's row notifies plan:<p>), and the window from the earliest start to the latest end of its phases and activities. */
export async function planChartFrameOf(organizationId: string, planId: string): Promise<PlanChartFrame> {
  const [phases, extent] = await Promise.all([
    db.phase.findMany({ where: { organizationId, planId }, orderBy: { order: "asc" }, select: { id: true, code: true, title: true, startDate: true, endDate: true } }),
    db.activity.aggregate({ where: { organizationId, planId }, _min: { startDate: true }, _max: { endDate: true } }),
  ]);
  // A chart without phases draws nothing (its activities hang on phases).
  if (!phases.length) return { phases: [], window: null };
  const starts = [...phases.map((p) => fromDbDate(p.startDate)), ...(extent._min.startDate ? [fromDbDate(extent._min.startDate)] : [])];
  const ends = [...phases.map((p) => fromDbDate(p.endDate)), ...(extent._max.endDate ? [fromDbDate(extent._max.endDate)] : [])];
  return {
    phases: phases.map((p) => ({ id: p.id, code: p.code, title: p.title, start: fromDbDate(p.startDate), end: fromDbDate(p.endDate) })),
    window: { start: starts.sort()[0]!, end: ends.sort().at(-1)! },
  };
}

/**
 * One phase's rows: the phase, then each activity followed by its sub-tasks
 * (the services keep them in its phase), from the phase's activities as stored
 * (the rows its table is made of too, lib/plans/cached.ts).
 */
type StoredActivity = ChartActivity & { parentId: string | null };

export function phaseChartRows(phase: ChartPhase, activities: readonly StoredActivity[], today: CalendarDate): TimelineRow[] {
  const byOrder = [...activities].sort((a, b) => a.order - b.order);
  const childrenOf = new Map<string, StoredActivity[]>();
  for (const a of byOrder) if (a.parentId) childrenOf.set(a.parentId, [...(childrenOf.get(a.parentId) ?? []), a]);
  const rows: TimelineRow[] = [{ id: phase.id, kind: "phase", label: `${phase.code}. ${phase.title}`, start: phase.start, end: phase.end }];
  for (const activity of byOrder.filter((a) => !a.parentId)) rows.push(...activityRows(activity, childrenOf.get(activity.id) ?? [], today));
  return rows;
}
