// "2. Hình thức và phân công tổ chức thực hiện": one heading and table per phase.
// The DOCX import reads these tables back (see lib/documents/format.ts).
import type { FileChild, Paragraph } from "docx";
import type { ActivityItem, PhaseItem } from "@/lib/plans/document";
import { documentWindow, phaseHeading, subTaskLine } from "@/lib/documents/format";
import { body, cellLines, cellText, gridTable, heading, type Column } from "./blocks";
import { TEXT_WIDTH, mm } from "./styles";

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

function activityCells(activity: ActivityItem): Paragraph[][] {
  const content = [
    ...cellLines(activity.content),
    ...activity.subTasks.map((sub) => cellText(subTaskLine(sub, activity))),
  ];
  return [
    [cellText(activity.stt, {}, true)],
    content,
    [cellText(activity.leadUnit.name)],
    activity.supporters.length ? activity.supporters.map((unit) => cellText(unit.name)) : [cellText("")],
    [cellText(documentWindow(activity.start, activity.end))],
    cellLines(activity.note),
  ];
}

export function phaseBlock(phase: PhaseItem): FileChild[] {
  if (!phase.activities.length) return [heading(phaseHeading(phase)), body("(Chưa có hoạt động)", { italics: true })];
  return [heading(phaseHeading(phase), 120), gridTable(PLAN_COLUMNS, phase.activities.map(activityCells))];
}
