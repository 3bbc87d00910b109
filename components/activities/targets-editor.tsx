"use client";
import { useState } from "react";
import { saveTargetsAction } from "@/lib/activities/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

type Target = { id?: string; label: string; targetValue: number | string; unitOfMeasure: string };

export function TargetsEditor({ activityId, version, targets }: { activityId: string; version: number; targets: Target[] }) {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<Target[]>(targets);
  const { state, pending, onSubmit } = useFormAction(saveTargetsAction, { onSuccess: () => setOpen(false) });
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => (setRows(targets), setOpen(true))}>
        {targets.length ? "Sửa chỉ tiêu" : "Đặt chỉ tiêu"}
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Chỉ tiêu của hoạt động" className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {rows.map((row, i) => (
        <div key={row.id ?? `new-${i}`} className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
          {row.id ? <input type="hidden" name={`targets.${i}.id`} value={row.id} /> : null}
          <label className="text-sm">
            <span className="mb-1 block">Chỉ tiêu</span>
            <input name={`targets.${i}.label`} defaultValue={row.label} placeholder="Mô hình ứng dụng" className={controlClass()} />
          </label>
          <label className="text-sm">
            <span className="mb-1 block">Giá trị</span>
            <input name={`targets.${i}.targetValue`} type="number" min={0} step="any" defaultValue={row.targetValue} className={controlClass()} />
          </label>
          <label className="text-sm">
            <span className="mb-1 block">Đơn vị tính</span>
            <input name={`targets.${i}.unitOfMeasure`} defaultValue={row.unitOfMeasure} placeholder="mô hình" className={controlClass()} />
          </label>
          <Button size="sm" variant="ghost" className="text-red-700" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Bỏ
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="ghost" onClick={() => setRows([...rows, { label: "", targetValue: "", unitOfMeasure: "" }])}>
          + Thêm chỉ tiêu
        </Button>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu chỉ tiêu"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setOpen(false)}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
