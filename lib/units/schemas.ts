import { z } from "zod";
import { calendarDate, checkbox, optionalText, requiredText, uuid, version } from "@/lib/validation";

import { UNIT_KINDS } from "@/lib/units/labels";

export { UNIT_KINDS };

const unitFields = {
  name: requiredText("Tên đơn vị", 200),
  shortName: requiredText("Tên viết tắt", 60),
  kind: z.enum(UNIT_KINDS, { error: "Chọn loại đơn vị." }),
};

export const createUnitSchema = z.object(unitFields);
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({ id: uuid("Đơn vị"), version, ...unitFields });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const setUnitActiveSchema = z.object({ id: uuid("Đơn vị"), version, active: checkbox });
export type SetUnitActiveInput = z.infer<typeof setUnitActiveSchema>;

// Reorganisations (lib/units/reorganise.ts): the day a change takes effect is a calendar date, never after today.
const effectiveDate = calendarDate("Ngày hiệu lực");
const reason = optionalText("Lý do", 500);

export const renameUnitSchema = z.object({
  id: uuid("Đơn vị"),
  version,
  name: requiredText("Tên mới", 200),
  shortName: requiredText("Tên viết tắt mới", 60),
  effectiveDate,
  reason,
});
export type RenameUnitInput = z.infer<typeof renameUnitSchema>;

/** `previewKey`: what the preview listed (lib/units/merge.ts); a different list now is a conflict. */
export const mergeUnitSchema = z.object({
  id: uuid("Đơn vị"),
  version,
  targetId: uuid("Đơn vị tiếp nhận"),
  effectiveDate,
  reason,
  previewKey: z.string().trim().min(1, "Hãy xem trước những gì sẽ được chuyển."),
});
export type MergeUnitInput = z.infer<typeof mergeUnitSchema>;

export const closeUnitSchema = z.object({ id: uuid("Đơn vị"), version, effectiveDate, reason: requiredText("Lý do", 500) });
export type CloseUnitInput = z.infer<typeof closeUnitSchema>;
