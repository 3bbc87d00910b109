"use client";
import { createBlankPlanAction } from "@/lib/plans/actions/create";
import type { UnitOption } from "@/components/plans/editor/types";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { DraftingUnitField } from "@/components/plans/new/drafting-unit-field";
import { DateField } from "@/components/ui/date-field";

export function BlankPlanForm({ year, units, defaultUnitId }: { year: number; units: UnitOption[] | null; defaultUnitId: string | null }) {
  const { state, pending, onSubmit } = useFormAction(createBlankPlanAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Tạo kế hoạch trống" className="space-y-4">
      <FormMessage state={state} />
      <TextAreaField id="blank-title" name="title" label="Trích yếu (tên kế hoạch)" required rows={2} errors={fieldErrors(state, "title")} hint="Ví dụ: Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2027" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="blank-year" name="year" type="number" inputMode="numeric" label="Năm kế hoạch" required defaultValue={year} errors={fieldErrors(state, "year")} />
        <DateField id="blank-event" name="eventDate" label="Ngày sự kiện (nếu có)" errors={fieldErrors(state, "eventDate")} />
      </div>
      <DraftingUnitField id="blank-unit" state={state} units={units} defaultUnitId={defaultUnitId} />
      <Button type="submit" disabled={pending}>
        {pending ? "Đang tạo…" : "Tạo dự thảo"}
      </Button>
    </form>
  );
}
