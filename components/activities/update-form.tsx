"use client";
import { useState } from "react";
import { recordUpdateAction } from "@/lib/activities/actions";
import type { TrackingRights } from "@/lib/activities/access";
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/dates";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField, TextField, controlClass } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { ConflictNotice, conflictCurrent, useVersion } from "@/components/ui/conflict-notice";
import type { FormState } from "@/lib/form-state";
import { DateField } from "@/components/ui/date-field";

type Activity = {
  id: string;
  version: number;
  status: ActivityStatus;
  progress: number;
  result?: string;
  statusReason: string;
  actualStart?: string | null;
  actualEnd?: string | null;
  targets?: { id: string; label: string; targetValue: number; unitOfMeasure: string; achieved: number }[];
};

function RowsEditor({ name, columns, label, addLabel }: { name: string; columns: { key: string; label: string; type?: string; placeholder?: string }[]; label: string; addLabel: string }) {
  const [count, setCount] = useState(0);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {Array.from({ length: count }, (_, row) => (
        <div key={row} className="grid gap-2 sm:grid-cols-2">
          {columns.map((column) => (
            <label key={column.key} className="text-sm">
              <span className="sr-only">
                {column.label} {row + 1}
              </span>
              <input name={`${name}.${row}.${column.key}`} type={column.type ?? "text"} placeholder={column.placeholder ?? column.label} className={controlClass()} />
            </label>
          ))}
        </div>
      ))}
      <Button size="sm" variant="ghost" onClick={() => setCount(count + 1)}>
        + {addLabel}
      </Button>
    </fieldset>
  );
}

/**
 * Records an update; what is offered follows the user's rights on the activity.
 * The fields are keyed on the saved version (useFormAction's formKey): after a
 * save they show the activity as stored, and the note, figures, links and
 * files of the update just recorded are cleared.
 */
export function UpdateForm({
  activity,
  rights,
  compact = false,
  onClose,
  notice,
  onAnswer,
}: {
  activity: Activity;
  rights: TrackingRights;
  compact?: boolean;
  onClose?: () => void;
  /** An answer to show before this form has one of its own (the quick form, after its row moved). */
  notice?: FormState;
  /** Told each answer as it arrives, before the page shows it. */
  onAnswer?: (state: FormState) => void;
}) {
  const record = async (previous: FormState, data: FormData) => {
    const answer = await recordUpdateAction(previous, data);
    onAnswer?.(answer);
    return answer;
  };
  const { state: own, pending, onSubmit, formKey } = useFormAction(record, { version: activity.version });
  const state = own.status === "idle" && notice ? notice : own;
  const [version, keepMine] = useVersion(activity.version);
  const current = conflictCurrent(state);
  const p = `u-${activity.id}${compact ? "-c" : ""}`;
  return (
    <form onSubmit={onSubmit} noValidate encType="multipart/form-data" aria-label="Cập nhật tiến độ" className="space-y-3">
      <input type="hidden" name="activityId" value={activity.id} />
      <input type="hidden" name="version" value={version} />
      {current ? (
        <ConflictNotice
          current={current}
          labels={{ status: "Trạng thái", progress: "Tiến độ", result: "Kết quả" }}
          format={(key, value) => (key === "status" ? ACTIVITY_STATUS_LABELS[value as ActivityStatus] : key === "progress" ? `${String(value)}%` : String(value || "(trống)"))}
          onKeepMine={keepMine}
        />
      ) : (
        <FormMessage state={state} />
      )}
      <UpdateFields key={formKey} activity={activity} rights={rights} compact={compact} state={state} idPrefix={p} />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu cập nhật"}
        </Button>
        {onClose ? (
          <Button variant="secondary" onClick={onClose}>
            Đóng
          </Button>
        ) : null}
        {activity.actualStart ? <span className="text-xs text-slate-600">Thực tế: {formatDate(activity.actualStart)}{activity.actualEnd && activity.actualEnd !== activity.actualStart ? `–${formatDate(activity.actualEnd)}` : ""}</span> : null}
      </div>
    </form>
  );
}

