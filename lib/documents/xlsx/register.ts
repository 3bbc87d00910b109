// Sổ đăng ký kế hoạch as a worksheet: the same rows as the register page (lib/plans/register-queries.ts), by
// number, a gap in the series as its own row, ready to print on A4.
import type { RegisterView } from "@/lib/plans/register-queries";
import { gapLabel } from "@/lib/plans/register-gaps";
import { PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { REGISTER_KIND_LABELS as KIND_LABELS } from "@/lib/plans/register-gaps";
import { addTitle, asOfLine, DATE_FORMAT, excelDate, freezeAndFilter, newWorkbook, setUpPrinting, styleBody, styleHeaderRow, toBuffer, type SheetColumn } from "./cells";

export const REGISTER_COLUMNS: SheetColumn[] = [
  { header: "Số, ký hiệu", key: "number", width: 18, centre: true },
  { header: "Ngày ban hành", key: "issueDate", width: 14, numFmt: DATE_FORMAT, centre: true },
  { header: "Loại", key: "kind", width: 11, centre: true },
  { header: "Trích yếu", key: "title", width: 56 },
  { header: "Người ký", key: "signer", width: 30 },
  { header: "Trạng thái", key: "status", width: 16 },
  { header: "Bản đã ký", key: "signed", width: 11, centre: true },
];

const AS_OF_ROW = 2;
export const REGISTER_HEADER_ROW = 3;

export async function registerToXlsx(register: RegisterView, organizationName: string, asOf: Date = new Date()): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = `Sổ đăng ký kế hoạch năm ${register.year} – ${organizationName}`;
  workbook.title = title;
  const sheet = workbook.addWorksheet(`Năm ${register.year}`);
  addTitle(sheet, title, REGISTER_COLUMNS.length);
  sheet.columns = REGISTER_COLUMNS.map(({ key, width }) => ({ key, width }));
  sheet.mergeCells(AS_OF_ROW, 1, AS_OF_ROW, REGISTER_COLUMNS.length);
  const gaps = register.gapCount ? `; ${register.gapCount} chỗ thiếu số` : "";
  sheet.getCell(AS_OF_ROW, 1).value = `${asOfLine(asOf)} · ${register.planCount} kế hoạch${register.reportCount ? `, ${register.reportCount} báo cáo` : ""} có số${gaps}`;
  sheet.getRow(REGISTER_HEADER_ROW).values = REGISTER_COLUMNS.map((column) => column.header);
  styleHeaderRow(sheet.getRow(REGISTER_HEADER_ROW), REGISTER_COLUMNS.length);
  for (const entry of register.entries) {
    if (entry.kind === "gap") {
      const row = sheet.addRow({ number: gapLabel(entry), title: "Không có trong Kehoach: đối chiếu sổ đăng ký văn bản" });
      row.font = { name: "Times New Roman", size: 12, italic: true };
      continue;
    }
    const { plan } = entry;
    sheet.addRow({
      number: plan.numberLabel,
      issueDate: excelDate(plan.issueDate),
      kind: KIND_LABELS[plan.kind],
      title: plan.title,
      signer: plan.signer,
      status: PLAN_STATUS_LABELS[plan.status],
      signed: plan.signedCopy === null ? "—" : plan.signedCopy ? "Có" : "Chưa",
    });
  }
  styleBody(sheet, REGISTER_HEADER_ROW + 1, REGISTER_COLUMNS);
  // Gap rows keep their italics over the body style.
  sheet.eachRow((row, n) => {
    if (n > REGISTER_HEADER_ROW && String(row.getCell(1).value ?? "").startsWith("Thiếu số")) row.eachCell((cell) => (cell.font = { name: "Times New Roman", size: 12, italic: true, color: { argb: "FF9A3412" } }));
  });
  freezeAndFilter(sheet, REGISTER_HEADER_ROW, REGISTER_COLUMNS.length);
  setUpPrinting(sheet, { headerRow: REGISTER_HEADER_ROW, asOf, orientation: "landscape" });
  return toBuffer(workbook);
}
