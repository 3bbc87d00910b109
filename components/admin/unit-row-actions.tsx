"use client";
import { setUnitActiveAction, updateUnitAction } from "@/lib/units/actions";
import type { UnitRow } from "@/lib/units/queries";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { UnitFields } from "@/components/admin/unit-fields";

export function UnitEditForm({ unit }: { unit: UnitRow }) {
  const { state, pending, onSubmit, formKey } = useFormAction(updateUnitAction, { version: unit.version });
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">Sửa</summary>
      <form onSubmit={onSubmit} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate aria-label={`Sửa ${unit.name}`}>
        <input type="hidden" name="id" value={unit.id} />
        <input type="hidden" name="version" value={unit.version} />
        <FormMessage state={state} />
        <div key={formKey} className="space-y-2">
          <UnitFields prefix={`unit-${unit.id}`} state={state} unit={unit} />
        </div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu"}
        </Button>
      </form>
    </details>
  );
}

export function UnitActiveToggle({ unit }: { unit: UnitRow }) {
  return (
    <ActiveToggle
      action={setUnitActiveAction}
      id={unit.id}
      version={unit.version}
      active={unit.active}
      confirm={`Ngừng sử dụng “${unit.name}”? Đơn vị sẽ không còn được chọn trong kế hoạch mới; dữ liệu cũ được giữ nguyên.`}
      labels={{ deactivate: "Ngừng sử dụng", activate: "Kích hoạt lại" }}
    />
  );
}
