"use client";
// The unit page's reorganisation forms: rename from a date, close from a date, confirm a previewed merge.
import { closeUnitAction, mergeUnitAction, renameUnitAction } from "@/lib/units/actions";
import { useFormAction } from "@/components/ui/use-form-action";
import { TextAreaField, TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { Button } from "@/components/ui/button";

type UnitRef = { id: string; version: number; name: string; shortName: string };

export function UnitRenameForm({ unit, today }: { unit: UnitRef; today: string }) {
  const form = useFormAction(renameUnitAction, { version: unit.version });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate aria-label="Đổi tên đơn vị">
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <FormMessage state={form.state} />
      <div key={form.formKey} className="grid gap-3 sm:grid-cols-2">
        <TextField id="rename-name" name="name" label="Tên mới" defaultValue={unit.name} required errors={fieldErrors(form.state, "name")} />
        <TextField id="rename-short" name="shortName" label="Tên viết tắt mới" defaultValue={unit.shortName} required errors={fieldErrors(form.state, "shortName")} />
        <DateField id="rename-date" name="effectiveDate" label="Có hiệu lực từ ngày" defaultValue={today} required errors={fieldErrors(form.state, "effectiveDate")} />
        <TextField id="rename-reason" name="reason" label="Lý do, căn cứ" errors={fieldErrors(form.state, "reason")} hint="Ví dụ: Quyết định số …/QĐ-UBND" />
      </div>
      <Button type="submit" size="sm" disabled={form.pending}>
        {form.pending ? "Đang lưu…" : "Đổi tên"}
      </Button>
    </form>
  );
}

export function UnitCloseForm({ unit, today }: { unit: UnitRef; today: string }) {
  const form = useFormAction(closeUnitAction, { version: unit.version });
  return (
    <form
      onSubmit={(event) => {
        if (!window.confirm(`Giải thể “${unit.name}”? Đơn vị sẽ không còn được chọn trong kế hoạch mới; kế hoạch cũ vẫn hiện tên đơn vị.`)) {
          event.preventDefault();
          return;
        }
        form.onSubmit(event);
      }}
      className="space-y-3"
      noValidate
      aria-label="Giải thể đơn vị"
    >
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <FormMessage state={form.state} />
      <div key={form.formKey} className="grid gap-3 sm:grid-cols-2">
        <DateField id="close-date" name="effectiveDate" label="Giải thể từ ngày" defaultValue={today} required errors={fieldErrors(form.state, "effectiveDate")} />
        <TextField id="close-reason" name="reason" label="Lý do, căn cứ" required errors={fieldErrors(form.state, "reason")} />
      </div>
      <Button type="submit" size="sm" variant="danger" disabled={form.pending}>
        {form.pending ? "Đang lưu…" : "Giải thể"}
      </Button>
    </form>
  );
}

export function UnitMergeConfirmForm({ unit, target, previewKey, today }: { unit: { id: string; version: number }; target: { id: string; name: string }; previewKey: string; today: string }) {
  const form = useFormAction(mergeUnitAction, { version: unit.version });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate aria-label="Xác nhận sáp nhập">
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <input type="hidden" name="targetId" value={target.id} />
      <input type="hidden" name="previewKey" value={previewKey} />
      <FormMessage state={form.state} />
      <div key={form.formKey} className="grid gap-3 sm:grid-cols-2">
        <DateField id="merge-date" name="effectiveDate" label="Sáp nhập từ ngày" defaultValue={today} required errors={fieldErrors(form.state, "effectiveDate")} />
        <TextAreaField id="merge-reason" name="reason" label="Lý do, căn cứ" rows={2} errors={fieldErrors(form.state, "reason")} />
      </div>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Đang sáp nhập…" : `Xác nhận sáp nhập vào ${target.name}`}
      </Button>
    </form>
  );
}
