// Snapshots of a plan at submission and at issue (PlanVersion), written in the
// transition's transaction, and read back for "what changed since the last review".
import type { Db, Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStatus, PlanVersionKind } from "@/lib/generated/prisma/enums";
import { fromDbDate, fromDbDateOrNull } from "@/lib/dates";
import { sttOf } from "@/lib/activities/read-model";
import { planSections, planTexts } from "@/lib/plans/snapshot";
import { readVersionData, type VersionActivity, type VersionData } from "@/lib/plans/version-data";

const unitRef = { select: { id: true, name: true } } as const;

/** The plan as it is now, as version data; null when it does not exist. */
export async function readVersionOf(tx: Tx | Db, planId: string): Promise<VersionData | null> {
  const plan = await tx.plan.findUnique({
    where: { id: planId },
    include: {
      phases: {
        orderBy: { order: "asc" },
        include: {
          activities: {
            orderBy: { order: "asc" },
            include: { leadUnit: unitRef, supporters: { select: { unit: unitRef }, orderBy: { unit: { sortOrder: "asc" } } } },
          },
        },
      },
    },
  });
  if (!plan) return null;
  return {
    schema: 1,
    title: plan.title,
    year: plan.year,
    eventDate: fromDbDateOrNull(plan.eventDate),
    place: plan.place,
    ...planTexts(plan),
    extraSections: planSections(plan.extraSections),
    phases: plan.phases.map((phase) => {
      type Row = (typeof phase.activities)[number];
      const toData = (a: Row, parent: Row | null): VersionActivity => ({
        id: a.id,
        stt: sttOf({ order: a.order, parent }),
        content: a.content,
        description: a.description,
        leadUnit: a.leadUnit ? { id: a.leadUnit.id, name: a.leadUnit.name } : null,
        supporters: a.supporters.map((s) => ({ id: s.unit.id, name: s.unit.name })),
        start: fromDbDate(a.startDate),
        end: fromDbDate(a.endDate),
        output: a.output,
        deadline: a.deadline,
        note: a.note,
        subTasks: parent ? [] : phase.activities.filter((child) => child.parentId === a.id).map((child) => toData(child, a)),
      });
      return {
        id: phase.id,
        code: phase.code,
        title: phase.title,
        start: fromDbDate(phase.startDate),
        end: fromDbDate(phase.endDate),
        activities: phase.activities.filter((a) => !a.parentId).map((a) => toData(a, null)),
      };
    }),
  };
}

/** Keeps the plan as it is now; called inside the transition's transaction. */
export async function recordPlanVersion(
  tx: Tx,
  input: { planId: string; organizationId: string; kind: PlanVersionKind; createdById: string; document?: unknown },
) {
  const data = await readVersionOf(tx, input.planId);
  if (!data) return;
  await tx.planVersion.create({
    data: {
      planId: input.planId,
      organizationId: input.organizationId,
      kind: input.kind,
      createdById: input.createdById,
      data: data as unknown as Prisma.InputJsonValue,
      // An ISSUED version also keeps the document as printed (lib/plans/issued-copy.ts).
      ...(input.document ? { document: input.document as Prisma.InputJsonValue } : {}),
    },
  });
}

/** The leader's decision on the version that was submitted last: it becomes the last reviewed version. */
export async function markReviewed(tx: Tx, planId: string, outcome: Extract<PlanStatus, "RETURNED" | "APPROVED">) {
  const latest = await tx.planVersion.findFirst({ where: { planId, kind: "SUBMITTED" }, orderBy: { createdAt: "desc" }, select: { id: true } });
  if (latest) await tx.planVersion.update({ where: { id: latest.id }, data: { reviewOutcome: outcome } });
}

/** The newest version a leader returned or approved, with when and how. */
export async function lastReviewedVersion(tx: Tx | Db, planId: string) {
  const row = await tx.planVersion.findFirst({
    where: { planId, kind: "SUBMITTED", reviewOutcome: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { data: true, createdAt: true, reviewOutcome: true },
  });
  const data = row ? readVersionData(row.data) : null;
  return row && data ? { data, submittedAt: row.createdAt, outcome: row.reviewOutcome! } : null;
}
