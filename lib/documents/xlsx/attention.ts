// Việc cần chú ý as a worksheet: the title with the organisation and the day
// it counts to, the active filters, then one row per activity in the page's
// order (most severe first), with real dates and numbers.
import type { AttentionRow } from "@/lib/activities/attention-queries";
import { ATTENTION_KIND_LABELS } from "@/lib/activities/attention";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { formatDate, type CalendarDate } from "@/lib/dates";
import { addTitle, DATE_FORMAT, DATE_TIME_FORMAT, excelDate, excelDateTime, freezeAndFilter, newWorkbook, setUpPrinting, styleBody, styleHeaderRow, toBuffer, type SheetColumn } from "./cells";

export const ATTENTION_COLUMNS: SheetColumn[] = [
  { header: "TT", key: "n", width: 6, centre: true },
  { header: "Kế hoạch", key: "plan", width: 34 },
  { header: "Số kế hoạch", key: "number", width: 16 },
  { header: "Mục", key: "phase", width: 7, centre: true },
  { header: "Stt", key: "stt", width: 7, centre: true },
  { header: "Hoạt động", key: "content", width: 50 },
  { header: "Đơn vị chủ trì", key: "lead", width: 28 },
  { header: "Thời gian", key: "window", width: 26 },
  { header: "Hạn", key: "end", width: 12, numFmt: DATE_FORMAT, centre: true },
  { header: "Cần chú ý", key: "kinds", width: 22 },
  { header: "Trạng thái", key: "status", width: 16 },
  { header: "Số ngày trễ", key: "late", width: 10, centre: true },
  { header: "Cập nhật gần nhất", key: "lastAt", width: 17, numFmt: DATE_TIME_FORMAT, centre: true },
  { header: "Người cập nhật", key: "lastBy", width: 28 },
];

const FILTER_ROW = 2;
const HEADER_ROW = 3;

export type AttentionSheet = { organizationName: string; today: CalendarDate; filtersText: string; rows: AttentionRow[]; total: number };

export async function attentionToXlsx(sheetData: AttentionSheet, asOf: Date = new Date()): Promise<Buffer> {
  const { organizationName, today, filtersText, rows, total } = sheetData;
  const workbook = newWorkbook();
  const title = `Việc cần chú ý – ${organizationName} – tính đến ngày ${formatDate(today)}`;
  workbook.title = title;
  const sheet = workbook.addWorksheet("Việc cần chú ý", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  addTitle(sheet, title, ATTENTION_COLUMNS.length);
  sheet.columns = ATTENTION_COLUMNS.map(({ key, width }) => ({ key, width }));
  sheet.mergeCells(FILTER_ROW, 1, FILTER_ROW, ATTENTION_COLUMNS.length);
  const more = total > rows.length ? ` · Có ${total} việc; tệp ghi ${rows.length} việc nghiêm trọng nhất, hãy lọc hẹp hơn để xem hết.` : "";
  sheet.getCell(FILTER_ROW, 1).value = `${filtersText}${more}`;
  sheet.getRow(HEADER_ROW).values = ATTENTION_COLUMNS.map((column) => column.header);
  styleHeaderRow(sheet.getRow(HEADER_ROW), ATTENTION_COLUMNS.length);
  rows.forEach((row, i) => {
    sheet.addRow({
      n: i + 1,
      plan: row.plan.displayTitle,
      number: row.plan.numberLabel ?? "",
      phase: row.phase.code,
      stt: row.stt,
      content: row.content,
      lead: row.leadUnit.name,
      window: row.window,
      end: excelDate(row.end),
      kinds: row.kinds.map((kind) => ATTENTION_KIND_LABELS[kind]).join(", "),
      status: ACTIVITY_STATUS_LABELS[row.status],
      late: row.daysLate || null,
      lastAt: excelDateTime(row.lastUpdate?.at ?? null),
      lastBy: row.lastUpdate?.author ?? "Chưa có báo cáo",
    });
  });
  styleBody(sheet, HEADER_ROW + 1, ATTENTION_COLUMNS);
  freezeAndFilter(sheet, HEADER_ROW, ATTENTION_COLUMNS.length, 0);
  setUpPrinting(sheet, { headerRow: HEADER_ROW, asOf });
  return toBuffer(workbook);
}
