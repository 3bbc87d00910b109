// A plan's chart (the plan timeline page) read one phase at a time, for its
// cached parts (components/timeline/cached-gantt.tsx): the window every bar is
// placed in, and each phase's rows. The same rows, labels and order as
// planTimeline (lib/dashboard/timeline.ts), which reads the whole plan at once.
// They take no user: the page checks access first (readPlanFacts).
import "server-only";
import { db } from "@/lib/db";
import { activityRows, type TimelineRow } from "@/lib/dashboard/timeline";
import { fromDbDate, type CalendarDate } from "@/lib/dates";

export type PlanChartFrame = { phaseIds: string[]; window: { start: CalendarDate; end: CalendarDate } | null };

/** The plan's phases in order, and the window from the earliest start to the latest end of its phases and activities. */
export async function planChartFrameOf(organizationId: string, planId: string): Promise<PlanChartFrame> {
  const [phases, extent] = await Promise.all([
    db.phase.findMany({ where: { organizationId, planId }, orderBy: { order: "asc" }, select: { id: true, startDate: true, endDate: true } }),
    db.activity.aggregate({ where: { organizationId, planId }, _min: { startDate: true }, _max: { endDate: true } }),
  ]);
  // A chart without phases draws nothing (its activities hang on phases).
  if (!phases.length) return { phaseIds: [], window: null };
  const starts = [...phases.map((p) => fromDbDate(p.startDate)), ...(extent._min.startDate ? [fromDbDate(extent._min.startDate)] : [])];
  const ends = [...phases.map((p) => fromDbDate(p.endDate)), ...(extent._max.endDate ? [fromDbDate(extent._max.endDate)] : [])];
  return { phaseIds: phases.map((p) => p.id), window: { start: starts.sort()[0]!, end: ends.sort().at(-1)! } };
}

/** One phase's rows: the phase, then each activity followed by its sub-tasks (the services keep them in its phase). */
export async function phaseChartRowsOf(organizationId: string, planId: string, phaseId: string, today: CalendarDate): Promise<TimelineRow[]> {
  const [phase, activities] = await Promise.all([
    db.phase.findFirst({ where: { organizationId, planId, id: phaseId }, select: { id: true, code: true, title: true, startDate: true, endDate: true } }),
    db.activity.findMany({
      where: { organizationId, planId, phaseId },
      orderBy: [{ order: "asc" }],
      select: { id: true, parentId: true, order: true, content: true, startDate: true, endDate: true, status: true, leadUnit: { select: { shortName: true } } },
    }),
  ]);
  if (!phase) return [];
  const childrenOf = new Map<string, typeof activities>();
  for (const a of activities) if (a.parentId) childrenOf.set(a.parentId, [...(childrenOf.get(a.parentId) ?? []), a]);
  const rows: TimelineRow[] = [{ id: phase.id, kind: "phase", label: `${phase.code}. ${phase.title}`, start: fromDbDate(phase.startDate), end: fromDbDate(phase.endDate) }];
  for (const activity of activities.filter((a) => !a.parentId)) rows.push(...activityRows(activity, childrenOf.get(activity.id) ?? [], today));
  return rows;
}
