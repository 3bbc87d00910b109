// The tables of "Báo cáo kết quả thực hiện Kế hoạch": results per phase, and
// the summary by lead unit.
import type { FileChild, Paragraph } from "docx";
import type { ReportPhase, ReportRow, ReportUnitRow } from "@/lib/documents/report-model";
import { body, cellLines, cellLink, cellText, gridTable, heading, type Column } from "./blocks";
import { TEXT_WIDTH, mm } from "./styles";

const STT = mm(10);
const CONTENT = mm(38);
const LEAD = mm(25);
const STATUS = mm(21);
const WHEN = mm(27);
const RESULT_COLUMNS: Column[] = [
  { title: "Stt", width: STT },
  { title: "Nội dung", width: CONTENT },
  { title: "Đơn vị chủ trì", width: LEAD },
  { title: "Trạng thái", width: STATUS },
  { title: "Thời gian thực hiện", width: WHEN },
  { title: "Kết quả, số liệu, minh chứng", width: TEXT_WIDTH - STT - CONTENT - LEAD - STATUS - WHEN },
];

function resultCell(row: ReportRow): Paragraph[] {
  const lines = [
    ...(row.result.trim() ? cellLines(row.result) : []),
    ...row.figures.map((figure) => cellText(`${figure.label}: ${figure.value}`)),
    ...row.evidence.map((item) => cellLink(item.url, item.title)),
  ];
  return lines.length ? lines : [cellText("")];
}

function rowCells(row: ReportRow): Paragraph[][] {
  return [
    [cellText(row.stt, {}, true)],
    cellLines(row.content, row.isSubTask ? { italics: true } : {}),
    [cellText(row.leadUnitName)],
    [cellText(row.statusLabel), ...(row.overdue ? [cellText("Quá hạn", { bold: true })] : [])],
    [cellText(row.timeText)],
    resultCell(row),
  ];
}

export function resultPhaseBlock(phase: ReportPhase): FileChild[] {
  if (!phase.rows.length) return [heading(phase.heading), body("(Chưa có hoạt động)", { italics: true })];
  return [heading(phase.heading, 120), gridTable(RESULT_COLUMNS, phase.rows.map(rowCells))];
}

const COUNT = mm(25);
const UNIT_COLUMNS: Column[] = [
  { title: "Đơn vị", width: TEXT_WIDTH - 3 * COUNT },
  { title: "Chủ trì", width: COUNT },
  { title: "Đã xong", width: COUNT },
  { title: "Quá hạn", width: COUNT },
];

export function unitSummaryTable(units: ReportUnitRow[]): FileChild {
  const count = (value: number) => [cellText(String(value), {}, true)];
  return gridTable(
    UNIT_COLUMNS,
    units.map((unit) => [[cellText(unit.unitName)], count(unit.lead), count(unit.done), count(unit.overdue)]),
  );
}
