"use client";
import { useState } from "react";
import type { ActivityItem, PhaseItem } from "@/lib/plans/document";
import { deleteActivityAction, moveActivityAction } from "@/lib/plans/actions/edit";
import { formatWindow, windowContains } from "@/lib/dates";
import type { UnitOption } from "@/components/plans/editor/types";
import { ActivityForm } from "@/components/plans/editor/activity-form";
import { InlineAction } from "@/components/ui/inline-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

type Props = {
  activity: ActivityItem;
  phase: PhaseItem;
  phases: PhaseItem[];
  units: UnitOption[];
  isFirst: boolean;
  isLast: boolean;
};

export function ActivityEditor({ activity, phase, phases, units, isFirst, isLast }: Props) {
  const [mode, setMode] = useState<"view" | "edit" | "delete" | "sub">("view");
  const isSub = Boolean(activity.parentId);
  const kind = isSub ? "việc con" : "hoạt động";
  const name = `${kind} ${activity.stt}`;
  const outside = !windowContains({ start: phase.start, end: phase.end }, { start: activity.start, end: activity.end });
  return (
    <li className={isSub ? "ml-6 border-l-2 border-slate-200 pl-3" : undefined}>
      <article aria-label={`${isSub ? "Việc con" : "Hoạt động"} ${activity.stt}`} className="rounded-md border border-slate-200 bg-white p-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold text-slate-500">{isSub ? `Việc ${activity.stt}` : `Hoạt động ${activity.stt}`}</p>
            <p className="whitespace-pre-line text-slate-900">{activity.content}</p>
            <dl className="mt-1 grid gap-x-3 text-sm text-slate-700 sm:grid-cols-[8rem_1fr]">
              <dt className="text-slate-500">Chủ trì</dt>
              <dd>{activity.leadUnit.name}</dd>
              <dt className="text-slate-500">Phối hợp</dt>
              <dd>{activity.supporters.length ? activity.supporters.map((s) => s.name).join("; ") : "—"}</dd>
              <dt className="text-slate-500">Thời gian</dt>
              <dd className="flex flex-wrap items-center gap-2">
                {formatWindow(activity.start, activity.end)}
                {outside ? <Badge tone="amber">Ngoài thời gian giai đoạn ({formatWindow(phase.start, phase.end)})</Badge> : null}
              </dd>
              {activity.note ? (
                <>
                  <dt className="text-slate-500">Ghi chú</dt>
                  <dd>{activity.note}</dd>
                </>
              ) : null}
            </dl>
          </div>
          <div className="flex flex-wrap items-start gap-1">
            <Button size="sm" variant="secondary" aria-expanded={mode === "edit"} onClick={() => setMode(mode === "edit" ? "view" : "edit")}>
              Sửa
            </Button>
            <InlineAction action={moveActivityAction} fields={{ id: activity.id, version: activity.version, direction: "up" }} disabled={isFirst} label={`Chuyển ${name} lên trên`}>
              <span aria-hidden="true">↑</span>
            </InlineAction>
            <InlineAction action={moveActivityAction} fields={{ id: activity.id, version: activity.version, direction: "down" }} disabled={isLast} label={`Chuyển ${name} xuống dưới`}>
              <span aria-hidden="true">↓</span>
            </InlineAction>
            {!isSub ? (
              <Button size="sm" variant="ghost" aria-expanded={mode === "sub"} onClick={() => setMode(mode === "sub" ? "view" : "sub")}>
                + Việc con
              </Button>
            ) : null}
            <Button size="sm" variant="ghost" className="text-red-700" aria-expanded={mode === "delete"} onClick={() => setMode(mode === "delete" ? "view" : "delete")}>
              Xóa
            </Button>
          </div>
        </div>
        {mode === "edit" ? (
          <div className="mt-3 space-y-3">
            <ActivityForm units={units} phase={phase} activity={activity} label={`Sửa ${name}`} onDone={() => setMode("view")} />
            {!isSub && phases.length > 1 ? (
              <InlineAction
                action={moveActivityAction}
                fields={{ id: activity.id, version: activity.version }}
                extra={
                  <label className="text-sm">
                    <span className="mb-1 block font-medium">Chuyển sang giai đoạn</span>
                    <select name="phaseId" className={controlClass()} defaultValue={phases.find((p) => p.id !== phase.id)?.id}>
                      {phases
                        .filter((p) => p.id !== phase.id)
                        .map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.code}. {p.title}
                          </option>
                        ))}
                    </select>
                  </label>
                }
              >
                Chuyển giai đoạn
              </InlineAction>
            ) : null}
          </div>
        ) : null}
        {mode === "sub" ? (
          <div className="mt-3">
            <ActivityForm units={units} phase={phase} parentId={activity.id} label={`Thêm việc con cho ${name}`} onDone={() => setMode("view")} />
          </div>
        ) : null}
        {mode === "delete" ? (
          <div role="group" aria-label={`Xác nhận xóa ${name}`} className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
            <p>
              Xóa {name}
              {activity.subTasks.length ? ` cùng ${activity.subTasks.length} việc con` : ""}? Thao tác này không hoàn tác được (vẫn được ghi trong lịch sử).
            </p>
            <div className="mt-2 flex gap-2">
              <InlineAction action={deleteActivityAction} fields={{ id: activity.id, version: activity.version }} variant="danger">
                Xóa {kind}
              </InlineAction>
              <Button size="sm" variant="secondary" onClick={() => setMode("view")}>
                Không xóa
              </Button>
            </div>
          </div>
        ) : null}
      </article>
      {activity.subTasks.length ? (
        <ol className="mt-2 space-y-2" aria-label={`Việc con của ${name}`}>
          {activity.subTasks.map((sub, index) => (
            <ActivityEditor
              key={sub.id}
              activity={sub}
              phase={phase}
              phases={phases}
              units={units}
              isFirst={index === 0}
              isLast={index === activity.subTasks.length - 1}
            />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
