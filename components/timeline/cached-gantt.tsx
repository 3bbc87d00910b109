import { remember, withoutTags } from "@/lib/cache/memo";
import type { CalendarDate } from "@/lib/dates";
import { orgNamesTag, orgPlansFragmentTags, phaseScheduleTag, planScheduleTag, planTag } from "@/lib/cache/tags";
import { yearTimelineOfOrganization } from "@/lib/dashboard/timeline";
import { phaseChartRows, planChartFrame, planChartPhasesOf, type ChartPhase } from "@/lib/plans/timeline-reads";
import { cachedPhaseActivityRows } from "@/lib/plans/cached";
import { Gantt, ROWS_LIST, rowsHtml, scaleOf } from "@/components/timeline/gantt";
import { Markup } from "@/components/ui/markup";
import { EmptyState } from "@/components/ui/empty-state";

// A plan's chart, shared by its readers and made once per change, one phase at
// a time: a write re-renders its own phase's rows only. The page checks access
// (readPlanFacts) before it renders this.
//
// The chart shows no progress: its bars are the activities' windows, statuses
// and overdue marks. It reads the phases' activities from the entries the plan
// page's tables are made of (cachedPhaseActivityRows) but is tagged with the
// schedule tags (lib/cache/tags.ts), so a unit's progress report leaves it in
// place while the tables showing progress are made again.

/**
 * The phases and the window: made of the plan's phase rows (plan:<p>) and each
 * phase's activities' windows, from the entries the plan page's tables are
 * made of too, so a write in one phase re-reads that phase's activities only.
 */
function cachedChartFrame(organizationId: string, planId: string) {
  return remember("cachedChartFrame", [organizationId, planId], [planTag(planId), planScheduleTag(planId)], async () => {
    const phases = await remember("cachedChartPhases", [organizationId, planId], [planTag(planId)], () => planChartPhasesOf(organizationId, planId));
    const activities = await withoutTags(() => Promise.all(phases.map((phase) => cachedPhaseActivityRows(organizationId, planId, phase.id))));
    return planChartFrame(phases, activities);
  });
}

/** One phase's rows as markup, placed in the window; keyed by the Vietnam date too (overdue bars). */
async function cachedPhaseChartRows(organizationId: string, planId: string, phase: ChartPhase, start: CalendarDate, end: CalendarDate, today: CalendarDate) {
  return remember("cachedPhaseChartRows", [organizationId, planId, phase, start, end, today], [phaseScheduleTag(phase.id), orgNamesTag(organizationId)], async () => {
    const { pct, width } = scaleOf({ start, end });
    const activities = await withoutTags(() => cachedPhaseActivityRows(organizationId, planId, phase.id));
    return rowsHtml(phaseChartRows(phase, activities, today), pct, width).value;
  });
}

/**
 * All the phases' rows as one string, joined once per change rather than per
 * view: a string over 128 KB is allocated in V8's large-object space, and on
 * the bench's largest plan (about 150,000 characters of rows) that joining
 * cost 1.2 ms of every view. Its tags are the phases' entries' (passed on by
 * remember) and the plan's (a phase added or removed).
 */
function cachedChartRowsMarkup(organizationId: string, planId: string, phases: readonly ChartPhase[], start: CalendarDate, end: CalendarDate, today: CalendarDate) {
  const phaseIds = phases.map((phase) => phase.id);
  return remember("cachedChartRowsMarkup", [organizationId, planId, phaseIds, start, end, today], [planTag(planId)], async () =>
    (await Promise.all(phases.map((phase) => cachedPhaseChartRows(organizationId, planId, phase, start, end, today)))).join(""),
  );
}

/** The chart: the frame (legend, scale) is small and drawn per view around the phases' cached rows. */
export async function CachedPlanGantt({ organizationId, planId, today, caption }: { organizationId: string; planId: string; today: CalendarDate; caption: string }) {
  const { phases, window } = await cachedChartFrame(organizationId, planId);
  if (!window) return <Gantt timeline={{ window, today, rows: [] }} caption={caption} />;
  const rows = await cachedChartRowsMarkup(organizationId, planId, phases, window.start, window.end, today);
  return <Gantt timeline={{ window, today, rows: [] }} caption={caption} rows={<Markup as="ol" className={ROWS_LIST} html={rows} />} />;
}

/**
 * The year's chart of published plans, which every user of the organisation may
 * read. It reads plans and phases (org:<o>, names) and each plan's figures from
 * that plan's fragment, whose tags (plan:<p>, plan:<p>:work) Next.js adds to
 * this one: a write to a plan of another year leaves this chart alone, and one
 * to a plan of this year re-reads only that plan's figures.
 */
async function cachedYearChart(organizationId: string, year: number, today: CalendarDate) {
  return remember("cachedYearChart", [organizationId, year, today], orgPlansFragmentTags(organizationId), async () => {
    const { rows, ...timeline } = await yearTimelineOfOrganization(organizationId, year, today);
    if (!rows.length) return { timeline, rowsMarkup: null };
    const scale = timeline.window ? scaleOf(timeline.window) : null;
    const rowsMarkup = scale ? rowsHtml(rows, scale.pct, scale.width).value : "";
    return { timeline, rowsMarkup };
  });
}

export async function CachedYearGantt({ organizationId, year, today }: { organizationId: string; year: number; today: CalendarDate }) {
  const { timeline, rowsMarkup } = await cachedYearChart(organizationId, year, today);
  if (rowsMarkup === null) return <EmptyState title={`Năm ${year} chưa có kế hoạch đã ban hành`} />;
  return <Gantt timeline={{ ...timeline, rows: [] }} caption={`Thời gian biểu năm ${year}`} rows={<Markup as="ol" className={ROWS_LIST} html={rowsMarkup} />} />;
}
