import { z } from "zod";
import { checkbox, requiredText, uuid, version } from "@/lib/validation";

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
