// "2. Hình thức và phân công tổ chức thực hiện": one heading and table per phase.
// The DOCX import reads these tables back (see lib/documents/format.ts).
import type { FileChild, Paragraph } from "docx";
import type { ActivityItem, PhaseItem } from "@/lib/plans/document";
import { activityTime, phaseHeading, subTaskLine } from "@/lib/documents/format";
import { body, cellLines, cellText, gridTable, heading, type Column, type GroupRow } from "./blocks";
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, mm } from "./styles";

// Portrait A4 leaves 165 mm: Thời gian holds "03-14/5/2022" at 13 pt on one
// line, Ghi chú at least "18/5/2022".
const STT = mm(9);
const WINDOW = mm(27);
const NOTE = mm(21);
const UNIT = mm(27);
export const PLAN_COLUMNS: Column[] = [
  { title: "Stt", width: STT },
  { title: "Nội dung", width: TEXT_WIDTH - STT - 2 * UNIT - WINDOW - NOTE },
  { title: "Đơn vị chủ trì", width: UNIT },
  { title: "Đơn vị phối hợp", width: UNIT },
  { title: "Thời gian", width: WINDOW },
  { title: "Ghi chú", width: NOTE },
];

/** With a Sản phẩm column when the plan has outputs: the unit columns give up some width, Nội dung keeps 40 mm. */
const OUTPUT = mm(24);
const NARROW_UNIT = mm(22);
export const PLAN_COLUMNS_WITH_OUTPUT: Column[] = [
  { title: "Stt", width: STT },
  { title: "Nội dung", width: TEXT_WIDTH - STT - 2 * NARROW_UNIT - WINDOW - OUTPUT - NOTE },
  { title: "Đơn vị chủ trì", width: NARROW_UNIT },
  { title: "Đơn vị phối hợp", width: NARROW_UNIT },
  { title: "Thời gian", width: WINDOW },
  { title: "Sản phẩm", width: OUTPUT },
  { title: "Ghi chú", width: NOTE },
];

function activityCells(activity: ActivityItem, withOutput: boolean): Paragraph[][] {
  const content = [
    ...cellLines(activity.content),
    ...activity.subTasks.map((sub) => cellText(subTaskLine(sub, activity))),
  ];
  return [
    [cellText(activity.stt, {}, true)],
    content,
    [cellText(activity.leadUnit.name)],
    activity.supporters.length ? activity.supporters.map((unit) => cellText(unit.name)) : [cellText("")],
    [cellText(activityTime(activity))],
    ...(withOutput ? [cellLines(activity.output)] : []),
    cellLines(activity.note),
  ];
}

export function phaseBlock(phase: PhaseItem, withOutput = false): FileChild[] {
  if (!phase.activities.length) return [heading(phaseHeading(phase)), body("(Chưa có hoạt động)", { italics: true })];
  const columns = withOutput ? PLAN_COLUMNS_WITH_OUTPUT : PLAN_COLUMNS;
  return [heading(phaseHeading(phase), 120), gridTable(columns, phase.activities.map((activity) => activityCells(activity, withOutput)))];
}

// The appendix table on a landscape page: 252 mm across, room for the units and for Sản phẩm.
// KINH PHÍ: when Activity.cost lands (issue 14 §2, another branch), a { title: "Kinh phí", width: mm(26) } column goes
// after Sản phẩm here and in PLAN_COLUMNS_WITH_OUTPUT, shown only when the plan uses it (as usesOutput does for outputs),
// with its cell in activityCells; the print view (components/documents/official-plan-table.tsx) has the same place.
const WIDE = { stt: mm(12), unit: mm(40), window: mm(32), output: mm(40), note: mm(26) };
function appendixColumns(withOutput: boolean): Column[] {
  const fixed = WIDE.stt + 2 * WIDE.unit + WIDE.window + WIDE.note + (withOutput ? WIDE.output : 0);
  return [
    { title: "Stt", width: WIDE.stt },
    { title: "Nội dung", width: LANDSCAPE_TEXT_WIDTH - fixed },
    { title: "Đơn vị chủ trì", width: WIDE.unit },
    { title: "Đơn vị phối hợp", width: WIDE.unit },
    { title: "Thời gian", width: WIDE.window },
    ...(withOutput ? [{ title: "Sản phẩm", width: WIDE.output }] : []),
    { title: "Ghi chú", width: WIDE.note },
  ];
}

export type AppendixGroup = { label: string; heading: string; activities: ActivityItem[] };

/** One table for the whole appendix: a group row per phase ("I | TITLE (từ ngày …)"), its activities under it. */
export function appendixTable(groups: AppendixGroup[], withOutput: boolean) {
  const rows: (Paragraph[][] | GroupRow)[] = groups.flatMap((group) => [
    { group: [[cellText(group.label, { bold: true }, true)], [cellText(group.heading, { bold: true })]] } satisfies GroupRow,
    ...group.activities.map((activity) => activityCells(activity, withOutput)),
  ]);
  return gridTable(appendixColumns(withOutput), rows);
}
