"use client";
import { createUnitAction } from "@/lib/units/actions";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { UNIT_KINDS } from "@/lib/units/labels";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function UnitCreateForm() {
  const { state, pending, onSubmit, formKey } = useFormAction(createUnitAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Thêm đơn vị">
      <FormMessage state={state} />
      <div key={formKey} className="grid gap-3 md:grid-cols-[2fr_1fr_1fr]">
        <TextField id="unit-name" name="name" label="Tên đơn vị" required errors={fieldErrors(state, "name")} />
        <TextField id="unit-short" name="shortName" label="Tên viết tắt" required errors={fieldErrors(state, "shortName")} hint="Ví dụ: Phòng QLKH" />
        <SelectField id="unit-kind" name="kind" label="Loại" defaultValue="INTERNAL" errors={fieldErrors(state, "kind")}>
          {UNIT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {UNIT_KIND_LABELS[kind]}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang thêm…" : "Thêm đơn vị"}
      </Button>
    </form>
  );
}
