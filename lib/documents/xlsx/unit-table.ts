// The dashboard's table by unit as a worksheet: what each unit leads and
// supports, with on-time rates as real percentages.
import type { UnitFigures } from "@/lib/dashboard/counting";
import { addTitle, freezeAndFilter, newWorkbook, setUpPrinting, styleBody, styleHeaderRow, toBuffer, type SheetColumn } from "./cells";

export type UnitTableRow = {
  unitName: string;
  lead: UnitFigures;
  support: UnitFigures;
  onTimeLead: number | null; // 0–100, null when nothing is due yet
  onTimeSupport: number | null;
};

const figureColumns = (prefix: string): SheetColumn[] => [
  { header: "Tổng", key: `${prefix}Total`, width: 9, centre: true },
  { header: "Đã xong", key: `${prefix}Done`, width: 9, centre: true },
  { header: "Đang làm", key: `${prefix}InProgress`, width: 9, centre: true },
  { header: "Quá hạn", key: `${prefix}Overdue`, width: 9, centre: true },
  { header: "Đúng hạn (%)", key: `${prefix}OnTime`, width: 10, numFmt: "0%", centre: true },
];

export const UNIT_COLUMNS: SheetColumn[] = [{ header: "Đơn vị", key: "unit", width: 45 }, ...figureColumns("lead"), ...figureColumns("support")];

const GROUP_ROW = 2;
const HEADER_ROW = 3;

const figures = (prefix: string, f: UnitFigures, onTime: number | null) => ({
  [`${prefix}Total`]: f.total,
  [`${prefix}Done`]: f.done,
  [`${prefix}InProgress`]: f.inProgress,
  [`${prefix}Overdue`]: f.overdue,
  [`${prefix}OnTime`]: onTime === null ? null : onTime / 100,
});

export async function unitTableToXlsx(rows: UnitTableRow[], title: string, asOf: Date = new Date()): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.title = title;
  const sheet = workbook.addWorksheet("Đơn vị");
  addTitle(sheet, title, UNIT_COLUMNS.length);
  sheet.columns = UNIT_COLUMNS.map(({ key, width }) => ({ key, width }));
  // Two header rows: "Chủ trì" and "Phối hợp" over their five figures each.
  sheet.getRow(GROUP_ROW).values = ["Đơn vị", "Chủ trì", "", "", "", "", "Phối hợp"];
  sheet.getRow(HEADER_ROW).values = UNIT_COLUMNS.map((column) => column.header);
  sheet.mergeCells(GROUP_ROW, 1, HEADER_ROW, 1);
  sheet.mergeCells(GROUP_ROW, 2, GROUP_ROW, 6);
  sheet.mergeCells(GROUP_ROW, 7, GROUP_ROW, 11);
  styleHeaderRow(sheet.getRow(GROUP_ROW), UNIT_COLUMNS.length);
  styleHeaderRow(sheet.getRow(HEADER_ROW), UNIT_COLUMNS.length);
  for (const row of rows) {
    sheet.addRow({ unit: row.unitName, ...figures("lead", row.lead, row.onTimeLead), ...figures("support", row.support, row.onTimeSupport) });
  }
  styleBody(sheet, HEADER_ROW + 1, UNIT_COLUMNS);
  freezeAndFilter(sheet, HEADER_ROW, UNIT_COLUMNS.length, 1);
  setUpPrinting(sheet, { headerRow: HEADER_ROW, asOf });
  return toBuffer(workbook);
}
