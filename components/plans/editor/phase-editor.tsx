"use client";
import { useState } from "react";
import type { PhaseItem } from "@/lib/plans/document";
import { createPhaseAction, deletePhaseAction, movePhaseAction, updatePhaseAction } from "@/lib/plans/actions/edit";
import { formatDate, formatWindow } from "@/lib/dates";
import { phaseNumberText } from "@/lib/documents/format";
import { phaseTitleText } from "@/lib/plans/outline-text";
import type { UnitOption } from "@/components/plans/editor/types";
import { ActivityEditor } from "@/components/plans/editor/activity-editor";
import { ActivityForm } from "@/components/plans/editor/activity-form";
import { InlineAction } from "@/components/ui/inline-action";
import { ConflictNotice, conflictCurrent, useVersion } from "@/components/ui/conflict-notice";
import { TextField, controlClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { DateField } from "@/components/ui/date-field";

export function PhaseForm({ planId, phase, onDone, defaults }: { planId: string; phase?: PhaseItem; onDone?: () => void; defaults?: { start: string; end: string } }) {
  const { state, pending, onSubmit, formKey } = useFormAction(phase ? updatePhaseAction : createPhaseAction, { version: phase?.version, onSuccess: onDone });
  const [version, keepMine] = useVersion(phase?.version ?? 0);
  const current = conflictCurrent(state);
  const prefix = phase ? `phase-${phase.id}` : "new-phase";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={phase ? `Sửa giai đoạn ${phase.code}` : "Thêm giai đoạn"} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      {phase ? (
        <>
          <input type="hidden" name="id" value={phase.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : (
        <input type="hidden" name="planId" value={planId} />
      )}
      {current ? (
        <ConflictNotice
          current={current}
          labels={{ title: "Tên giai đoạn", start: "Bắt đầu", end: "Kết thúc" }}
          format={(key, value) => (key === "title" ? String(value) : formatDate(String(value)))}
          onKeepMine={keepMine}
        />
      ) : (
        <FormMessage state={state} />
      )}
      <div key={formKey} className="space-y-3">
        <TextField id={`${prefix}-title`} name="title" label="Tên giai đoạn" required defaultValue={phase?.title} errors={fieldErrors(state, "title")} hint="Ví dụ: Tuần lễ trọng tâm chào mừng Ngày KH&CN Việt Nam" />
        <div className="grid gap-3 sm:grid-cols-2">
          <DateField id={`${prefix}-start`} name="start" label="Từ ngày" required defaultValue={phase?.start ?? defaults?.start} errors={fieldErrors(state, "start")} />
          <DateField id={`${prefix}-end`} name="end" label="Đến ngày" required defaultValue={phase?.end ?? defaults?.end} errors={fieldErrors(state, "end")} />
        </div>
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Đang lưu…" : phase ? "Lưu giai đoạn" : "Thêm giai đoạn"}
        </Button>
        {onDone && phase ? (
          <Button size="sm" variant="secondary" onClick={onDone}>
            Hủy
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function DeletePhase({ phase, phases, onCancel }: { phase: PhaseItem; phases: PhaseItem[]; onCancel: () => void }) {
  const count = phase.activities.reduce((n, a) => n + 1 + a.subTasks.length, 0);
  const others = phases.filter((p) => p.id !== phase.id);
  const [choice, setChoice] = useState<"move" | "delete">(others.length ? "move" : "delete");
  return (
    <div role="group" aria-label={`Xác nhận xóa giai đoạn ${phase.code}`} className="mt-3 space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
      <p className="font-medium">
        Xóa giai đoạn {phaseNumberText(phase.code)} {phaseTitleText(phase.title)}?
      </p>
      {count ? (
        <fieldset className="space-y-1">
          <legend>Giai đoạn có {count} hoạt động và việc con. Xử lý các hoạt động này thế nào?</legend>
          {others.length ? (
            <label className="flex items-center gap-2">
              <input type="radio" name={`choice-${phase.id}`} checked={choice === "move"} onChange={() => setChoice("move")} /> Chuyển sang giai đoạn khác
            </label>
          ) : null}
          <label className="flex items-center gap-2">
            <input type="radio" name={`choice-${phase.id}`} checked={choice === "delete"} onChange={() => setChoice("delete")} /> Xóa luôn các hoạt động
          </label>
        </fieldset>
      ) : (
        <p>Giai đoạn chưa có hoạt động nào.</p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <InlineAction
          action={deletePhaseAction}
          variant="danger"
          fields={{ id: phase.id, version: phase.version, activities: count ? choice : "delete" }}
          extra={
            count && choice === "move" ? (
              <label className="text-sm">
                <span className="mb-1 block font-medium">Giai đoạn nhận hoạt động</span>
                <select name="targetPhaseId" className={controlClass()} defaultValue={others[0]?.id}>
                  {others.map((p) => (
                    <option key={p.id} value={p.id}>
                      {phaseNumberText(p.code)} {phaseTitleText(p.title)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null
          }
        >
          Xóa giai đoạn
        </InlineAction>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          Không xóa
        </Button>
      </div>
    </div>
  );
}

export function PhaseEditor({ planId, phase, phases, units, index }: { planId: string; phase: PhaseItem; phases: PhaseItem[]; units: UnitOption[]; index: number }) {
  const [mode, setMode] = useState<"view" | "edit" | "delete" | "add">("view");
  const headingId = `phase-heading-${phase.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="text-base font-semibold text-slate-900">
            {phaseNumberText(phase.code)} {phaseTitleText(phase.title)}
          </h3>
          <p className="text-sm text-slate-600">Từ ngày {formatWindow(phase.start, phase.end)}</p>
        </div>
        <div className="flex flex-wrap gap-1">
          <Button size="sm" variant="secondary" aria-expanded={mode === "edit"} onClick={() => setMode(mode === "edit" ? "view" : "edit")}>
            Sửa giai đoạn
          </Button>
          <InlineAction action={movePhaseAction} fields={{ id: phase.id, version: phase.version, direction: "up" }} disabled={index === 0} label={`Chuyển giai đoạn ${phase.code} lên trên`}>
            <span aria-hidden="true">↑</span>
          </InlineAction>
          <InlineAction
            action={movePhaseAction}
            fields={{ id: phase.id, version: phase.version, direction: "down" }}
            disabled={index === phases.length - 1}
            label={`Chuyển giai đoạn ${phase.code} xuống dưới`}
          >
            <span aria-hidden="true">↓</span>
          </InlineAction>
          <Button size="sm" variant="ghost" className="text-red-700" aria-expanded={mode === "delete"} onClick={() => setMode(mode === "delete" ? "view" : "delete")}>
            Xóa giai đoạn
          </Button>
        </div>
      </div>
      {mode === "edit" ? (
        <div className="mt-3">
          <PhaseForm planId={planId} phase={phase} onDone={() => setMode("view")} />
        </div>
      ) : null}
      {mode === "delete" ? <DeletePhase phase={phase} phases={phases} onCancel={() => setMode("view")} /> : null}
      {phase.activities.length ? (
        <ol className="mt-3 space-y-2" aria-label={`Hoạt động của giai đoạn ${phase.code}`}>
          {phase.activities.map((activity, i) => (
            <ActivityEditor key={activity.id} activity={activity} phase={phase} phases={phases} units={units} isFirst={i === 0} isLast={i === phase.activities.length - 1} />
          ))}
        </ol>
      ) : (
        <p className="mt-3 text-sm italic text-slate-600">Giai đoạn chưa có hoạt động.</p>
      )}
      <div className="mt-3">
        {mode === "add" ? (
          <ActivityForm units={units} phase={phase} label={`Thêm hoạt động vào giai đoạn ${phase.code}`} onDone={() => setMode("view")} />
        ) : (
          <Button size="sm" variant="ghost" onClick={() => setMode("add")}>
            + Thêm hoạt động
          </Button>
        )}
      </div>
    </section>
  );
}
