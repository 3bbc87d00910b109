// Shared settings of the exported workbooks: real Excel dates, a title row,
// a frozen bold header with a filter, wrapped text.
import ExcelJS from "exceljs";
import { wallClockInVietnam, type CalendarDate } from "@/lib/dates";

export const DATE_FORMAT = "dd/mm/yyyy";
export const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

/** A calendar date as the Date exceljs stores as that day (UTC midnight). */
export function excelDate(value: CalendarDate | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/**
 * An instant as Excel should show it: Excel has no time zones, so the wall
 * time in Asia/Ho_Chi_Minh is written as if it were UTC.
 */
export function excelDateTime(value: Date | null): Date | null {
  if (!value) return null;
  const t = wallClockInVietnam(value);
  return new Date(Date.UTC(Number(t.year), Number(t.month) - 1, Number(t.day), Number(t.hour), Number(t.minute), Number(t.second)));
}

export type SheetColumn = { header: string; key: string; width: number; numFmt?: string; centre?: boolean };

const FONT = { name: "Times New Roman", size: 12 };
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kehoach";
  workbook.created = new Date();
  return workbook;
}

/** Row 1: the title across every column. */
export function addTitle(sheet: ExcelJS.Worksheet, title: string, columnCount: number): void {
  sheet.mergeCells(1, 1, 1, columnCount);
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { ...FONT, size: 14, bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  sheet.getRow(1).height = 36;
}

export function styleHeaderRow(row: ExcelJS.Row, columnCount: number): void {
  for (let c = 1; c <= columnCount; c++) {
    const cell = row.getCell(c);
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    cell.border = BORDER;
  }
}

/** Body rows from `firstRow` on: font, borders, wrapped text at the top of the cell. */
export function styleBody(sheet: ExcelJS.Worksheet, firstRow: number, columns: SheetColumn[]): void {
  for (let r = firstRow; r <= sheet.rowCount; r++) {
    columns.forEach((column, index) => {
      const cell = sheet.getRow(r).getCell(index + 1);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: column.centre ? "center" : undefined };
      if (column.numFmt) cell.numFmt = column.numFmt;
    });
  }
}

/** Frozen rows above the body, a filter on the last header row. */
export function freezeAndFilter(sheet: ExcelJS.Worksheet, headerRow: number, columnCount: number, frozenColumns = 0): void {
  sheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: frozenColumns }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columnCount } };
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
