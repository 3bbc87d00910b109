import type { UnitOption } from "@/components/plans/editor/types";
import type { FormState } from "@/lib/form-state";
import { SelectField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-message";

/** The drafting unit of a new plan; `units` is null when the plan is drafted for the user's own unit (no choice). */
export function DraftingUnitField({ id, state, units, defaultUnitId }: { id: string; state: FormState; units: UnitOption[] | null; defaultUnitId: string | null }) {
  if (!units) return null;
  return (
    <SelectField id={id} name="draftingUnitId" label="Đơn vị soạn thảo" defaultValue={defaultUnitId ?? ""} errors={fieldErrors(state, "draftingUnitId")}>
      <option value="">— Không ghi —</option>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </SelectField>
  );
}
