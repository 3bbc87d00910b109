"use client";
import { setUnitActiveAction, updateUnitAction } from "@/lib/units/actions";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { UNIT_KINDS } from "@/lib/units/labels";
import type { UnitRow } from "@/lib/units/queries";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function UnitEditForm({ unit }: { unit: UnitRow }) {
  const { state, pending, onSubmit, formKey } = useFormAction(updateUnitAction, { version: unit.version });
  const id = `unit-${unit.id}`;
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">Sửa</summary>
      <form onSubmit={onSubmit} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate aria-label={`Sửa ${unit.name}`}>
        <input type="hidden" name="id" value={unit.id} />
        <input type="hidden" name="version" value={unit.version} />
        <FormMessage state={state} />
        <div key={formKey} className="space-y-2">
          <TextField id={`${id}-name`} name="name" label="Tên đơn vị" defaultValue={unit.name} required errors={fieldErrors(state, "name")} />
          <TextField id={`${id}-short`} name="shortName" label="Tên viết tắt" defaultValue={unit.shortName} required errors={fieldErrors(state, "shortName")} />
          <SelectField id={`${id}-kind`} name="kind" label="Loại" defaultValue={unit.kind} errors={fieldErrors(state, "kind")}>
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {UNIT_KIND_LABELS[kind]}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu"}
        </Button>
      </form>
    </details>
  );
}

export function UnitActiveToggle({ unit }: { unit: UnitRow }) {
  const { state, pending, onSubmit } = useFormAction(setUnitActiveAction);
  const message = unit.active
    ? `Ngừng sử dụng “${unit.name}”? Đơn vị sẽ không còn được chọn trong kế hoạch mới; dữ liệu cũ được giữ nguyên.`
    : null;
  return (
    <form
      onSubmit={(event) => {
        if (message && !window.confirm(message)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
    >
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      {unit.active ? null : <input type="hidden" name="active" value="on" />}
      <Button type="submit" size="sm" variant={unit.active ? "secondary" : "ghost"} disabled={pending}>
        {unit.active ? "Ngừng sử dụng" : "Kích hoạt lại"}
      </Button>
      {state.status === "error" ? <p className="mt-1 text-xs text-red-700" role="alert">{state.message}</p> : null}
    </form>
  );
}
