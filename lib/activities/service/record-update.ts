// A unit records what it did on an activity: a note, figures, evidence and
// files; the lead unit also its status, progress, result, actual dates and
// targets. Each check is a step named for what it checks; the service answers
// with the new update and the activity's new state, in a fixed number of
// queries whatever the activity's history.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db-client";
import type { ActivityStatus, Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { notifyBlocked } from "@/lib/notifications/plan-leaders";
import { AppError, conflict, forbidden, invalid } from "@/lib/errors";
import { fromDbDate, fromDbDateOrNull, todayInVietnam, toDbDate, type CalendarDate } from "@/lib/dates";
import { checkStatusChange, type TrackingRights } from "@/lib/activities/access";
import { derivedProgress, isOverdue } from "@/lib/activities/rules";
import { checkFile, safeFileName } from "@/lib/activities/files";
import { activityLabel, authorLabel, toUpdateItem, updateItemInclude, type UpdateItem } from "@/lib/activities/read-model";
import { MAX_FILE_BYTES, type RecordUpdateInput } from "@/lib/activities/schemas";
import { currentValues, loadForTracking, targetsOf, type TrackedActivity } from "@/lib/activities/service/load";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** Tracking happens on issued plans, by units with a part (or the leaders). */
function checkMayReport(activity: TrackedActivity, rights: TrackingRights) {
  if (activity.plan.status !== "ISSUED") {
    throw new AppError("CONFLICT", "Chỉ cập nhật tiến độ cho kế hoạch đang triển khai (đã ban hành).");
  }
  if (!rights.report) throw forbidden("Đơn vị của bạn không chủ trì hay phối hợp hoạt động này nên không cập nhật được.");
}

function checkVersion(activity: TrackedActivity, version: number) {
  if (activity.version !== version) {
    throw conflict("Hoạt động vừa được cập nhật bởi người khác. Thông tin mới nhất hiện bên dưới; nội dung bạn nhập vẫn còn, hãy xem lại rồi lưu.", {
      current: currentValues(activity),
    });
  }
}

/** The new status and its reason, if the rights allow the change. */
function decideStatus(activity: TrackedActivity, input: RecordUpdateInput, rights: TrackingRights) {
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
  return { status, statusChanged, reason, reasonChanged };
}

/** Progress, result, actual dates and targets belong to the lead unit. */
function checkLeadOnlyFields(activity: TrackedActivity, input: RecordUpdateInput, rights: TrackingRights) {
  const leadOnly: string[] = [];
  if (input.progress !== undefined && input.progress !== activity.progress) leadOnly.push("tiến độ");
  if (input.result !== undefined && input.result !== activity.result) leadOnly.push("kết quả");
  if ((input.actualStart ?? null) !== fromDbDateOrNull(activity.actualStart) && input.actualStart !== null) leadOnly.push("ngày thực tế");
  if ((input.actualEnd ?? null) !== fromDbDateOrNull(activity.actualEnd) && input.actualEnd !== null) leadOnly.push("ngày thực tế");
  if (input.targets.length) leadOnly.push("chỉ tiêu");
  if (leadOnly.length && !rights.changeStatus) {
    throw forbidden(`Đơn vị phối hợp chỉ ghi chú, số liệu và minh chứng; ${[...new Set(leadOnly)].join(", ")} do đơn vị chủ trì cập nhật.`);
  }
}

/** Result, progress and actual dates after the update; finishing without a result needs a confirmation. */
function decideOutcome(activity: TrackedActivity, input: RecordUpdateInput, status: ActivityStatus) {
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
  return { result, progress, actualStart: actualStart ?? null, actualEnd: actualEnd ?? null };
}

/** Every file checked by its content; one refused refuses the update. */
function checkFiles(files: UploadedFile[]) {
  const checked = files.map((file) => ({ file, check: checkFile(file.name, file.bytes, MAX_FILE_BYTES) }));
  const refused = checked.flatMap((c) => (c.check.ok ? [] : [c.check.message]));
  if (refused.length) throw invalid({ files: refused }, refused.join(" "));
  return checked.flatMap(({ file, check }) => (check.ok ? [{ file, mime: check.type.mime }] : []));
}

/** The achieved values, each for a target of this activity. */
async function matchTargets(tx: Tx, activity: TrackedActivity, input: RecordUpdateInput) {
  if (!input.targets.length) return [];
  const targets = await targetsOf(tx, activity.id);
  return input.targets.map((t) => {
    const target = targets.find((candidate) => candidate.id === t.targetId);
    if (!target) throw invalid({ targets: ["Chỉ tiêu không thuộc hoạt động này."] });
    return { targetId: target.id, label: target.label, achieved: t.achieved };
  });
}

type Decided = ReturnType<typeof decideStatus> & ReturnType<typeof decideOutcome>;

/** The update row, its files and the targets' achieved values. */
async function saveUpdate(
  tx: Tx,
  user: SessionUser,
  activity: TrackedActivity,
  input: RecordUpdateInput,
  next: Decided,
  files: ReturnType<typeof checkFiles>,
  targetValues: Awaited<ReturnType<typeof matchTargets>>,
  author: string,
): Promise<UpdateItem> {
  const changedDate = (value: CalendarDate | null, stored: Date | null) => (value && value !== fromDbDateOrNull(stored) ? toDbDate(value) : null);
  const update = await tx.activityUpdate.create({
    data: {
      organizationId: activity.organizationId,
      activityId: activity.id,
      authorId: user.id,
      authorUnitId: user.unitId,
      status: next.statusChanged ? next.status : null,
      previousStatus: next.statusChanged ? activity.status : null,
      statusReason: next.statusChanged || next.reasonChanged ? next.reason : "",
      progress: next.progress !== activity.progress ? next.progress : null,
      note: input.note,
      result: next.result !== activity.result ? next.result : null,
      actualStart: changedDate(next.actualStart, activity.actualStart),
      actualEnd: changedDate(next.actualEnd, activity.actualEnd),
      figures: input.figures as Prisma.InputJsonValue,
      evidence: input.evidence as Prisma.InputJsonValue,
      targetValues: targetValues as Prisma.InputJsonValue,
    },
  });
  const attachments = [];
  for (const { file, mime } of files) {
    attachments.push(
      await tx.attachment.create({
        data: {
          organizationId: activity.organizationId,
          activityId: activity.id,
          updateId: update.id,
          uploaderId: user.id,
          fileName: safeFileName(file.name),
          contentType: mime,
          size: file.bytes.byteLength,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          data: Buffer.from(file.bytes),
        },
        select: updateItemInclude.attachments.select,
      }),
    );
  }
  for (const t of targetValues) await tx.activityTarget.update({ where: { id: t.targetId }, data: { achieved: t.achieved } });
  return { ...toUpdateItem({ ...update, author: null, attachments }), author };
}

/** The activity takes the update's values and a new version. */
async function applyToActivity(tx: Tx, activity: TrackedActivity, input: RecordUpdateInput, next: Decided) {
  // A lead who types a parent's progress takes it over from the sub-tasks.
  const takesOverProgress = input.progress !== undefined && input.progress !== activity.progress && activity._count.subTasks > 0;
  const completedOn = next.status === "DONE" ? (next.actualEnd ?? (activity.status === "DONE" && activity.completedOn ? fromDbDate(activity.completedOn) : todayInVietnam())) : null;
  return tx.activity.update({
    where: { id: activity.id },
    data: {
      status: next.status,
      statusReason: next.statusChanged || next.reasonChanged ? next.reason : activity.statusReason,
      progress: next.progress,
      result: next.result,
      actualStart: next.actualStart ? toDbDate(next.actualStart) : null,
      actualEnd: next.actualEnd ? toDbDate(next.actualEnd) : null,
      // Done on its actual end day when known, else today; reopening clears it.
      completedOn: completedOn ? toDbDate(completedOn) : null,
      lastUpdateAt: new Date(),
      ...(takesOverProgress ? { progressSetManually: true } : {}),
      version: { increment: 1 },
    },
    select: { id: true, version: true, status: true, statusReason: true, progress: true, result: true, actualStart: true, actualEnd: true, endDate: true, lastUpdateAt: true },
  });
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
  const { activity, rights, unit } = await loadForTracking(tx, user, input.activityId);
  checkMayReport(activity, rights);
  checkVersion(activity, input.version);
  const statusChange = decideStatus(activity, input, rights);
  checkLeadOnlyFields(activity, input, rights);
  const next = { ...statusChange, ...decideOutcome(activity, input, statusChange.status) };
  const accepted = checkFiles(files);
  const targetValues = await matchTargets(tx, activity, input);

  const update = await saveUpdate(tx, user, activity, input, next, accepted, targetValues, authorLabel({ displayName: user.displayName, unit }));
  const saved = await applyToActivity(tx, activity, input, next);
  if (activity.parentId) await rollUpToParent(tx, activity.parentId);
  await writeAudit(tx, user, activity.organizationId, {
    action: "track",
    entityType: "Activity",
    entityId: activity.id,
    entityLabel: activityLabel(activity),
    planId: activity.planId,
    before: { status: activity.status, progress: activity.progress, ...(next.reasonChanged ? { statusReason: activity.statusReason } : {}) },
    after: {
      status: next.status,
      progress: next.progress,
      ...(next.reasonChanged ? { statusReason: next.reason } : {}),
      updateId: update.id,
      figures: input.figures.length,
      evidence: input.evidence.length,
      files: files.length,
    },
  });
  if (next.statusChanged && next.status === "BLOCKED") await notifyBlocked(tx, user, activity, next.reason);
  const end = fromDbDate(saved.endDate);
  return {
    updateId: update.id,
    status: saved.status,
    progress: saved.progress,
    statusChanged: next.statusChanged,
    progressChanged: next.progress !== activity.progress,
    version: saved.version,
    /** The activity as it is now: what a page or a client shows after saving. */
    activity: {
      id: saved.id,
      version: saved.version,
      status: saved.status,
      statusReason: saved.statusReason,
      progress: saved.progress,
      result: saved.result,
      actualStart: fromDbDateOrNull(saved.actualStart),
      actualEnd: fromDbDateOrNull(saved.actualEnd),
      overdue: isOverdue({ end, status: saved.status }, todayInVietnam()),
      lastUpdateAt: saved.lastUpdateAt,
    },
    update,
  };
}

export type RecordedUpdate = Awaited<ReturnType<typeof recordActivityUpdate>>;
