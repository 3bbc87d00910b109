// Renaming and closing a unit, each from a date (issue 16 §6). Merging is in merge.ts. A change takes effect on a
// day not after today: a unit closed from a date is inactive from then on (active = false), and a unit cannot be
// scheduled to close later (no job would flip it). A closed unit is never reopened.
import type { Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { invalid } from "@/lib/errors";
import { formatDate, fromDbDate, fromDbDateOrNull, shiftDate, toDbDate, todayInVietnam, type CalendarDate } from "@/lib/dates";
import { searchTextOf } from "@/lib/text";
import { assertNameFree, loadForChange, saveVersioned } from "@/lib/units/service";
import type { CloseUnitInput, RenameUnitInput } from "@/lib/units/schemas";

export const ALREADY_CLOSED = "Đơn vị đã giải thể hoặc sáp nhập.";

/** The effective date's checks shared by rename, close and merge: not after today, not before the unit exists. */
export function checkEffectiveDate(unit: { validFrom: Date | null; closedAt: Date | null }, date: CalendarDate, today = todayInVietnam()) {
  if (unit.closedAt) throw invalid({ _form: [ALREADY_CLOSED] }, ALREADY_CLOSED);
  if (date > today) throw invalid({ effectiveDate: ["Ngày hiệu lực không được sau hôm nay."] });
  const from = fromDbDateOrNull(unit.validFrom);
  if (from && date < from) throw invalid({ effectiveDate: [`Đơn vị chỉ có từ ${formatDate(from)}.`] });
}

/** Which of the unit's activities are still open work: not done or cancelled, in a plan still running. */
export const OPEN_ACTIVITY = {
  status: { notIn: ["DONE", "CANCELLED"] },
  plan: { status: { notIn: ["COMPLETED", "ARCHIVED"] } },
} satisfies Prisma.ActivityWhereInput;

export async function renameUnit(tx: Tx, user: SessionUser, input: RenameUnitInput) {
  const unit = await loadForChange(tx, user, input.id, input.version);
  checkEffectiveDate(unit, input.effectiveDate);
  if (input.name === unit.name && input.shortName === unit.shortName) throw invalid({ name: ["Tên mới trùng tên hiện tại."] });
  // The former name applied from the day after the name before it ended (or the unit's start) to the day before.
  const last = await tx.unitNameHistory.findFirst({ where: { unitId: unit.id }, orderBy: { validTo: "desc" }, select: { validTo: true } });
  const validFrom = last ? shiftDate(fromDbDate(last.validTo), 1) : fromDbDateOrNull(unit.validFrom);
  if (validFrom && input.effectiveDate <= validFrom) {
    throw invalid({ effectiveDate: [`Ngày hiệu lực phải sau ${formatDate(validFrom)}, ngày tên hiện tại bắt đầu dùng.`] });
  }
  if (input.name !== unit.name) await assertNameFree(tx, user.organizationId, input.name, unit.id);
  const validTo = shiftDate(input.effectiveDate, -1);
  await tx.unitNameHistory.create({
    data: {
      organizationId: unit.organizationId,
      unitId: unit.id,
      name: unit.name,
      shortName: unit.shortName,
      validFrom: validFrom ? toDbDate(validFrom) : null,
      validTo: toDbDate(validTo),
      changedById: user.id,
      reason: input.reason,
    },
  });
  await saveVersioned(tx, unit.id, unit.version, { name: input.name, shortName: input.shortName, searchText: searchTextOf(input.name, input.shortName) });
  await writeAudit(tx, user, user.organizationId, {
    action: "rename",
    entityType: "Unit",
    entityId: unit.id,
    entityLabel: input.name,
    before: { name: unit.name, shortName: unit.shortName },
    after: { name: input.name, shortName: input.shortName, effectiveDate: input.effectiveDate, reason: input.reason },
  });
  return { name: input.name };
}

/**
 * Closes (dissolves) a unit from a date. Refused while it still leads open activities: they would be left without
 * a lead that exists; merging into another unit moves them (merge.ts). Its supporting roles, users and old plans
 * stay and show it as "(đã giải thể)".
 */
export async function closeUnit(tx: Tx, user: SessionUser, input: CloseUnitInput) {
  const unit = await loadForChange(tx, user, input.id, input.version);
  checkEffectiveDate(unit, input.effectiveDate);
  const open = await tx.activity.count({ where: { leadUnitId: unit.id, ...OPEN_ACTIVITY } });
  if (open > 0) {
    const message = `Đơn vị còn chủ trì ${open} hoạt động chưa xong. Hãy giao lại các hoạt động đó hoặc sáp nhập đơn vị vào đơn vị khác.`;
    throw invalid({ _form: [message] }, message);
  }
  await saveVersioned(tx, unit.id, unit.version, { closedAt: toDbDate(input.effectiveDate), closeReason: input.reason, active: false });
  await writeAudit(tx, user, user.organizationId, {
    action: "close",
    entityType: "Unit",
    entityId: unit.id,
    entityLabel: unit.name,
    before: { active: unit.active },
    after: { active: false, closedAt: input.effectiveDate, reason: input.reason },
  });
}
