"use client";
import { groupDigits } from "@/lib/money";
import { createActivityAction, updateActivityAction } from "@/lib/plans/actions/edit";
import type { ActivityItem } from "@/lib/plans/document";
import { formatDate, formatWindow } from "@/lib/dates";
import type { UnitOption } from "@/components/plans/editor/types";
import { UnitPickers } from "@/components/plans/editor/unit-pickers";
import { ConflictNotice, conflictCurrent, useVersion } from "@/components/ui/conflict-notice";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { DateField } from "@/components/ui/date-field";

type Props = {
  units: UnitOption[];
  phase: { id: string; start: string; end: string };
  parentId?: string | null;
  activity?: ActivityItem;
  onDone?: () => void;
  label: string;
};

const CONFLICT_LABELS = { content: "Nội dung", leadUnitId: "Đơn vị chủ trì", supporterIds: "Đơn vị phối hợp", start: "Bắt đầu", end: "Kết thúc", note: "Ghi chú", output: "Sản phẩm", cost: "Kinh phí" };

export function ActivityForm({ units, phase, parentId, activity, onDone, label }: Props) {
  const editing = Boolean(activity);
  const { state, pending, onSubmit, formKey } = useFormAction(editing ? updateActivityAction : createActivityAction, {
    version: activity?.version,
    onSuccess: onDone,
  });
  const [version, keepMine] = useVersion(activity?.version ?? 0);
  const current = conflictCurrent(state);
  const prefix = activity ? `act-${activity.id}` : `new-${parentId ?? phase.id}`;
  const unitName = (id: unknown) => units.find((u) => u.id === id)?.name ?? String(id);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      {activity ? (
        <>
          <input type="hidden" name="id" value={activity.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : (
        <>
          <input type="hidden" name="phaseId" value={phase.id} />
          {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
        </>
      )}
      {current ? (
        <ConflictNotice
          current={current}
          labels={CONFLICT_LABELS}
          format={(key, value) =>
            key === "leadUnitId"
              ? unitName(value)
              : key === "supporterIds"
                ? (value as string[]).map(unitName).join("; ") || "(không có)"
                : key === "start" || key === "end"
                  ? formatDate(String(value))
                  : String(value || "(trống)")
          }
          onKeepMine={keepMine}
        />
      ) : (
        <FormMessage state={state} />
      )}
      <div key={formKey} className="space-y-3">
        <TextAreaField id={`${prefix}-content`} name="content" label="Nội dung" required rows={3} defaultValue={activity?.content} errors={fieldErrors(state, "content")} />
        <UnitPickers
          idPrefix={prefix}
          units={units}
          leadUnitId={activity?.leadUnit.id}
          supporterIds={activity?.supporters.map((s) => s.id)}
          errors={{ lead: fieldErrors(state, "leadUnitId"), supporters: fieldErrors(state, "supporterIds") }}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <DateField
            id={`${prefix}-start`}
            name="start"
            label="Bắt đầu"
            required
            defaultValue={activity?.start ?? phase.start}
            errors={fieldErrors(state, "start")}
          />
          <DateField
            id={`${prefix}-end`}
            name="end"
            label="Kết thúc"
            required
            defaultValue={activity?.end ?? phase.end}
            errors={fieldErrors(state, "end")}
            hint={`Thời gian giai đoạn: ${formatWindow(phase.start, phase.end)}`}
          />
        </div>
        <TextField id={`${prefix}-note`} name="note" label="Ghi chú" defaultValue={activity?.note} errors={fieldErrors(state, "note")} hint="Ví dụ: Dự kiến tổ chức ngày 18/5" />
        <TextField id={`${prefix}-output`} name="output" label="Sản phẩm (nếu có)" defaultValue={activity?.output} errors={fieldErrors(state, "output")} hint="Ví dụ: 01 phóng sự; báo cáo kết quả" />
        <TextField
          id={`${prefix}-cost`}
          name="cost"
          label="Kinh phí dự kiến, đồng (nếu có)"
          inputMode="decimal"
          defaultValue={activity?.cost == null ? "" : groupDigits(activity.cost)}
          errors={fieldErrors(state, "cost")}
          hint="Ví dụ: 15.000.000 hoặc 15 triệu"
        />
        <TextAreaField id={`${prefix}-description`} name="description" label="Mô tả chi tiết (không in trong văn bản)" rows={2} defaultValue={activity?.description} errors={fieldErrors(state, "description")} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : editing ? "Lưu hoạt động" : "Thêm"}
        </Button>
        {onDone ? (
          <Button variant="secondary" size="sm" onClick={onDone}>
            Hủy
          </Button>
        ) : null}
      </div>
    </form>
  );
}
