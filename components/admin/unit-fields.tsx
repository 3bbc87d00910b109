import { UNIT_KINDS, UNIT_KIND_LABELS } from "@/lib/units/labels";
import type { UnitRow } from "@/lib/units/queries";
import type { FormState } from "@/lib/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-message";

/** A unit's name, short name and kind: the same fields when adding a unit and when editing one. */
export function UnitFields({ prefix, state, unit, shortNameHint }: { prefix: string; state: FormState; unit?: UnitRow; shortNameHint?: string }) {
  return (
    <>
      <TextField id={`${prefix}-name`} name="name" label="Tên đơn vị" defaultValue={unit?.name} required errors={fieldErrors(state, "name")} />
      <TextField id={`${prefix}-short`} name="shortName" label="Tên viết tắt" defaultValue={unit?.shortName} required errors={fieldErrors(state, "shortName")} hint={shortNameHint} />
      <SelectField id={`${prefix}-kind`} name="kind" label="Loại" defaultValue={unit?.kind ?? "INTERNAL"} errors={fieldErrors(state, "kind")}>
        {UNIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {UNIT_KIND_LABELS[kind]}
          </option>
        ))}
      </SelectField>
    </>
  );
}
