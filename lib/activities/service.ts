// Tracking writes: a unit records what it did on an activity; people discuss it.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db-client";
import type { ActivityStatus, Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { AppError, conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { fromDbDateOrNull, todayInVietnam, toDbDate } from "@/lib/dates";
import { clip, foldVietnamese } from "@/lib/text";
import { notifyUsers } from "@/lib/notifications/service";
import { notifyBlocked } from "@/lib/notifications/plan-leaders";
import { checkStatusChange, readableActivitiesWhere, trackingRights, unitPart } from "@/lib/activities/access";
import { allOf } from "@/lib/auth/filters";
import { derivedProgress } from "@/lib/activities/rules";
import { checkFile, safeFileName } from "@/lib/activities/files";
import { MAX_FILE_BYTES, type CommentInput, type RecordUpdateInput, type TargetsInput } from "@/lib/activities/schemas";
import { activityLabel } from "@/lib/plans/service/activities";

export type UploadedFile = { name: string; bytes: Uint8Array };

async function groupsOf(tx: Tx, unitId: string | null): Promise<string[]> {
  if (!unitId) return [];
  const rows = await tx.unitGroupMember.findMany({ where: { memberId: unitId }, select: { groupId: true } });
  return rows.map((r) => r.groupId);
}

/** Loads a readable activity, locks its row, and works out the user's rights on it. */
export async function loadForTracking(tx: Tx, user: SessionUser, activityId: string) {
  const found = await tx.activity.findFirst({ where: allOf(readableActivitiesWhere(user), { id: activityId }), select: { id: true } });
  if (!found) throw notFound("hoạt động");
  await tx.$queryRaw`SELECT id FROM "Activity" WHERE id = ${activityId}::uuid FOR UPDATE`;
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id: activityId },
    include: {
      supporters: { select: { unitId: true } },
      plan: { select: { id: true, status: true, title: true } },
      targets: { orderBy: { order: "asc" } },
    },
  });
  const part = unitPart(user.unitId, { leadUnitId: activity.leadUnitId, supporterUnitIds: activity.supporters.map((s) => s.unitId) }, await groupsOf(tx, user.unitId));
  return { activity, part, rights: trackingRights(user.role, part, activity.plan.status) };
}

function currentValues(activity: {
  version: number;
  status: ActivityStatus;
  progress: number;
  result: string;
  statusReason: string;
  actualStart: Date | null;
  actualEnd: Date | null;
}) {
  return {
    version: activity.version,
    status: activity.status,
    progress: activity.progress,
    result: activity.result,
    statusReason: activity.statusReason,
    actualStart: fromDbDateOrNull(activity.actualStart),
    actualEnd: fromDbDateOrNull(activity.actualEnd),
  };
}

/** Recomputes a parent's progress from its sub-tasks, unless its lead set it by hand. */
async function rollUpToParent(tx: Tx, parentId: string) {
  const parent = await tx.activity.findUnique({ where: { id: parentId } });
  if (!parent || parent.progressSetManually) return;
  const subTasks = await tx.activity.findMany({ where: { parentId }, select: { status: true, progress: true } });
  const progress = derivedProgress(subTasks);
  if (progress !== null && progress !== parent.progress) {
    await tx.activity.update({ where: { id: parentId }, data: { progress, version: { increment: 1 } } });
  }
}

