// Activities of a plan (and their sub-tasks): add, edit, reorder, move to
// another phase, delete. One lead unit; supporters from the organisation.
import { costFromDb } from "@/lib/money";
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { changedFields, writeAudit } from "@/lib/audit/service";
import { conflict, invalid, notFound } from "@/lib/errors";
import { fromDbDate, toDbDate } from "@/lib/dates";
import { searchTextOf } from "@/lib/text";
import { activityLabel } from "@/lib/activities/read-model";
import { lockPlanForEdit, type LockedPlan } from "@/lib/plans/service/lock";
import {
  dateNearYear,
  nearYearMessage,
  type CreateActivityInput,
  type DeleteActivityInput,
  type MoveActivityInput,
  type UpdateActivityInput,
} from "@/lib/plans/schemas";

async function checkUnits(tx: Tx, organizationId: string, leadUnitId: string, supporterIds: string[], keep: string[] = []) {
  const units = await tx.unit.findMany({ where: { organizationId, id: { in: [leadUnitId, ...supporterIds] } } });
  const byId = new Map(units.map((u) => [u.id, u]));
  const errors: Record<string, string[]> = {};
  const lead = byId.get(leadUnitId);
  if (!lead || (!lead.active && !keep.includes(lead.id))) errors.leadUnitId = ["Đơn vị chủ trì không thuộc Sở hoặc đã ngừng sử dụng."];
  else if (lead.kind === "GROUP") errors.leadUnitId = ["Đơn vị chủ trì phải là một đơn vị cụ thể, không phải nhóm đơn vị."];
  const badSupporter = supporterIds.some((id) => {
    const unit = byId.get(id);
    return !unit || (!unit.active && !keep.includes(id));
  });
  if (badSupporter) errors.supporterIds = ["Có đơn vị phối hợp không thuộc Sở hoặc đã ngừng sử dụng."];
  if (Object.keys(errors).length) throw invalid(errors);
}

function checkWindowYear(year: number, start: string, end: string) {
  const errors: Record<string, string[]> = {};
  if (!dateNearYear(start, year)) errors.start = [nearYearMessage(year)];
  if (!dateNearYear(end, year)) errors.end = [nearYearMessage(year)];
  if (Object.keys(errors).length) throw invalid(errors);
}

/** Keeps sibling orders 1..n after a removal or a move. */
async function renumberSiblings(tx: Tx, phaseId: string, parentId: string | null) {
  const siblings = await tx.activity.findMany({ where: { phaseId, parentId }, orderBy: [{ order: "asc" }, { createdAt: "asc" }] });
  for (const [index, sibling] of siblings.entries()) {
    if (sibling.order !== index + 1) await tx.activity.update({ where: { id: sibling.id }, data: { order: index + 1 } });
  }
}

async function loadActivity(tx: Tx, user: SessionUser, id: string, version: number) {
  const found = await tx.activity.findFirst({ where: { id, organizationId: user.organizationId }, select: { planId: true } });
  if (!found) throw notFound("hoạt động");
  const plan = await lockPlanForEdit(tx, user, found.planId);
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id },
    // The phase's code and the parent's order name the activity in the audit log.
    include: { supporters: { select: { unitId: true } }, phase: { select: { code: true } }, parent: { select: { order: true } } },
  });
  if (activity.version !== version) {
    throw conflict("Hoạt động vừa được người khác thay đổi. Giá trị mới nhất hiện bên dưới; nội dung bạn nhập vẫn còn, hãy xem lại rồi lưu.", {
      current: snapshotOf(activity),
    });
  }
  return { activity, plan };
}

/** The columns the editor writes, the same on create and update. */
function editableColumns(input: CreateActivityInput | UpdateActivityInput) {
  return {
    content: input.content,
    description: input.description,
    searchText: searchTextOf(input.content, input.note),
    leadUnitId: input.leadUnitId,
    startDate: toDbDate(input.start),
    endDate: toDbDate(input.end),
    note: input.note,
  };
}

function snapshotOf(activity: {
  version: number;
  content: string;
  description: string;
  leadUnitId: string;
  supporters: { unitId: string }[];
  startDate: Date;
  endDate: Date;
  note: string;
  output: string;
  cost: bigint | null;
}) {
  return {
    version: activity.version,
    content: activity.content,
    description: activity.description,
    leadUnitId: activity.leadUnitId,
    supporterIds: activity.supporters.map((s) => s.unitId).sort(),
    start: fromDbDate(activity.startDate),
    end: fromDbDate(activity.endDate),
    note: activity.note,
    output: activity.output,
    cost: costFromDb(activity.cost),
  };
}

export async function createActivity(tx: Tx, user: SessionUser, input: CreateActivityInput) {
  const phase = await tx.phase.findFirst({ where: { id: input.phaseId, organizationId: user.organizationId } });
  if (!phase) throw notFound("giai đoạn");
  const plan: LockedPlan = await lockPlanForEdit(tx, user, phase.planId);
  checkWindowYear(plan.year, input.start, input.end);
  await checkUnits(tx, plan.organizationId, input.leadUnitId, input.supporterIds);
  const parent = input.parentId ? await tx.activity.findFirst({ where: { id: input.parentId, phaseId: phase.id, parentId: null } }) : null;
  if (input.parentId && !parent) throw invalid({ parentId: ["Chỉ thêm việc con cho một hoạt động của cùng giai đoạn."] });
  const last = await tx.activity.aggregate({ where: { phaseId: phase.id, parentId: input.parentId }, _max: { order: true } });
  const activity = await tx.activity.create({
    data: {
      organizationId: plan.organizationId,
      planId: plan.id,
      phaseId: phase.id,
      parentId: input.parentId,
      order: (last._max.order ?? 0) + 1,
      ...editableColumns(input),
      output: input.output ?? "",
      cost: input.cost ?? null,
      supporters: { create: input.supporterIds.map((unitId) => ({ unitId, organizationId: plan.organizationId })) },
    },
  });
  await writeAudit(tx, user, plan.organizationId, {
    action: "create",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: activityLabel({ order: activity.order, parent, phase }),
    planId: plan.id,
    after: {
      content: input.content,
      leadUnitId: input.leadUnitId,
      supporterIds: input.supporterIds,
      start: input.start,
      end: input.end,
      note: input.note,
      ...(input.output ? { output: input.output } : {}),
      ...(typeof input.cost === "number" ? { cost: input.cost } : {}),
    },
  });
  return activity;
}

