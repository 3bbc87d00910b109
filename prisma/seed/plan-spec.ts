// Writes a plan described as plain data (phases, activities, sub-tasks, run
// history) into the database. Used by the demo seed and by test factories.
import type { Db, Tx } from "@/lib/db-client";
import type { ActivityStatus, PlanStatus, Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam, toDbDate, type CalendarDate } from "@/lib/dates";
import { searchTextOf } from "@/lib/text";
import { EMPTY_PLAN_TEXTS, planTexts, type PlanTexts } from "@/lib/plans/snapshot";

export type UpdateSpec = {
  at: string; // ISO timestamp
  by: string; // user id
  status?: ActivityStatus;
  /** Why it is blocked or cancelled (with such a status). */
  statusReason?: string;
  progress?: number;
  note?: string;
  result?: string;
  actualStart?: CalendarDate;
  actualEnd?: CalendarDate;
  figures?: { label: string; value: string }[];
  evidence?: { url: string; title: string }[];
};

export type ActivitySpec = {
  content: string;
  lead: string; // unit id
  supporters?: string[];
  start?: CalendarDate;
  end?: CalendarDate;
  note?: string;
  description?: string;
  subTasks?: ActivitySpec[];
  updates?: UpdateSpec[];
};

export type PhaseSpec = { title: string; start: CalendarDate; end: CalendarDate; activities: ActivitySpec[] };

export type ReviewSpec = { at: string; by: string; from: PlanStatus; to: PlanStatus; comment?: string };

export type PlanSpec = Partial<PlanTexts> & {
  organizationId: string;
  title: string;
  year: number;
  eventDate?: CalendarDate;
  place: string;
  status?: PlanStatus;
  number?: number;
  symbol?: string;
  issueDate?: CalendarDate;
  draftingUnitId?: string;
  createdById?: string;
  createdAt?: string;
  phases: PhaseSpec[];
  reviews?: ReviewSpec[];
};

