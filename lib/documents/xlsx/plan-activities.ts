// A plan's activities as a worksheet for tracking and filtering in Excel:
// one row per activity, sub-tasks as "4.1", "4.2" under their parent.
import type ExcelJS from "exceljs";
import { planCost, usesCost } from "@/lib/documents/costs";
import { usesOutput } from "@/lib/documents/format";
import type { ActivityItem, PhaseItem, PlanDocument } from "@/lib/plans/document";
import { isOverdue } from "@/lib/activities/rules";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { formatDate, type CalendarDate } from "@/lib/dates";
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  addTitle,
  excelDate,
  excelDateTime,
  freezeAndFilter,
  setUpPrinting,
  newWorkbook,
  styleBody,
  styleHeaderRow,
  toBuffer,
  type SheetColumn,
} from "./cells";

/** Grouped thousands, no decimals: 15.000.000 in a Vietnamese Excel, 15,000,000 in an English one. */
const COST_FORMAT = "#,##0";

export const ACTIVITY_COLUMNS: SheetColumn[] = [
  { header: "Giai đoạn", key: "phase", width: 28 },
  { header: "Stt", key: "stt", width: 6, centre: true },
  { header: "Nội dung", key: "content", width: 50 },
  { header: "Đơn vị chủ trì", key: "lead", width: 28 },
  { header: "Đơn vị phối hợp", key: "supporters", width: 28 },
  { header: "Bắt đầu", key: "start", width: 12, numFmt: DATE_FORMAT, centre: true },
  { header: "Kết thúc", key: "end", width: 12, numFmt: DATE_FORMAT, centre: true },
  { header: "Trạng thái", key: "status", width: 16 },
  { header: "Quá hạn", key: "overdue", width: 9, centre: true },
  { header: "Tiến độ (%)", key: "progress", width: 10, numFmt: "0", centre: true },
  { header: "Thực hiện từ", key: "actualStart", width: 12, numFmt: DATE_FORMAT, centre: true },
  { header: "Thực hiện đến", key: "actualEnd", width: 12, numFmt: DATE_FORMAT, centre: true },
  { header: "Kết quả", key: "result", width: 50 },
  { header: "Cập nhật lần cuối", key: "lastUpdateAt", width: 17, numFmt: DATE_TIME_FORMAT, centre: true },
];

/** After the others, and only when the plan uses them (a plan without them gets the sheet it always got). */
const OUTPUT_COLUMN: SheetColumn = { header: "Sản phẩm", key: "output", width: 28 };
const COST_COLUMN: SheetColumn = { header: "Kinh phí (đồng)", key: "cost", width: 16, numFmt: COST_FORMAT };

export function activityColumns(plan: PlanDocument): SheetColumn[] {
  return [...ACTIVITY_COLUMNS, ...(usesOutput(plan) ? [OUTPUT_COLUMN] : []), ...(usesCost(plan) ? [COST_COLUMN] : [])];
}

const HEADER_ROW = 2;

function activityRow(phase: PhaseItem, activity: ActivityItem, today: CalendarDate) {
  return {
    phase: `${phase.code}. ${phase.title}`,
    stt: activity.stt,
    content: activity.content,
    lead: activity.leadUnit.name,
    supporters: activity.supporters.map((unit) => unit.name).join("; "),
    start: excelDate(activity.start),
    end: excelDate(activity.end),
    output: activity.output,
    cost: activity.cost,
    status: ACTIVITY_STATUS_LABELS[activity.status],
    overdue: isOverdue(activity, today) ? "Có" : "",
    progress: activity.progress,
    actualStart: excelDate(activity.actualStart),
    actualEnd: excelDate(activity.actualEnd),
    result: activity.result,
    lastUpdateAt: excelDateTime(activity.lastUpdateAt),
  };
}

/** "Tổng cộng" under the body: a live SUM of the Kinh phí column (with its value cached, for readers that do not calculate). */
function addCostTotal(sheet: ExcelJS.Worksheet, columns: SheetColumn[], firstRow: number, lastRow: number, total: number | null) {
  const column = columns.findIndex((c) => c.key === "cost") + 1;
  const letter = sheet.getColumn(column).letter;
  const row = sheet.addRow({ content: "Tổng cộng" });
  row.getCell(column).value = { formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`, result: total ?? 0 };
  row.getCell(column).numFmt = COST_FORMAT;
  row.font = { name: "Times New Roman", size: 12, bold: true };
}

export async function planActivitiesToXlsx(plan: PlanDocument, today: CalendarDate, asOf: Date = new Date()): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.title = plan.displayTitle;
  const sheet = workbook.addWorksheet("Hoạt động");
  const columns = activityColumns(plan);
  const number = plan.numberLabel ? ` (số ${plan.numberLabel})` : "";
  addTitle(sheet, `${plan.displayTitle}${number} — tình hình đến ngày ${formatDate(today)}`, columns.length);
  sheet.columns = columns.map(({ key, width }) => ({ key, width }));
  const header = sheet.getRow(HEADER_ROW);
  header.values = columns.map((column) => column.header);
  styleHeaderRow(header, columns.length);
  for (const phase of plan.phases) {
    for (const activity of phase.activities) {
      sheet.addRow(activityRow(phase, activity, today));
      for (const sub of activity.subTasks) sheet.addRow(activityRow(phase, sub, today));
    }
  }
  const lastBodyRow = sheet.rowCount;
  styleBody(sheet, HEADER_ROW + 1, columns);
  if (usesCost(plan)) addCostTotal(sheet, columns, HEADER_ROW + 1, lastBodyRow, planCost(plan));
  freezeAndFilter(sheet, HEADER_ROW, columns.length);
  setUpPrinting(sheet, { headerRow: HEADER_ROW, asOf });
  return toBuffer(workbook);
}
