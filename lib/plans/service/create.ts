// New plans: blank, cloned from a plan of any year, or from a saved template.
import type { Tx } from "@/lib/db-client";
import { withSuccessors } from "@/lib/units/successors-service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { assertCan, can } from "@/lib/auth/roles";
import { allOf } from "@/lib/auth/filters";
import { writeAudit } from "@/lib/audit/service";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { readablePlansWhere, templateRights } from "@/lib/plans/access";
import { emptySnapshot, shiftPlan, type PlanSnapshot } from "@/lib/plans/snapshot";
import { readSnapshot, writeSnapshot } from "@/lib/plans/service/snapshot-io";
import { planNumberLabel } from "@/lib/plans/numbering";
import { planDisplayTitle } from "@/lib/plans/title";
import type {
  ClonePlanInput,
  CreateBlankPlanInput,
  CreateFromTemplateInput,
  SaveTemplateInput,
} from "@/lib/plans/schemas";

/** Without plan.chooseDraftingUnit a plan is drafted for the user's own unit; with it, for any unit of the Sở. */
async function draftingUnitFor(tx: Tx, user: SessionUser, requested: string | null): Promise<string | null> {
  if (!can(user, "plan.chooseDraftingUnit")) return user.unitId;
  const unitId = requested ?? user.unitId;
  if (!unitId) return null;
  const unit = await tx.unit.findFirst({ where: { id: unitId, organizationId: user.organizationId, kind: { not: "GROUP" } } });
  if (!unit) throw invalid({ draftingUnitId: ["Đơn vị soạn thảo không thuộc Sở."] });
  return unit.id;
}

async function create(tx: Tx, user: SessionUser, snapshot: PlanSnapshot, draftingUnitId: string | null, source: Record<string, unknown>) {
  assertCan(user, "plan.create");
  const id = await writeSnapshot(tx, {
    organizationId: user.organizationId,
    createdById: user.id,
    draftingUnitId: await draftingUnitFor(tx, user, draftingUnitId),
    snapshot,
  });
  await writeAudit(tx, user, user.organizationId, {
    action: "create",
    entityType: "Plan",
    entityId: id,
    entityLabel: "kế hoạch",
    planId: id,
    after: { title: snapshot.title, year: snapshot.year, eventDate: snapshot.eventDate, ...source },
  });
  return { id };
}

/** A plan read from a document (lib/documents/import-service.ts): a DRAFT of the user's unit. */
export async function createFromSnapshot(tx: Tx, user: SessionUser, snapshot: PlanSnapshot, source: Record<string, unknown>) {
  return create(tx, user, snapshot, null, source);
}

export async function createBlankPlan(tx: Tx, user: SessionUser, input: CreateBlankPlanInput) {
  assertCan(user, "plan.create");
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: user.organizationId } });
  const snapshot = emptySnapshot({ title: input.title, year: input.year, eventDate: input.eventDate, place: organization.place });
  return create(tx, user, snapshot, input.draftingUnitId, { source: "blank" });
}

export async function clonePlan(tx: Tx, user: SessionUser, input: ClonePlanInput) {
  assertCan(user, "plan.create");
  const source = await readSnapshot(tx, allOf(readablePlansWhere(user), { id: input.sourcePlanId }));
  if (!source) throw notFound("kế hoạch nguồn");
  const shifted = shiftPlan(source, { eventDate: input.eventDate, replaceYearInTitle: false, replaceYearInTexts: input.replaceYearInTexts });
  // The history names the source as it was, in case it is renamed or deleted later.
  const named = await tx.plan.findUniqueOrThrow({ where: { id: input.sourcePlanId }, select: { number: true, symbol: true, organization: { select: { code: true } } } });
  const sourceNumber = planNumberLabel(named);
  const units = await withSuccessors(tx, user.organizationId, shifted, input.unitSwaps ?? []);
  return create(tx, user, { ...units, title: input.title }, input.draftingUnitId, {
    source: "clone",
    sourcePlanId: input.sourcePlanId,
    sourceTitle: planDisplayTitle(source.title),
    ...(sourceNumber ? { sourceNumber } : {}),
  });
}

export async function createFromTemplate(tx: Tx, user: SessionUser, input: CreateFromTemplateInput) {
  assertCan(user, "plan.create");
  const template = await tx.planTemplate.findFirst({ where: { id: input.templateId, organizationId: user.organizationId } });
  if (!template) throw notFound("mẫu kế hoạch");
  const snapshot = template.snapshot as unknown as PlanSnapshot;
  const shifted = shiftPlan(snapshot, { eventDate: input.eventDate, replaceYearInTitle: false, replaceYearInTexts: input.replaceYearInTexts });
  const units = await withSuccessors(tx, user.organizationId, shifted, input.unitSwaps ?? []);
  return create(tx, user, { ...units, title: input.title }, input.draftingUnitId, { source: "template", templateId: template.id });
}

export async function saveAsTemplate(tx: Tx, user: SessionUser, input: SaveTemplateInput) {
  assertCan(user, "plan.create");
  const snapshot = await readSnapshot(tx, allOf(readablePlansWhere(user), { id: input.planId }));
  if (!snapshot) throw notFound("kế hoạch");
  const clash = await tx.planTemplate.findFirst({ where: { organizationId: user.organizationId, name: input.name } });
  if (clash) throw invalid({ name: ["Đã có mẫu cùng tên."] });
  const template = await tx.planTemplate.create({
    data: {
      organizationId: user.organizationId,
      name: input.name,
      description: input.description,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      createdById: user.id,
    },
  });
  await writeAudit(tx, user, user.organizationId, {
    action: "create",
    entityType: "PlanTemplate",
    entityId: template.id,
    entityLabel: `mẫu “${template.name}”`,
    planId: input.planId,
    after: { name: template.name, description: template.description },
  });
  return template;
}

export async function deleteTemplate(tx: Tx, user: SessionUser, input: { templateId: string }) {
  assertCan(user, "plan.create");
  const template = await tx.planTemplate.findFirst({ where: { id: input.templateId, organizationId: user.organizationId } });
  if (!template) throw notFound("mẫu kế hoạch");
  if (!templateRights(user, template).delete) {
    throw forbidden("Chỉ người tạo mẫu, lãnh đạo hoặc quản trị được xóa mẫu.");
  }
  await tx.planTemplate.delete({ where: { id: template.id } });
  await writeAudit(tx, user, user.organizationId, {
    action: "delete",
    entityType: "PlanTemplate",
    entityId: template.id,
    entityLabel: `mẫu “${template.name}”`,
    before: { name: template.name, description: template.description },
  });
}