export async function recordActivityUpdate(tx: Tx, user: SessionUser, input: RecordUpdateInput, files: UploadedFile[] = []) {
  const { activity, rights } = await loadForTracking(tx, user, input.activityId);
  if (activity.plan.status !== "ISSUED") {
    throw new AppError("CONFLICT", "Chỉ cập nhật tiến độ cho kế hoạch đang triển khai (đã ban hành).");
  }
  if (!rights.report) throw forbidden("Đơn vị của bạn không chủ trì hay phối hợp hoạt động này nên không cập nhật được.");
  if (activity.version !== input.version) {
    throw conflict("Hoạt động vừa được cập nhật bởi người khác. Thông tin mới nhất hiện bên dưới; nội dung bạn nhập vẫn còn, hãy xem lại rồi lưu.", {
      current: currentValues(activity),
    });
  }

  const status = input.status ?? activity.status;
  const statusChanged = status !== activity.status;
  // While the status stays, the stored reason stays valid: an empty reason keeps it, a new one replaces it.
  const reason = input.statusReason || (statusChanged ? "" : activity.statusReason);
  const statusCheck = checkStatusChange(activity.status, status, rights, reason);
  if (!statusCheck.ok) {
    if (statusCheck.field === "status") throw forbidden(statusCheck.message);
    throw invalid({ [statusCheck.field]: [statusCheck.message] }, statusCheck.message);
  }
  const reasonChanged = !statusChanged && (status === "BLOCKED" || status === "CANCELLED") && reason !== activity.statusReason;
  // The reason follows the rights of its status: leads say what blocks them, only leaders say why work is cancelled.
  if (reasonChanged && !(status === "CANCELLED" ? rights.cancel : rights.changeStatus)) {
    throw forbidden(status === "CANCELLED" ? "Chỉ lãnh đạo Sở được sửa lý do hủy." : "Chỉ đơn vị chủ trì hoặc lãnh đạo Sở được sửa vướng mắc.");
  }
  // Progress, result, actual dates and targets belong to the lead unit.
  const leadOnly: string[] = [];
  if (input.progress !== undefined && input.progress !== activity.progress) leadOnly.push("tiến độ");
  if (input.result !== undefined && input.result !== activity.result) leadOnly.push("kết quả");
  if ((input.actualStart ?? null) !== fromDbDateOrNull(activity.actualStart) && input.actualStart !== null) leadOnly.push("ngày thực tế");
  if ((input.actualEnd ?? null) !== fromDbDateOrNull(activity.actualEnd) && input.actualEnd !== null) leadOnly.push("ngày thực tế");
  if (input.targets.length) leadOnly.push("chỉ tiêu");
  if (leadOnly.length && !rights.changeStatus) {
    throw forbidden(`Đơn vị phối hợp chỉ ghi chú, số liệu và minh chứng; ${[...new Set(leadOnly)].join(", ")} do đơn vị chủ trì cập nhật.`);
  }

  const result = input.result ?? activity.result;
  if (status === "DONE" && activity.status !== "DONE" && !result.trim() && !input.confirmNoResult) {
    throw new AppError("INVALID", "Hoạt động hoàn thành nhưng chưa có kết quả.", {
      fieldErrors: { result: ["Nên ghi kết quả thực hiện. Nếu chưa có, chọn “Hoàn thành mà chưa ghi kết quả” rồi lưu lại."] },
      reason: "RESULT_REQUIRED",
    });
  }
  const progress = status === "DONE" ? 100 : (input.progress ?? activity.progress);
  const actualStart = input.actualStart !== null ? input.actualStart : fromDbDateOrNull(activity.actualStart);
  const actualEnd = input.actualEnd !== null ? input.actualEnd : fromDbDateOrNull(activity.actualEnd);
  if (actualStart && actualEnd && actualEnd < actualStart) {
    throw invalid({ actualEnd: ["Ngày kết thúc thực tế phải cùng hoặc sau ngày bắt đầu."] });
  }

  const checked = files.map((file) => ({ file, check: checkFile(file.name, file.bytes, MAX_FILE_BYTES) }));
  const refused = checked.filter((c) => !c.check.ok).map((c) => (c.check as { message: string }).message);
  if (refused.length) throw invalid({ files: refused }, refused.join(" "));

  const targetValues = input.targets.map((t) => {
    const target = activity.targets.find((candidate) => candidate.id === t.targetId);
    if (!target) throw invalid({ targets: ["Chỉ tiêu không thuộc hoạt động này."] });
    return { targetId: target.id, label: target.label, achieved: t.achieved };
  });

  const hasSubTasks = (await tx.activity.count({ where: { parentId: activity.id } })) > 0;
  const update = await tx.activityUpdate.create({
    data: {
      organizationId: activity.organizationId,
      activityId: activity.id,
      authorId: user.id,
      authorUnitId: user.unitId,
      status: statusChanged ? status : null,
      previousStatus: statusChanged ? activity.status : null,
      statusReason: statusChanged || reasonChanged ? reason : "",
      progress: progress !== activity.progress ? progress : null,
      note: input.note,
      result: result !== activity.result ? result : null,
      actualStart: actualStart !== fromDbDateOrNull(activity.actualStart) && actualStart ? toDbDate(actualStart) : null,
      actualEnd: actualEnd !== fromDbDateOrNull(activity.actualEnd) && actualEnd ? toDbDate(actualEnd) : null,
      figures: input.figures as Prisma.InputJsonValue,
      evidence: input.evidence as Prisma.InputJsonValue,
      targetValues: targetValues as Prisma.InputJsonValue,
    },
  });
  for (const { file, check } of checked) {
    if (!check.ok) continue;
    await tx.attachment.create({
      data: {
        organizationId: activity.organizationId,
        activityId: activity.id,
        updateId: update.id,
        uploaderId: user.id,
        fileName: safeFileName(file.name),
        contentType: check.type.mime,
        size: file.bytes.byteLength,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        data: Buffer.from(file.bytes),
      },
    });
  }
  for (const t of targetValues) await tx.activityTarget.update({ where: { id: t.targetId }, data: { achieved: t.achieved } });
  await tx.activity.update({
    where: { id: activity.id },
    data: {
      status,
      statusReason: statusChanged || reasonChanged ? reason : activity.statusReason,
      progress,
      result,
      actualStart: actualStart ? toDbDate(actualStart) : null,
      actualEnd: actualEnd ? toDbDate(actualEnd) : null,
      // Done on its actual end day when known, else today; reopening clears it.
      completedOn: status === "DONE" ? toDbDate(actualEnd ?? (activity.status === "DONE" && activity.completedOn ? fromDbDateOrNull(activity.completedOn)! : todayInVietnam())) : null,
      lastUpdateAt: new Date(),
      // A lead who types a parent's progress takes it over from the sub-tasks.
      ...(hasSubTasks && input.progress !== undefined && input.progress !== activity.progress ? { progressSetManually: true } : {}),
      version: { increment: 1 },
    },
  });
  if (activity.parentId) await rollUpToParent(tx, activity.parentId);
  await writeAudit(tx, user, activity.organizationId, {
    action: "track",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: await activityLabel(tx, activity),
    planId: activity.planId,
    before: { status: activity.status, progress: activity.progress, ...(reasonChanged ? { statusReason: activity.statusReason } : {}) },
    after: { status, progress, ...(reasonChanged ? { statusReason: reason } : {}), updateId: update.id, figures: input.figures.length, evidence: input.evidence.length, files: files.length },
  });
  if (statusChanged && status === "BLOCKED") await notifyBlocked(tx, user, activity, reason);
  return { updateId: update.id, status, progress, statusChanged, progressChanged: progress !== activity.progress, version: activity.version + 1 };
}

