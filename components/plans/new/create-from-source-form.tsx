"use client";
import { useState } from "react";
import { clonePlanAction, createFromTemplateAction } from "@/lib/plans/actions/create";
import type { UnitOption } from "@/components/plans/editor/types";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { DraftingUnitField } from "@/components/plans/new/drafting-unit-field";
import { SuccessorFields } from "@/components/plans/new/successor-fields";
import type { ClosedSourceUnit } from "@/lib/units/successors";

type Props = {
  source: { kind: "plan"; id: string } | { kind: "template"; id: string };
  eventDate: string;
  oldTitle: string;
  suggestedTitle: string;
  fromYear: number;
  toYear: number;
  mentionsInTexts: number;
  units: UnitOption[] | null;
  defaultUnitId: string | null;
  /** Units of the source merged or closed since, with the successor proposed (lib/units/successors.ts). */
  closedUnits?: ClosedSourceUnit[];
  successorOptions?: { id: string; name: string }[];
};

/** Step two of cloning: accept (or not) the year suggestions, then create. */
export function CreateFromSourceForm(props: Props) {
  const { state, pending, onSubmit } = useFormAction(props.source.kind === "plan" ? clonePlanAction : createFromTemplateAction);
  const titleChanges = props.suggestedTitle !== props.oldTitle;
  const [title, setTitle] = useState(props.suggestedTitle);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Tạo kế hoạch mới" className="space-y-4">
      <input type="hidden" name={props.source.kind === "plan" ? "sourcePlanId" : "templateId"} value={props.source.id} />
      <input type="hidden" name="eventDate" value={props.eventDate} />
      <FormMessage state={state} />
      {titleChanges ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={title === props.suggestedTitle} onChange={(e) => setTitle(e.target.checked ? props.suggestedTitle : props.oldTitle)} />
          <span>
            Đổi “năm {props.fromYear}” thành “năm {props.toYear}” trong trích yếu (gợi ý)
          </span>
        </label>
      ) : null}
      <TextAreaField id="new-title" name="title" label="Trích yếu của kế hoạch mới" required rows={2} value={title} onChange={(e) => setTitle(e.target.value)} errors={fieldErrors(state, "title")} />
      {props.mentionsInTexts > 0 ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="replaceYearInTexts" defaultChecked className="mt-1" />
          <span>
            Cũng đổi “năm {props.fromYear}” thành “năm {props.toYear}” ở {props.mentionsInTexts} chỗ khác trong nội dung (lời dẫn, yêu cầu, đoạn kết, hoạt động…). Phần căn cứ giữ
            nguyên vì dẫn văn bản đã ban hành.
          </span>
        </label>
      ) : null}
      {props.closedUnits?.length ? <SuccessorFields closedUnits={props.closedUnits} options={props.successorOptions ?? []} errors={fieldErrors(state, "unitSwaps")} /> : null}
      <DraftingUnitField id="new-unit" state={state} units={props.units} defaultUnitId={props.defaultUnitId} />
      <Button type="submit" disabled={pending}>
        {pending ? "Đang tạo…" : "Tạo dự thảo kế hoạch"}
      </Button>
    </form>
  );
}
