// The frozen copy of an issued plan in the database: written with the ISSUED
// version at issue, read back (validated) for every export of an issued plan.
// Plans issued before copies were kept get one on first read, frozen from the
// data of that moment and marked `backfilled` (see lib/plans/issued-copy.ts).
import type { Db, Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import { activityFieldsSelect, unitRefSelect } from "@/lib/activities/read-model";
import { toPlanDocument, type PlanDocument } from "@/lib/plans/document";
import { FROZEN_STATUSES, freezePlanDocument, readIssuedCopy, withIssuedCopy, type IssuedCopy } from "@/lib/plans/issued-copy";
import { readVersionOf } from "@/lib/plans/service/versions";

export const planDocumentInclude = {
  organization: { select: { name: true, headerName: true, parentName: true, code: true, place: true } },
  draftingUnit: { select: unitRefSelect },
  phases: { include: { activities: { select: activityFieldsSelect } } },
} as const satisfies Prisma.PlanInclude;

/** The plan as it prints now (today's names), for freezing; null when it does not exist. */
export async function issuedCopyOf(tx: Tx | Db, planId: string): Promise<IssuedCopy | null> {
  const plan = await tx.plan.findUnique({ where: { id: planId }, include: planDocumentInclude });
  return plan ? freezePlanDocument(toPlanDocument(plan)) : null;
}

async function latestIssued(tx: Tx | Db, planId: string) {
  return tx.planVersion.findFirst({ where: { planId, kind: "ISSUED" }, orderBy: { createdAt: "desc" }, select: { id: true, document: true } });
}

/**
 * Keeps the copy of every issued plan that has none, as issued (the demo seed:
 * its plans are transcribed from the documents the department issued).
 */
export async function freezeIssuedPlans(tx: Tx): Promise<number> {
  const plans = await tx.plan.findMany({
    where: { status: { in: [...FROZEN_STATUSES] }, versions: { none: { kind: "ISSUED" } } },
    select: { id: true, organizationId: true },
  });
  for (const plan of plans) {
    const document = (await issuedCopyOf(tx, plan.id)) as unknown as Prisma.InputJsonValue;
    const data = (await readVersionOf(tx, plan.id)) as unknown as Prisma.InputJsonValue;
    await tx.planVersion.create({ data: { planId: plan.id, organizationId: plan.organizationId, kind: "ISSUED", data, document } });
  }
  return plans.length;
}

/** Freezes a plan issued before copies were kept; once, even with several instances reading at the same moment. */
async function backfill(db: Db, planId: string, organizationId: string): Promise<IssuedCopy | null> {
  return db.$transaction(async (tx) => {
    // The plan's row lock serialises concurrent first readers; the second finds the first one's copy.
    await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${planId}::uuid FOR UPDATE`;
    const latest = await latestIssued(tx, planId);
    const existing = readIssuedCopy(latest?.document);
    if (existing) return existing;
    const copy = await issuedCopyOf(tx, planId);
    if (!copy) return null;
    const document = copy as unknown as Prisma.InputJsonValue;
    if (latest) {
      await tx.planVersion.update({ where: { id: latest.id }, data: { document, backfilled: true } });
    } else {
      const data = (await readVersionOf(tx, planId)) as unknown as Prisma.InputJsonValue;
      await tx.planVersion.create({ data: { planId, organizationId, kind: "ISSUED", data, document, backfilled: true } });
    }
    await writeAudit(tx, null, organizationId, {
      action: "freeze",
      entityType: "Plan",
      entityId: planId,
      entityLabel: "kế hoạch",
      planId,
      after: { backfilled: true, number: copy.numberLabel },
    });
    return copy;
  });
}

/** The issued plan as it was issued: the live document with the frozen copy over what it prints. */
export async function issuedDocument<T extends PlanDocument>(db: Db, live: T, organizationId: string): Promise<T> {
  const latest = await latestIssued(db, live.id);
  const copy = readIssuedCopy(latest?.document) ?? (await backfill(db, live.id, organizationId));
  return copy ? withIssuedCopy(live, copy) : live;
}