/** What the edges need after a write: which plan to refresh, and the version to send next. */
export type SavedActivity = { id: string; planId: string; phaseId: string; version: number };

function savedAs(activity: { id: string; phaseId: string; version: number }, plan: { id: string }, increments: 0 | 1, phaseId = activity.phaseId): SavedActivity {
  return { id: activity.id, planId: plan.id, phaseId, version: activity.version + increments };
}

export async function updateActivity(tx: Tx, user: SessionUser, input: UpdateActivityInput): Promise<SavedActivity> {
  const { activity, plan } = await loadActivity(tx, user, input.id, input.version);
  checkWindowYear(plan.year, input.start, input.end);
  const before = snapshotOf(activity);
  // A unit deactivated since it was chosen may stay on the activity.
  await checkUnits(tx, plan.organizationId, input.leadUnitId, input.supporterIds, [before.leadUnitId, ...before.supporterIds]);
  const after = {
    version: before.version,
    content: input.content,
    description: input.description,
    leadUnitId: input.leadUnitId,
    supporterIds: [...input.supporterIds].sort(),
    start: input.start,
    end: input.end,
    note: input.note,
    output: input.output ?? before.output,
    cost: input.cost === undefined ? before.cost : input.cost,
  };
  const diff = changedFields(before, after);
  if (!Object.keys(diff.after).length) return savedAs(activity, plan, 0);
  await tx.activity.update({
    where: { id: activity.id },
    data: {
      ...editableColumns(input),
      output: after.output,
      cost: after.cost,
      version: { increment: 1 },
    },
  });
  if ("supporterIds" in diff.after) {
    await tx.activitySupport.deleteMany({ where: { activityId: activity.id } });
    await tx.activitySupport.createMany({
      data: input.supporterIds.map((unitId) => ({ unitId, activityId: activity.id, organizationId: plan.organizationId })),
    });
  }
  await writeAudit(tx, user, plan.organizationId, {
    action: "update",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: activityLabel(activity),
    planId: plan.id,
    ...diff,
  });
  return savedAs(activity, plan, 1);
}

export async function moveActivity(tx: Tx, user: SessionUser, input: MoveActivityInput): Promise<SavedActivity> {
  const { activity, plan } = await loadActivity(tx, user, input.id, input.version);
  const label = activityLabel(activity);
  const auditMove = (before: Record<string, string | number>, after: Record<string, string | number>) =>
    writeAudit(tx, user, plan.organizationId, { action: "move", entityType: "Activity", entityId: activity.id, entityLabel: label, planId: plan.id, before, after });
  if (input.phaseId && input.phaseId !== activity.phaseId) {
    if (activity.parentId) throw invalid({ phaseId: ["Việc con đi cùng hoạt động cha; hãy chuyển hoạt động cha."] });
    const target = await tx.phase.findFirst({ where: { id: input.phaseId, planId: plan.id } });
    if (!target) throw invalid({ phaseId: ["Chọn một giai đoạn của kế hoạch này."] });
    const last = await tx.activity.aggregate({ where: { phaseId: target.id, parentId: null }, _max: { order: true } });
    await tx.activity.update({
      where: { id: activity.id },
      data: { phaseId: target.id, order: (last._max.order ?? 0) + 1, version: { increment: 1 } },
    });
    await tx.activity.updateMany({ where: { parentId: activity.id }, data: { phaseId: target.id } });
    await renumberSiblings(tx, activity.phaseId, null);
    await auditMove({ phase: activity.phase.code }, { phase: target.code });
    return savedAs(activity, plan, 1, target.id);
  }
  if (!input.direction) return savedAs(activity, plan, 0);
  const neighbour = await tx.activity.findFirst({
    where: {
      phaseId: activity.phaseId,
      parentId: activity.parentId,
      order: input.direction === "up" ? activity.order - 1 : activity.order + 1,
    },
  });
  if (!neighbour) return savedAs(activity, plan, 0);
  await tx.activity.update({ where: { id: neighbour.id }, data: { order: activity.order, version: { increment: 1 } } });
  await tx.activity.update({ where: { id: activity.id }, data: { order: neighbour.order, version: { increment: 1 } } });
  await auditMove({ order: activity.order }, { order: neighbour.order });
  return savedAs(activity, plan, 1);
}

export async function deleteActivity(tx: Tx, user: SessionUser, input: DeleteActivityInput) {
  const { activity, plan } = await loadActivity(tx, user, input.id, input.version);
  const label = activityLabel(activity);
  const subTasks = await tx.activity.count({ where: { parentId: activity.id } });
  await tx.activity.delete({ where: { id: activity.id } });
  await renumberSiblings(tx, activity.phaseId, activity.parentId);
  await writeAudit(tx, user, plan.organizationId, {
    action: "delete",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: label,
    planId: plan.id,
    before: { ...snapshotOf(activity), version: undefined, subTaskCount: subTasks },
  });
  return { id: activity.id, planId: plan.id };
}
