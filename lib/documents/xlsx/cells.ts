// Shared settings of the exported workbooks: real Excel dates, a title row,
// a frozen bold header with a filter, wrapped text.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { formatDateTime, wallClockInVietnam, type CalendarDate } from "@/lib/dates";

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

/** "Số liệu đến ngày 01/12/2026 14:05" (Vietnam time): when the figures were read. */
export function asOfLine(asOf: Date): string {
  return `Số liệu đến ngày ${formatDateTime(asOf)}`;
}

/** Text in a printed header or footer: "&" starts a code there, so a literal one is doubled. */
const footerText = (text: string) => text.replaceAll("&", "&&");

/**
 * Ready to print on A4: fit to the page's width (as many pages down as needed), the rows down to the header row
 * repeated on every printed page, and on each page's foot the moment the figures are from and the page number.
 */
export function setUpPrinting(sheet: ExcelJS.Worksheet, options: { headerRow: number; asOf: Date; orientation?: "portrait" | "landscape" }): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: options.orientation ?? "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${options.headerRow}`,
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: `&L&"Times New Roman,Regular"&10${footerText(asOfLine(options.asOf))}&R&"Times New Roman,Regular"&10Trang &P/&N`,
  };
}

/**
 * Text a spreadsheet could take for a formula once someone edits the cell or
 * saves the sheet as CSV: "=1+1", "+84 912 345 678", "-5", "@SUM(A1)", a
 * leading tab or carriage return (OWASP's list), and the full-width signs
 * some input methods type.
 */
const FORMULA_LIKE = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
export const isFormulaLike = (text: string) => FORMULA_LIKE.test(text);

/** Excel's built-in "Text" number format (id 49); the marker for the quote prefix below. */
export const TEXT_FORMAT = "@";
const TEXT_FORMAT_ID = 49;

/** Formula-like text cells keep their text but are formatted as Text: typing over them stays text too. */
function markFormulaLikeText(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.String && isFormulaLike(cell.value as string)) cell.numFmt = TEXT_FORMAT;
      }),
    ),
  );
}

/**
 * ExcelJS cannot write the cell style's quotePrefix (what Excel stores when
 * someone types '=1+1): add it to every style in Text format, i.e. to exactly
 * the formula-like cells marked above. Excel and LibreOffice then show the
 * text as typed, with the apostrophe only in the edit line.
 */
async function addQuotePrefix(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = zip.file("xl/styles.xml");
  if (!styles) return xlsx;
  const xml = await styles.async("string");
  const marked = xml.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (cellXfs) =>
    cellXfs.replace(new RegExp(`<xf numFmtId="${TEXT_FORMAT_ID}"(?![^>]*quotePrefix)`, "g"), `<xf numFmtId="${TEXT_FORMAT_ID}" quotePrefix="1"`),
  );
  if (marked === xml) return xlsx;
  zip.file("xl/styles.xml", marked);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every workbook Kehoach sends leaves through here, so no export can carry a live formula-like cell. */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  markFormulaLikeText(workbook);
  return addQuotePrefix(Buffer.from(await workbook.xlsx.writeBuffer()));
}
