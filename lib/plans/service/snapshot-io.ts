// Reading a plan into a snapshot and writing a snapshot as a new draft plan.
import type { Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/lib/dates";
import { invalid } from "@/lib/errors";
import { searchTextOf } from "@/lib/text";
import { planSections, planTexts, type ActivitySnapshot, type PlanSnapshot } from "@/lib/plans/snapshot";
import { outlineExtraSections, readOutline, type PlanOutline } from "@/lib/plans/outline";

/** Only a plan that has an outline carries one: snapshots of the others stay as they were. */
const outlineField = (outline: PlanOutline | null) => (outline ? { outline } : {});

export async function readSnapshot(tx: Tx, where: Prisma.PlanWhereInput): Promise<PlanSnapshot | null> {
  const plan = await tx.plan.findFirst({
    where,
    include: {
      phases: {
        orderBy: { order: "asc" },
        // Supporters in the order the document lists them (the units' order).
        include: { activities: { orderBy: { order: "asc" }, include: { supporters: { select: { unitId: true }, orderBy: { unit: { sortOrder: "asc" } } } } } },
      },
    },
  });
  if (!plan) return null;
  return {
    title: plan.title,
    year: plan.year,
    eventDate: fromDbDateOrNull(plan.eventDate),
    place: plan.place,
    ...planTexts(plan),
    extraSections: planSections(plan.extraSections),
    ...outlineField(readOutline(plan.outline)),
    ...(plan.budgetAmount !== null || plan.budgetSource ? { budgetAmount: plan.budgetAmount === null ? null : Number(plan.budgetAmount), budgetSource: plan.budgetSource } : {}),
    phases: plan.phases.map((phase) => {
      const toSnapshot = (a: (typeof phase.activities)[number]): ActivitySnapshot => ({
        content: a.content,
        description: a.description,
        leadUnitId: a.leadUnitId,
        supporterIds: a.supporters.map((s) => s.unitId),
        start: fromDbDate(a.startDate),
        end: fromDbDate(a.endDate),
        note: a.note,
        output: a.output,
        deadline: a.deadline,
        ...(a.cost !== null ? { cost: Number(a.cost) } : {}),
        subTasks: phase.activities.filter((child) => child.parentId === a.id).map(toSnapshot),
      });
      return {
        title: phase.title,
        start: fromDbDate(phase.startDate),
        end: fromDbDate(phase.endDate),
        activities: phase.activities.filter((a) => !a.parentId).map(toSnapshot),
      };
    }),
  };
}

function unitIdsOf(snapshot: PlanSnapshot): Set<string> {
  const ids = new Set<string>();
  const visit = (a: ActivitySnapshot) => {
    ids.add(a.leadUnitId);
    a.supporterIds.forEach((id) => ids.add(id));
    a.subTasks.forEach(visit);
  };
  snapshot.phases.forEach((phase) => phase.activities.forEach(visit));
  return ids;
}

/** Writes a snapshot as a new DRAFT plan of the organisation; returns its id. */
export async function writeSnapshot(
  tx: Tx,
  input: { organizationId: string; createdById: string; draftingUnitId: string | null; snapshot: PlanSnapshot },
): Promise<string> {
  const { organizationId } = input;
  // A template's stored snapshot is read as it was saved: an outline that is not valid is left out (the fixed layout).
  const outline = readOutline(input.snapshot.outline);
  const snapshot: PlanSnapshot = { ...input.snapshot, ...outlineField(outline) };
  if (!outline) delete snapshot.outline;
  const ids = [...unitIdsOf(snapshot)];
  const units = await tx.unit.findMany({ where: { organizationId, id: { in: ids } }, select: { id: true } });
  if (units.length !== ids.length) {
    throw invalid({ _form: ["Kế hoạch nguồn dùng đơn vị không thuộc Sở."] }, "Kế hoạch nguồn dùng đơn vị không thuộc Sở.");
  }
  const plan = await tx.plan.create({
    data: {
      organizationId,
      title: snapshot.title,
      searchText: searchTextOf(snapshot.title),
      year: snapshot.year,
      eventDate: snapshot.eventDate ? toDbDate(snapshot.eventDate) : null,
      place: snapshot.place,
      ...planTexts(snapshot),
      extraSections: snapshot.outline ? outlineExtraSections(snapshot.outline) : (snapshot.extraSections ?? []),
      ...(snapshot.outline ? { outline: snapshot.outline } : {}),
      budgetAmount: snapshot.budgetAmount ?? null,
      budgetSource: snapshot.budgetSource ?? "",
      status: "DRAFT",
      createdById: input.createdById,
      draftingUnitId: input.draftingUnitId,
    },
  });
  let phaseOrder = 0;
  for (const phaseSnapshot of snapshot.phases) {
    phaseOrder += 1;
    const phase = await tx.phase.create({
      data: {
        organizationId,
        planId: plan.id,
        order: phaseOrder,
        code: `2.${phaseOrder}`,
        title: phaseSnapshot.title,
        startDate: toDbDate(phaseSnapshot.start),
        endDate: toDbDate(phaseSnapshot.end),
      },
    });
    const writeActivity = async (a: ActivitySnapshot, order: number, parentId: string | null) => {
      const created = await tx.activity.create({
        data: {
          organizationId,
          planId: plan.id,
          phaseId: phase.id,
          parentId,
          order,
          content: a.content,
          description: a.description,
          searchText: searchTextOf(a.content, a.note),
          leadUnitId: a.leadUnitId,
          startDate: toDbDate(a.start),
          endDate: toDbDate(a.end),
          note: a.note,
          output: a.output ?? "",
          deadline: a.deadline ?? false,
          cost: a.cost ?? null,
          supporters: { create: a.supporterIds.map((unitId) => ({ unitId, organizationId })) },
        },
      });
      for (const [index, sub] of a.subTasks.entries()) await writeActivity(sub, index + 1, created.id);
    };
    for (const [index, activity] of phaseSnapshot.activities.entries()) await writeActivity(activity, index + 1, null);
  }
  return plan.id;
}