/** Units named in a comment with "@": "@Phòng QLKH" or the full name, accents optional. */
export function mentionedUnits(body: string, units: { id: string; name: string; shortName: string }[]): string[] {
  const folded = foldVietnamese(body);
  return units
    .filter((unit) => [unit.shortName, unit.name].some((name) => folded.includes(`@${foldVietnamese(name)}`)))
    .map((unit) => unit.id);
}

export async function addComment(tx: Tx, user: SessionUser, input: CommentInput) {
  const { activity, rights } = await loadForTracking(tx, user, input.activityId);
  if (!rights.comment) throw forbidden("Tài khoản người xem không tham gia trao đổi.");
  const units = await tx.unit.findMany({ where: { organizationId: activity.organizationId }, select: { id: true, name: true, shortName: true } });
  const mentioned = mentionedUnits(input.body, units);
  const comment = await tx.activityComment.create({
    data: { organizationId: activity.organizationId, activityId: activity.id, authorId: user.id, body: input.body, mentionedUnitIds: mentioned },
  });
  const label = await activityLabel(tx, activity);
  await writeAudit(tx, user, activity.organizationId, {
    action: "comment",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: label,
    planId: activity.planId,
    after: { commentId: comment.id, body: input.body, mentionedUnitIds: mentioned },
  });
  if (mentioned.length) {
    const members = await tx.unitGroupMember.findMany({ where: { groupId: { in: mentioned } }, select: { memberId: true } });
    const staff = await tx.user.findMany({
      where: { organizationId: activity.organizationId, active: true, unitId: { in: [...mentioned, ...members.map((m) => m.memberId)] } },
      select: { id: true },
    });
    await notifyUsers(
      tx,
      activity.organizationId,
      staff.map((s) => s.id),
      {
        kind: "activity.mention",
        title: `${user.displayName} nhắc đơn vị của bạn ở ${label}`,
        body: input.body.length > 300 ? `${clip(input.body, 297)}…` : input.body,
        link: `/activities/${activity.id}#trao-doi`,
        planId: activity.planId,
        activityId: activity.id,
      },
      user.id,
    );
  }
  return comment;
}

export async function saveTargets(tx: Tx, user: SessionUser, input: TargetsInput) {
  const { activity, rights } = await loadForTracking(tx, user, input.activityId);
  if (!rights.changeStatus) throw forbidden("Chỉ đơn vị chủ trì hoặc lãnh đạo Sở đặt chỉ tiêu.");
  if (activity.version !== input.version) {
    throw conflict("Hoạt động vừa được cập nhật bởi người khác. Hãy tải lại trang.", { current: currentValues(activity) });
  }
  const keep = input.targets.filter((t) => t.id).map((t) => t.id!);
  if (keep.some((id) => !activity.targets.some((t) => t.id === id))) throw invalid({ targets: ["Chỉ tiêu không thuộc hoạt động này."] });
  await tx.activityTarget.deleteMany({ where: { activityId: activity.id, id: { notIn: keep } } });
  for (const [order, target] of input.targets.entries()) {
    const data = { label: target.label, targetValue: target.targetValue, unitOfMeasure: target.unitOfMeasure, order };
    if (target.id) await tx.activityTarget.update({ where: { id: target.id }, data });
    else await tx.activityTarget.create({ data: { ...data, organizationId: activity.organizationId, activityId: activity.id } });
  }
  await tx.activity.update({ where: { id: activity.id }, data: { version: { increment: 1 } } });
  await writeAudit(tx, user, activity.organizationId, {
    action: "targets",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: await activityLabel(tx, activity),
    planId: activity.planId,
    before: { targets: activity.targets.map((t) => `${t.label}: ${t.targetValue} ${t.unitOfMeasure}`.trim()) },
    after: { targets: input.targets.map((t) => `${t.label}: ${t.targetValue} ${t.unitOfMeasure}`.trim()) },
  });
}
