// "2. Hình thức và phân công tổ chức thực hiện": one heading and table per phase.
// The DOCX import reads these tables back (see lib/documents/format.ts).
import { groupDigits } from "@/lib/money";
import { phaseCost } from "@/lib/documents/costs";
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

// ---- Kinh phí (issue 14 §2): a column when the plan's activities carry costs, and a "Cộng" row per table. ----
const COST = mm(22);

/** The columns with a Kinh phí column before Ghi chú: Nội dung gives up its width. */
function withCostColumn(columns: Column[]): Column[] {
  const at = columns.length - 1;
  return [
    ...columns.slice(0, at).map((c) => (c.title === "Nội dung" ? { ...c, width: c.width - COST } : c)),
    { title: "Kinh phí (đồng)", width: COST },
    ...columns.slice(at),
  ];
}

/** A row's cells with its cost inserted before Ghi chú. */
function withCostCell(cells: Paragraph[][], cost: number | null): Paragraph[][] {
  return [...cells.slice(0, -1), [cellText(cost === null ? "" : groupDigits(cost))], ...cells.slice(-1)];
}

/** "Cộng" under a phase's table: the sum of its costs. */
function costTotalRow(phase: Pick<PhaseItem, "activities">, columnCount: number): Paragraph[][] {
  const cells: Paragraph[][] = Array.from({ length: columnCount }, () => [cellText("")]);
  cells[1] = [cellText("Cộng", { bold: true })];
  const total = phaseCost(phase);
  cells[columnCount - 2] = [cellText(total === null ? "" : groupDigits(total), { bold: true })];
  return cells;
}
// ---- end Kinh phí ----

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

export function phaseBlock(phase: PhaseItem, withOutput = false, withCost = false): FileChild[] {
  if (!phase.activities.length) return [heading(phaseHeading(phase)), body("(Chưa có hoạt động)", { italics: true })];
  const base = withOutput ? PLAN_COLUMNS_WITH_OUTPUT : PLAN_COLUMNS;
  const rows = phase.activities.map((activity) => activityCells(activity, withOutput));
  if (!withCost) return [heading(phaseHeading(phase), 120), gridTable(base, rows)];
  const columns = withCostColumn(base);
  const costed = [...rows.map((cells, i) => withCostCell(cells, phase.activities[i]!.cost)), costTotalRow(phase, columns.length)];
  return [heading(phaseHeading(phase), 120), gridTable(columns, costed)];
}

// The appendix table on a landscape page: 252 mm across, room for the units and for Sản phẩm.
// With costs, the Kinh phí column comes before Ghi chú (withCostColumn) and a "Cộng" row closes the table.
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
export function appendixTable(groups: AppendixGroup[], withOutput: boolean, withCost = false) {
  const cells = (activity: ActivityItem) => (withCost ? withCostCell(activityCells(activity, withOutput), activity.cost) : activityCells(activity, withOutput));
  const columns = withCost ? withCostColumn(appendixColumns(withOutput)) : appendixColumns(withOutput);
  const rows: (Paragraph[][] | GroupRow)[] = groups.flatMap((group) => [
    { group: [[cellText(group.label, { bold: true }, true)], [cellText(group.heading, { bold: true })]] } satisfies GroupRow,
    ...group.activities.map(cells),
  ]);
  if (withCost) rows.push(costTotalRow({ activities: groups.flatMap((group) => group.activities) }, columns.length));
  return gridTable(columns, rows);
}
