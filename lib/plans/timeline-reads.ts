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

/** The plan's phases in order, as the chart's phase rows show them (a phase's row notifies plan:<p>). */
export async function planChartPhasesOf(organizationId: string, planId: string): Promise<ChartPhase[]> {
  const phases = await db.phase.findMany({ where: { organizationId, planId }, orderBy: { order: "asc" }, select: { id: true, code: true, title: true, startDate: true, endDate: true } });
  return phases.map((p) => ({ id: p.id, code: p.code, title: p.title, start: fromDbDate(p.startDate), end: fromDbDate(p.endDate) }));
}

/**
 * The chart's frame: its phases, and the window from the earliest start to
 * the latest end of its phases and of their activities (`activities`, each
 * phase's as stored). A chart without phases draws nothing (its activities
 * hang on phases).
 */
export function planChartFrame(phases: readonly ChartPhase[], activities: readonly (readonly { startDate: Date; endDate: Date }[])[]): PlanChartFrame {
  if (!phases.length) return { phases: [], window: null };
  let start = phases[0]!.start;
  let end = phases[0]!.end;
  for (const phase of phases) {
    if (phase.start < start) start = phase.start;
    if (phase.end > end) end = phase.end;
  }
  // Compared as times, and written out once: a write in any phase makes this frame again over every row.
  let earliest = Infinity;
  let latest = -Infinity;
  for (const rows of activities) {
    for (const row of rows) {
      earliest = Math.min(earliest, row.startDate.getTime());
      latest = Math.max(latest, row.endDate.getTime());
    }
  }
  if (earliest !== Infinity && fromDbDate(new Date(earliest)) < start) start = fromDbDate(new Date(earliest));
  if (latest !== -Infinity && fromDbDate(new Date(latest)) > end) end = fromDbDate(new Date(latest));
  return { phases: [...phases], window: { start, end } };
}

type StoredActivity = ChartActivity & { parentId: string | null };

/**
 * One phase's rows: the phase, then each activity followed by its sub-tasks
 * (the services keep them in its phase), from the phase's activities as stored
 * (the rows its table is made of too, lib/plans/cached.ts).
 */
export function phaseChartRows(phase: ChartPhase, activities: readonly StoredActivity[], today: CalendarDate): TimelineRow[] {
  const byOrder = [...activities].sort((a, b) => a.order - b.order);
  const childrenOf = new Map<string, StoredActivity[]>();
  for (const a of byOrder) {
    if (!a.parentId) continue;
    const siblings = childrenOf.get(a.parentId);
    if (siblings) siblings.push(a);
    else childrenOf.set(a.parentId, [a]);
  }
  const rows: TimelineRow[] = [{ id: phase.id, kind: "phase", label: `${phase.code}. ${phase.title}`, start: phase.start, end: phase.end }];
  for (const activity of byOrder.filter((a) => !a.parentId)) rows.push(...activityRows(activity, childrenOf.get(activity.id) ?? [], today));
  return rows;
}
