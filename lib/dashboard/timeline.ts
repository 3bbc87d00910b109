import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { readablePlansWhere } from "@/lib/plans/access";
import { planDisplayTitle } from "@/lib/plans/document";
import { formatPlanNumber, planSymbol } from "@/lib/plans/numbering";
import { fromDbDate, todayInVietnam, type CalendarDate } from "@/lib/dates";
import { isOverdue } from "@/lib/activities/rules";

export type TimelineRow = {
  id: string;
  kind: "plan" | "phase" | "activity" | "subtask";
  label: string;
  detail?: string;
  start: CalendarDate;
  end: CalendarDate;
  status?: ActivityStatus;
  overdue?: boolean;
  href?: string;
};

export type Timeline = { window: { start: CalendarDate; end: CalendarDate } | null; today: CalendarDate; rows: TimelineRow[] };

/** Phases and activities of plans, as rows for the Gantt chart; a fixed number of queries whatever the size. */
async function buildTimeline(where: Prisma.PlanWhereInput, withPlanRows: boolean, today: CalendarDate): Promise<Timeline> {
  const plans = await db.plan.findMany({
    where,
    orderBy: [{ eventDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      number: true,
      symbol: true,
      organization: { select: { code: true } },
      phases: { orderBy: { order: "asc" }, select: { id: true, code: true, title: true, startDate: true, endDate: true } },
    },
  });
  const activities = await db.activity.findMany({
    where: { planId: { in: plans.map((p) => p.id) } },
    orderBy: [{ order: "asc" }],
    select: { id: true, phaseId: true, parentId: true, order: true, content: true, startDate: true, endDate: true, status: true, leadUnit: { select: { shortName: true } } },
  });
  const rows: TimelineRow[] = [];
  let min: CalendarDate | null = null;
  let max: CalendarDate | null = null;
  const extend = (start: CalendarDate, end: CalendarDate) => {
    if (!min || start < min) min = start;
    if (!max || end > max) max = end;
  };
  for (const plan of plans) {
    const planStart = plan.phases.map((p) => fromDbDate(p.startDate)).sort()[0];
    const planEnd = plan.phases.map((p) => fromDbDate(p.endDate)).sort().at(-1);
    if (withPlanRows && planStart && planEnd) {
      const number = plan.number === null ? "" : `${formatPlanNumber(plan.number, plan.symbol ?? planSymbol(plan.organization.code))} · `;
      rows.push({ id: plan.id, kind: "plan", label: `${number}${planDisplayTitle(plan.title)}`, start: planStart, end: planEnd, href: `/plans/${plan.id}/timeline` });
    }
    for (const phase of plan.phases) {
      const start = fromDbDate(phase.startDate);
      const end = fromDbDate(phase.endDate);
      extend(start, end);
      rows.push({ id: phase.id, kind: "phase", label: `${phase.code}. ${phase.title}`, start, end });
      const inPhase = activities.filter((a) => a.phaseId === phase.id);
      for (const activity of inPhase.filter((a) => !a.parentId)) {
        const children = inPhase.filter((a) => a.parentId === activity.id);
        for (const [index, a] of [activity, ...children].entries()) {
          const aStart = fromDbDate(a.startDate);
          const aEnd = fromDbDate(a.endDate);
          extend(aStart, aEnd);
          rows.push({
            id: a.id,
            kind: index === 0 ? "activity" : "subtask",
            label: `${index === 0 ? a.order : `${activity.order}.${a.order}`}. ${a.content}`,
            detail: a.leadUnit.shortName,
            start: aStart,
            end: aEnd,
            status: a.status,
            overdue: isOverdue({ end: aEnd, status: a.status }, today),
            href: `/activities/${a.id}`,
          });
        }
      }
    }
  }
  return { window: min && max ? { start: min, end: max } : null, today, rows };
}

export async function planTimeline(user: SessionUser, planId: string, today = todayInVietnam()) {
  const timeline = await buildTimeline({ ...readablePlansWhere(user), id: planId }, false, today);
  if (!timeline.rows.length && !(await db.plan.count({ where: { ...readablePlansWhere(user), id: planId } }))) throw notFound("kế hoạch");
  return timeline;
}

/** Every plan of a year that is or was running (issued, completed, archived). */
export async function yearTimeline(user: SessionUser, year: number, today = todayInVietnam()) {
  return buildTimeline({ ...readablePlansWhere(user), year, status: { in: ["ISSUED", "COMPLETED", "ARCHIVED"] } }, true, today);
}
