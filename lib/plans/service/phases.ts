// Phases of a plan: add, rename and set the window, reorder, delete.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { changedFields, writeAudit } from "@/lib/audit/service";
import { conflict, invalid, notFound } from "@/lib/errors";
import { fromDbDate, toDbDate } from "@/lib/dates";
import { lockPlanForEdit } from "@/lib/plans/service/lock";
import { dateNearYear, nearYearMessage, type CreatePhaseInput, type DeletePhaseInput, type MovePhaseInput, type UpdatePhaseInput } from "@/lib/plans/schemas";

export const phaseLabel = (order: number) => `giai đoạn 2.${order}`;

function checkWindowYear(year: number, start: string, end: string) {
  const errors: Record<string, string[]> = {};
  if (!dateNearYear(start, year)) errors.start = [nearYearMessage(year)];
  if (!dateNearYear(end, year)) errors.end = [nearYearMessage(year)];
  if (Object.keys(errors).length) throw invalid(errors);
}

/** Keeps orders 1..n and codes "2.1", "2.2"… after any change. */
async function renumber(tx: Tx, planId: string) {
  const phases = await tx.phase.findMany({ where: { planId }, orderBy: [{ order: "asc" }, { createdAt: "asc" }] });
  for (const [index, phase] of phases.entries()) {
    const order = index + 1;
    if (phase.order !== order || phase.code !== `2.${order}`) {
      await tx.phase.update({ where: { id: phase.id }, data: { order, code: `2.${order}` } });
    }
  }
}

async function loadPhase(tx: Tx, user: SessionUser, id: string, version: number) {
  const phase = await tx.phase.findFirst({ where: { id, organizationId: user.organizationId } });
  if (!phase) throw notFound("giai đoạn");
  const plan = await lockPlanForEdit(tx, user, phase.planId);
  const fresh = await tx.phase.findUniqueOrThrow({ where: { id } });
  if (fresh.version !== version) {
    throw conflict("Giai đoạn vừa được người khác thay đổi. Giá trị mới nhất hiện bên dưới; hãy xem lại rồi lưu.", {
      current: { version: fresh.version, title: fresh.title, start: fromDbDate(fresh.startDate), end: fromDbDate(fresh.endDate) },
    });
  }
  return { phase: fresh, plan };
}

/** What the edges need after a write: which plan to refresh, and the version to send next. */
export type SavedPhase = { id: string; planId: string; version: number };

export async function createPhase(tx: Tx, user: SessionUser, input: CreatePhaseInput) {
  const plan = await lockPlanForEdit(tx, user, input.planId);
  checkWindowYear(plan.year, input.start, input.end);
  const count = await tx.phase.count({ where: { planId: plan.id } });
  const phase = await tx.phase.create({
    data: {
      organizationId: plan.organizationId,
      planId: plan.id,
      order: count + 1,
      code: `2.${count + 1}`,
      title: input.title,
      startDate: toDbDate(input.start),
      endDate: toDbDate(input.end),
    },
  });
  await writeAudit(tx, user, plan.organizationId, {
    action: "create",
    entityType: "Phase",
    entityId: phase.id,
    entityLabel: phaseLabel(phase.order),
    planId: plan.id,
    after: { title: input.title, start: input.start, end: input.end },
  });
  return phase;
}

export async function updatePhase(tx: Tx, user: SessionUser, input: UpdatePhaseInput): Promise<SavedPhase> {
  const { phase, plan } = await loadPhase(tx, user, input.id, input.version);
  checkWindowYear(plan.year, input.start, input.end);
  const before = { title: phase.title, start: fromDbDate(phase.startDate), end: fromDbDate(phase.endDate) };
  const after = { title: input.title, start: input.start, end: input.end };
  const diff = changedFields(before, after);
  if (!Object.keys(diff.after).length) return { id: phase.id, planId: plan.id, version: phase.version };
  await tx.phase.update({
    where: { id: phase.id },
    data: { title: input.title, startDate: toDbDate(input.start), endDate: toDbDate(input.end), version: { increment: 1 } },
  });
  await writeAudit(tx, user, plan.organizationId, {
    action: "update",
    entityType: "Phase",
    entityId: phase.id,
    entityLabel: phaseLabel(phase.order),
    planId: plan.id,
    ...diff,
  });
  return { id: phase.id, planId: plan.id, version: phase.version + 1 };
}

export async function movePhase(tx: Tx, user: SessionUser, input: MovePhaseInput): Promise<SavedPhase> {
  const { phase, plan } = await loadPhase(tx, user, input.id, input.version);
  const neighbour = await tx.phase.findFirst({
    where: { planId: plan.id, order: input.direction === "up" ? phase.order - 1 : phase.order + 1 },
  });
  if (!neighbour) return { id: phase.id, planId: plan.id, version: phase.version };
  await tx.phase.update({ where: { id: neighbour.id }, data: { order: phase.order, code: `2.${phase.order}`, version: { increment: 1 } } });
  await tx.phase.update({ where: { id: phase.id }, data: { order: neighbour.order, code: `2.${neighbour.order}`, version: { increment: 1 } } });
  await writeAudit(tx, user, plan.organizationId, {
    action: "move",
    entityType: "Phase",
    entityId: phase.id,
    entityLabel: `giai đoạn “${phase.title}”`,
    planId: plan.id,
    before: { order: phase.order },
    after: { order: neighbour.order },
  });
  return { id: phase.id, planId: plan.id, version: phase.version + 1 };
}

export async function deletePhase(tx: Tx, user: SessionUser, input: DeletePhaseInput) {
  const { phase, plan } = await loadPhase(tx, user, input.id, input.version);
  const activities = await tx.activity.findMany({ where: { phaseId: phase.id }, orderBy: { order: "asc" } });
  let movedTo: string | null = null;
  if (activities.length && input.activities === "move") {
    const target = input.targetPhaseId
      ? await tx.phase.findFirst({ where: { id: input.targetPhaseId, planId: plan.id, NOT: { id: phase.id } } })
      : null;
    if (!target) throw invalid({ targetPhaseId: ["Chọn giai đoạn sẽ nhận các hoạt động, hoặc chọn xóa cả hoạt động."] });
    const last = await tx.activity.aggregate({ where: { phaseId: target.id, parentId: null }, _max: { order: true } });
    let order = last._max.order ?? 0;
    for (const activity of activities) {
      await tx.activity.update({
        where: { id: activity.id },
        data: { phaseId: target.id, ...(activity.parentId ? {} : { order: ++order }), version: { increment: 1 } },
      });
    }
    movedTo = target.id;
  }
  // With "delete", the phase's activities and their sub-tasks go with it (cascade).
  await tx.phase.delete({ where: { id: phase.id } });
  await renumber(tx, plan.id);
  await writeAudit(tx, user, plan.organizationId, {
    action: "delete",
    entityType: "Phase",
    entityId: phase.id,
    entityLabel: phaseLabel(phase.order),
    planId: plan.id,
    before: { title: phase.title, start: fromDbDate(phase.startDate), end: fromDbDate(phase.endDate), activityCount: activities.length },
    after: movedTo ? { activitiesMovedTo: movedTo } : activities.length ? { activitiesDeleted: activities.length } : null,
  });
  return { id: phase.id, planId: plan.id };
}
