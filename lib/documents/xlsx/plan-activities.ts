// A plan's activities as a worksheet for tracking and filtering in Excel:
// one row per activity, sub-tasks as "4.1", "4.2" under their parent.
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
  newWorkbook,
  styleBody,
  styleHeaderRow,
  toBuffer,
  type SheetColumn,
} from "./cells";

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
    status: ACTIVITY_STATUS_LABELS[activity.status],
    overdue: isOverdue(activity, today) ? "Có" : "",
    progress: activity.progress,
    actualStart: excelDate(activity.actualStart),
    actualEnd: excelDate(activity.actualEnd),
    result: activity.result,
    lastUpdateAt: excelDateTime(activity.lastUpdateAt),
  };
}

export async function planActivitiesToXlsx(plan: PlanDocument, today: CalendarDate): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.title = plan.displayTitle;
  const sheet = workbook.addWorksheet("Hoạt động");
  const number = plan.numberLabel ? ` (số ${plan.numberLabel})` : "";
  addTitle(sheet, `${plan.displayTitle}${number} — tình hình đến ngày ${formatDate(today)}`, ACTIVITY_COLUMNS.length);
  sheet.columns = ACTIVITY_COLUMNS.map(({ key, width }) => ({ key, width }));
  const header = sheet.getRow(HEADER_ROW);
  header.values = ACTIVITY_COLUMNS.map((column) => column.header);
  styleHeaderRow(header, ACTIVITY_COLUMNS.length);
  for (const phase of plan.phases) {
    for (const activity of phase.activities) {
      sheet.addRow(activityRow(phase, activity, today));
      for (const sub of activity.subTasks) sheet.addRow(activityRow(phase, sub, today));
    }
  }
  styleBody(sheet, HEADER_ROW + 1, ACTIVITY_COLUMNS);
  freezeAndFilter(sheet, HEADER_ROW, ACTIVITY_COLUMNS.length);
  return toBuffer(workbook);
}
