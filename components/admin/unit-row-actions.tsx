"use client";
import { setUnitActiveAction, updateUnitAction } from "@/lib/units/actions";
import type { UnitRow } from "@/lib/units/queries";
import { useFormAction } from "@/components/ui/use-form-action";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { UnitFields } from "@/components/admin/unit-fields";
import { RowForm } from "@/components/admin/row-form";

export function UnitEditForm({ unit }: { unit: UnitRow }) {
  const form = useFormAction(updateUnitAction, { version: unit.version });
  return (
    <RowForm summary="Sửa" label={`Sửa ${unit.name}`} row={unit} form={form} submitLabel="Lưu">
      <div key={form.formKey} className="space-y-2">
        <UnitFields prefix={`unit-${unit.id}`} state={form.state} unit={unit} />
      </div>
    </RowForm>
  );
}

export function UnitActiveToggle({ unit }: { unit: UnitRow }) {
  return (
    <ActiveToggle
      action={setUnitActiveAction}
      row={unit}
      confirm={`Ngừng sử dụng “${unit.name}”? Đơn vị sẽ không còn được chọn trong kế hoạch mới; dữ liệu cũ được giữ nguyên.`}
      labels={{ deactivate: "Ngừng sử dụng", activate: "Kích hoạt lại" }}
    />
  );
}