async function createActivity(
  tx: Tx,
  spec: ActivitySpec,
  ctx: { organizationId: string; planId: string; phaseId: string; phase: PhaseSpec; parentId: string | null; order: number },
): Promise<string> {
  const updates = [...(spec.updates ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  // The activity's current state is where its history ends.
  let status: ActivityStatus = "NOT_STARTED";
  let statusReason = "";
  let progress = 0;
  let result = "";
  let actualStart: CalendarDate | undefined;
  let actualEnd: CalendarDate | undefined;
  let completedOn: CalendarDate | undefined;
  for (const update of updates) {
    if (update.status === "DONE" && status !== "DONE") completedOn = todayInVietnam(new Date(update.at));
    if (update.status) statusReason = update.statusReason ?? "";
    status = update.status ?? status;
    progress = update.progress ?? (update.status === "DONE" ? 100 : progress);
    result = update.result ?? result;
    actualStart = update.actualStart ?? actualStart;
    actualEnd = update.actualEnd ?? actualEnd;
  }
  const activity = await tx.activity.create({
    data: {
      organizationId: ctx.organizationId,
      planId: ctx.planId,
      phaseId: ctx.phaseId,
      parentId: ctx.parentId,
      order: ctx.order,
      content: spec.content,
      description: spec.description ?? "",
      searchText: searchTextOf(spec.content, spec.note),
      leadUnitId: spec.lead,
      startDate: toDbDate(spec.start ?? ctx.phase.start),
      endDate: toDbDate(spec.end ?? ctx.phase.end),
      note: spec.note ?? "",
      status,
      statusReason,
      progress,
      result,
      actualStart: actualStart ? toDbDate(actualStart) : null,
      actualEnd: actualEnd ? toDbDate(actualEnd) : null,
      completedOn: status === "DONE" ? toDbDate(actualEnd ?? completedOn!) : null,
      lastUpdateAt: updates.length ? new Date(updates[updates.length - 1]!.at) : null,
      version: 1 + updates.length,
      supporters: {
        create: (spec.supporters ?? []).map((unitId) => ({ unitId, organizationId: ctx.organizationId })),
      },
    },
  });
  let previous: ActivityStatus = "NOT_STARTED";
  for (const update of updates) {
    const author = await tx.user.findUnique({ where: { id: update.by }, select: { unitId: true } });
    await tx.activityUpdate.create({
      data: {
        organizationId: ctx.organizationId,
        activityId: activity.id,
        authorId: update.by,
        authorUnitId: author?.unitId ?? null,
        status: update.status ?? null,
        previousStatus: update.status ? previous : null,
        statusReason: update.status ? (update.statusReason ?? "") : "",
        progress: update.progress ?? (update.status === "DONE" ? 100 : null),
        note: update.note ?? "",
        result: update.result ?? null,
        actualStart: update.actualStart ? toDbDate(update.actualStart) : null,
        actualEnd: update.actualEnd ? toDbDate(update.actualEnd) : null,
        figures: (update.figures ?? []) as Prisma.InputJsonValue,
        evidence: (update.evidence ?? []) as Prisma.InputJsonValue,
        createdAt: new Date(update.at),
      },
    });
    previous = update.status ?? previous;
  }
  let childOrder = 1;
  for (const child of spec.subTasks ?? []) {
    await createActivity(tx, child, { ...ctx, parentId: activity.id, order: childOrder++ });
  }
  return activity.id;
}

export async function createPlanFromSpec(db: Db | Tx, spec: PlanSpec): Promise<string> {
  const write = async (tx: Tx) => {
    const plan = await tx.plan.create({
      data: {
        organizationId: spec.organizationId,
        title: spec.title,
        searchText: searchTextOf(spec.title),
        year: spec.year,
        eventDate: spec.eventDate ? toDbDate(spec.eventDate) : null,
        place: spec.place,
        status: spec.status ?? "DRAFT",
        number: spec.number ?? null,
        numberYear: spec.number && spec.issueDate ? Number(spec.issueDate.slice(0, 4)) : null,
        symbol: spec.symbol ?? null,
        issueDate: spec.issueDate ? toDbDate(spec.issueDate) : null,
        ...planTexts({ ...EMPTY_PLAN_TEXTS, ...spec }),
        draftingUnitId: spec.draftingUnitId ?? null,
        createdById: spec.createdById ?? null,
        createdAt: spec.createdAt ? new Date(spec.createdAt) : undefined,
        version: 1 + (spec.reviews?.length ?? 0),
      },
    });
    let phaseOrder = 1;
    for (const phaseSpec of spec.phases) {
      const order = phaseOrder++;
      const phase = await tx.phase.create({
        data: {
          organizationId: spec.organizationId,
          planId: plan.id,
          order,
          code: `2.${order}`,
          title: phaseSpec.title,
          startDate: toDbDate(phaseSpec.start),
          endDate: toDbDate(phaseSpec.end),
        },
      });
      let activityOrder = 1;
      for (const activitySpec of phaseSpec.activities) {
        await createActivity(tx, activitySpec, {
          organizationId: spec.organizationId,
          planId: plan.id,
          phaseId: phase.id,
          phase: phaseSpec,
          parentId: null,
          order: activityOrder++,
        });
      }
    }
    const actionOf: Record<string, string> = {
      "DRAFT>SUBMITTED": "submit",
      "RETURNED>SUBMITTED": "submit",
      "SUBMITTED>DRAFT": "withdraw",
      "SUBMITTED>RETURNED": "return",
      "SUBMITTED>APPROVED": "approve",
      "APPROVED>ISSUED": "issue",
      "ISSUED>DRAFT": "amend",
      "ISSUED>COMPLETED": "complete",
      "COMPLETED>ARCHIVED": "archive",
    };
    for (const review of spec.reviews ?? []) {
      const number = review.to === "ISSUED" && spec.number ? `${String(spec.number).padStart(2, "0")}/${spec.symbol ?? "KH"}` : undefined;
      await tx.auditLog.create({
        data: {
          organizationId: spec.organizationId,
          actorId: review.by,
          action: actionOf[`${review.from}>${review.to}`] ?? "update",
          entityType: "Plan",
          entityId: plan.id,
          entityLabel: "kế hoạch",
          planId: plan.id,
          before: { status: review.from },
          after: { status: review.to, ...(review.comment ? { comment: review.comment } : {}), ...(number ? { number } : {}) },
          createdAt: new Date(review.at),
        },
      });
      await tx.planReview.create({
        data: {
          organizationId: spec.organizationId,
          planId: plan.id,
          actorId: review.by,
          fromStatus: review.from,
          toStatus: review.to,
          comment: review.comment ?? "",
          createdAt: new Date(review.at),
        },
      });
    }
    await tx.auditLog.create({
      data: {
        organizationId: spec.organizationId,
        actorId: spec.createdById ?? null,
        action: "create",
        entityType: "Plan",
        entityId: plan.id,
        entityLabel: "kế hoạch",
        planId: plan.id,
        after: { title: spec.title, year: spec.year },
        createdAt: spec.createdAt ? new Date(spec.createdAt) : undefined,
      },
    });
    return plan.id;
  };
  return "$transaction" in db ? db.$transaction(write, { timeout: 60_000 }) : write(db);
}