/** The controls, mounted afresh from the stored activity after every save. */
function UpdateFields({ activity, rights, compact, state, idPrefix: p }: { activity: Activity; rights: TrackingRights; compact: boolean; state: FormState; idPrefix: string }) {
  const [status, setStatus] = useState<ActivityStatus>(activity.status);
  const [progress, setProgress] = useState(activity.progress);
  // The server asks for a result only when none is stored: the quick form then offers the field too.
  const resultRequired = state.status === "error" && state.reason === "RESULT_REQUIRED";
  const statuses = ACTIVITY_STATUSES.filter((s) => s === activity.status || s !== "CANCELLED" || rights.cancel);
  const needsReason = status === "BLOCKED" || status === "CANCELLED";
  const rowErrors = Object.entries(state.status === "error" ? (state.fieldErrors ?? {}) : {})
    .filter(([k]) => k.startsWith("figures.") || k.startsWith("evidence."))
    .flatMap(([, messages]) => messages);
  const resultConfirm = resultRequired ? (
    <label className="flex items-center gap-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900">
      <input type="checkbox" name="confirmNoResult" /> Hoàn thành mà chưa ghi kết quả
    </label>
  ) : null;
  return (
    <>
      {rights.changeStatus ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${p}-status`} label="Trạng thái" errors={fieldErrors(state, "status")}>
            {(control) => (
              <select {...control} name="status" value={status} onChange={(e) => {
                const next = e.target.value as ActivityStatus;
                setStatus(next);
                if (next === "DONE") setProgress(100);
              }}>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {ACTIVITY_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${p}-progress`} label="Tiến độ (%)" errors={fieldErrors(state, "progress")}>
            {(control) => (
              <div className="flex items-center gap-2">
                <input type="range" min={0} max={100} step={5} value={progress} onChange={(e) => setProgress(Number(e.target.value))} aria-label="Kéo để chọn tiến độ" className="flex-1" disabled={status === "DONE"} />
                <input {...control} className={`${control.className} w-20`} type="number" min={0} max={100} name="progress" value={progress} onChange={(e) => setProgress(Number(e.target.value))} readOnly={status === "DONE"} />
              </div>
            )}
          </Field>
          {needsReason ? (
            <TextField
              id={`${p}-reason`}
              name="statusReason"
              className="sm:col-span-2"
              label={status === "BLOCKED" ? "Vướng mắc" : "Lý do hủy"}
              required
              // The stored reason while the status stays; a new status needs its own.
              defaultValue={status === activity.status ? activity.statusReason : ""}
              readOnly={status === "CANCELLED" && !rights.cancel}
              errors={fieldErrors(state, "statusReason")}
            />
          ) : null}
        </div>
      ) : (
        <p className="rounded-md bg-slate-50 p-2 text-sm text-slate-700">
          Đơn vị phối hợp ghi chú, số liệu và minh chứng; trạng thái và kết quả do đơn vị chủ trì cập nhật.
        </p>
      )}
      <TextAreaField id={`${p}-note`} name="note" label="Ghi chú cập nhật" rows={2} errors={fieldErrors(state, "note")} />
      {compact && rights.changeStatus && resultRequired ? (
        <>
          <TextAreaField id={`${p}-result`} name="result" label="Kết quả (Kết quả thực hiện)" rows={3} errors={fieldErrors(state, "result")} />
          {resultConfirm}
        </>
      ) : null}
      {!compact && rights.changeStatus ? (
        <>
          <TextAreaField id={`${p}-result`} name="result" label="Kết quả (Kết quả thực hiện)" rows={3} defaultValue={activity.result} errors={fieldErrors(state, "result")} />
          {resultConfirm}
          <div className="grid gap-3 sm:grid-cols-2">
            <DateField id={`${p}-astart`} name="actualStart" label="Ngày bắt đầu thực tế" defaultValue={activity.actualStart ?? ""} errors={fieldErrors(state, "actualStart")} />
            <DateField id={`${p}-aend`} name="actualEnd" label="Ngày kết thúc thực tế" defaultValue={activity.actualEnd ?? ""} errors={fieldErrors(state, "actualEnd")} hint="Khi việc diễn ra khác thời gian kế hoạch (ví dụ hội thảo dự kiến 18/5, tổ chức 16/5)." />
          </div>
          {activity.targets?.length ? (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">Chỉ tiêu đạt được</legend>
              {activity.targets.map((t, i) => (
                <div key={t.id} className="flex items-center gap-2 text-sm">
                  <input type="hidden" name={`targets.${i}.targetId`} value={t.id} />
                  <label htmlFor={`${p}-t-${t.id}`} className="flex-1">
                    {t.label} (chỉ tiêu {t.targetValue} {t.unitOfMeasure})
                  </label>
                  <input id={`${p}-t-${t.id}`} name={`targets.${i}.achieved`} type="number" min={0} step="any" defaultValue={t.achieved} className={`${controlClass()} w-28`} />
                </div>
              ))}
            </fieldset>
          ) : null}
        </>
      ) : null}
      {!compact ? (
        <>
          <RowsEditor name="figures" label="Số liệu" addLabel="Thêm số liệu" columns={[{ key: "label", label: "Tên số liệu", placeholder: "Số người tham dự" }, { key: "value", label: "Giá trị", placeholder: "400" }]} />
          {fieldErrors(state, "figures") ? <p className="text-sm text-red-700">{fieldErrors(state, "figures")!.join(" ")}</p> : null}
          <RowsEditor name="evidence" label="Minh chứng (đường dẫn)" addLabel="Thêm đường dẫn" columns={[{ key: "url", label: "Đường dẫn", type: "url", placeholder: "https://…" }, { key: "title", label: "Tiêu đề", placeholder: "Tin bài trên trang của Sở" }]} />
          <Field id={`${p}-files`} label="Tệp minh chứng" errors={fieldErrors(state, "files")} hint="PDF, DOCX, XLSX, JPG, PNG; mỗi tệp tối đa 10 MB, tối đa 5 tệp.">
            {(control) => <input {...control} type="file" name="files" multiple accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png" />}
          </Field>
        </>
      ) : null}
      {rowErrors.length ? (
        <p className="text-sm text-red-700" role="alert">
          {rowErrors.join(" ")}
        </p>
      ) : null}
    </>
  );
}
