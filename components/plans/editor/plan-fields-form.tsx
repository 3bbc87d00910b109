"use client";
import { PLAN_FIELD_LABELS } from "@/lib/plans/field-labels";
import { updatePlanAction } from "@/lib/plans/actions/edit";
import type { PlanDocument } from "@/lib/plans/document";
import { formatDate } from "@/lib/dates";
import { formatCost, groupDigits } from "@/lib/money";
import type { UnitOption } from "@/components/plans/editor/types";
import { ConflictNotice, conflictCurrent, useVersion } from "@/components/ui/conflict-notice";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { DateField } from "@/components/ui/date-field";

const LINES_HINT = "Mỗi dòng một ý.";


export function PlanFieldsForm({ plan, units, canChooseUnit }: { plan: PlanDocument; units: UnitOption[]; canChooseUnit: boolean }) {
  const { state, pending, onSubmit, formKey } = useFormAction(updatePlanAction, { version: plan.version });
  const [version, keepMine] = useVersion(plan.version);
  const current = conflictCurrent(state);
  const errors = (name: string) => fieldErrors(state, name);
  const join = (items: string[]) => items.join("\n");
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Thông tin chung của kế hoạch" className="space-y-4">
      <input type="hidden" name="id" value={plan.id} />
      <input type="hidden" name="version" value={version} />
      {current ? (
        <ConflictNotice
          current={current}
          labels={PLAN_FIELD_LABELS}
          format={(key, value) =>
            key === "eventDate" && typeof value === "string" ? formatDate(value) : key === "budgetAmount" && typeof value === "number" ? formatCost(value) : Array.isArray(value) ? value.join("; ") || "(trống)" : String(value || "(trống)")
          }
          onKeepMine={keepMine}
        />
      ) : (
        <FormMessage state={state} />
      )}
      {/* After a save every field shows the stored text (one item a line, blank lines gone). */}
      <div key={formKey} className="space-y-4">
        <TextAreaField id="plan-title" name="title" label="Trích yếu (tên kế hoạch, sau chữ “KẾ HOẠCH”)" required rows={2} defaultValue={plan.title} errors={errors("title")} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField id="plan-year" name="year" type="number" inputMode="numeric" label="Năm kế hoạch" required defaultValue={plan.year} errors={errors("year")} />
          <DateField id="plan-event" name="eventDate" label="Ngày sự kiện" defaultValue={plan.eventDate ?? ""} errors={errors("eventDate")} hint="Ví dụ: 18/5, Ngày KH&CN Việt Nam" />
          <TextField id="plan-place" name="place" label="Địa danh" required defaultValue={plan.place} errors={errors("place")} />
        </div>
        {canChooseUnit ? (
          <SelectField id="plan-unit" name="draftingUnitId" label="Đơn vị soạn thảo" defaultValue={plan.draftingUnit?.id ?? ""} errors={errors("draftingUnitId")}>
            <option value="">— Không ghi —</option>
            {units
              .filter((u) => u.kind !== "GROUP")
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </SelectField>
        ) : (
          <input type="hidden" name="draftingUnitId" value={plan.draftingUnit?.id ?? ""} />
        )}
        <TextAreaField id="plan-legal" name="legalBasis" label="Căn cứ" rows={3} defaultValue={join(plan.legalBasis)} errors={errors("legalBasis")} hint={`${LINES_HINT} Ví dụ: Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 …`} />
        <TextAreaField id="plan-intro" name="intro" label="Lời dẫn" rows={2} defaultValue={plan.intro} errors={errors("intro")} />
        <fieldset className="space-y-4 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">I. Mục đích, yêu cầu</legend>
          <TextAreaField id="plan-purposes" name="purposes" label="Mục đích" rows={4} defaultValue={join(plan.purposes)} errors={errors("purposes")} hint={LINES_HINT} />
          <TextAreaField id="plan-requirements" name="requirements" label="Yêu cầu" rows={3} defaultValue={join(plan.requirements)} errors={errors("requirements")} hint={LINES_HINT} />
        </fieldset>
        <fieldset className="space-y-4 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">II. Chủ đề và khẩu hiệu</legend>
          <TextAreaField id="plan-theme" name="theme" label="Chủ đề" rows={2} defaultValue={plan.theme} errors={errors("theme")} />
          <TextAreaField id="plan-slogans" name="slogans" label="Khẩu hiệu" rows={2} defaultValue={join(plan.slogans)} errors={errors("slogans")} hint={LINES_HINT} />
        </fieldset>
        <TextAreaField id="plan-content" name="contentItems" label="III.1. Nội dung" rows={4} defaultValue={join(plan.contentItems)} errors={errors("contentItems")} hint={LINES_HINT} />
        <fieldset className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">Kinh phí</legend>
          <TextField
            id="plan-budget-amount"
            name="budgetAmount"
            label="Tổng kinh phí (đồng)"
            inputMode="decimal"
            defaultValue={plan.budgetAmount === null ? "" : groupDigits(plan.budgetAmount)}
            errors={errors("budgetAmount")}
            hint="Ví dụ: 150.000.000, 150 triệu hoặc 1,5 tỷ. Để trống nếu không ghi."
          />
          <TextField id="plan-budget-source" name="budgetSource" label="Nguồn kinh phí" defaultValue={plan.budgetSource} errors={errors("budgetSource")} hint="Ví dụ: ngân sách tỉnh năm 2024" />
        </fieldset>
        <TextAreaField id="plan-closing" name="closingText" label="Đoạn kết" rows={2} defaultValue={plan.closingText} errors={errors("closingText")} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextAreaField id="plan-recipients" name="recipients" label="Nơi nhận" rows={4} defaultValue={join(plan.recipients)} errors={errors("recipients")} hint="Mỗi dòng một nơi nhận; dòng cuối thường là “Lưu: VT, …”." />
          <fieldset className="space-y-3">
            <legend className="text-sm font-semibold">Người ký</legend>
            <SelectField id="plan-authority" name="signerAuthority" label="Hình thức ký" defaultValue={plan.signerAuthority} errors={errors("signerAuthority")}>
              <option value="">Ký trực tiếp (GIÁM ĐỐC)</option>
              <option value="KT. GIÁM ĐỐC">KT. GIÁM ĐỐC (cấp phó ký thay)</option>
              <option value="TL. GIÁM ĐỐC">TL. GIÁM ĐỐC (ký thừa lệnh)</option>
              <option value="TUQ. GIÁM ĐỐC">TUQ. GIÁM ĐỐC (ký thừa ủy quyền)</option>
            </SelectField>
            <TextField id="plan-signer-title" name="signerTitle" label="Chức vụ" required defaultValue={plan.signerTitle} errors={errors("signerTitle")} hint="GIÁM ĐỐC hoặc PHÓ GIÁM ĐỐC" />
            <TextField id="plan-signer-name" name="signerName" label="Họ và tên" defaultValue={plan.signerName} errors={errors("signerName")} />
          </fieldset>
        </div>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang lưu…" : "Lưu thông tin chung"}
      </Button>
    </form>
  );
}
