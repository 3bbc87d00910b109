"use client";
import { createUnitAction } from "@/lib/units/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { UnitFields } from "@/components/admin/unit-fields";

export function UnitCreateForm() {
  const { state, pending, onSubmit, formKey } = useFormAction(createUnitAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Thêm đơn vị">
      <FormMessage state={state} />
      <div key={formKey} className="grid gap-3 md:grid-cols-[2fr_1fr_1fr]">
        <UnitFields prefix="unit" state={state} shortNameHint="Ví dụ: Phòng QLKH" />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang thêm…" : "Thêm đơn vị"}
      </Button>
    </form>
  );
}
