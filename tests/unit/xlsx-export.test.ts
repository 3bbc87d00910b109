import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { ACTIVITY_COLUMNS, planActivitiesToXlsx } from "@/lib/documents/xlsx/plan-activities";
import { unitTableToXlsx } from "@/lib/documents/xlsx/unit-table";
import { excelDateTime, isFormulaLike } from "@/lib/documents/xlsx/cells";
import type { UnitFigures } from "@/lib/dashboard/counting";
import { REPORT_DAY_2022, plan2022 } from "@/tests/support/plan-2022-document";
import { FORMULA_LIKE_TEXTS, PHONE, formulaLikePlan, formulaLikeUnitRows, hasQuotePrefix } from "@/tests/support/formula-like";

async function readSheet(buffer: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

const column = (key: string) => ACTIVITY_COLUMNS.findIndex((c) => c.key === key) + 1;

describe("planActivitiesToXlsx", () => {
  it("writes a title, a header and one row per activity and sub-task", async () => {
    const sheet = await readSheet(await planActivitiesToXlsx(plan2022().plan, REPORT_DAY_2022), "Hoạt động");
    expect(String(sheet.getCell("A1").value)).toBe(
      "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022 (số 12/KH-SKHCN) — tình hình đến ngày 20/05/2022",
    );
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      "Giai đoạn", "Stt", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Bắt đầu", "Kết thúc", "Trạng thái",
      "Quá hạn", "Tiến độ (%)", "Thực hiện từ", "Thực hiện đến", "Kết quả", "Cập nhật lần cuối",
    ]);
    expect(sheet.rowCount).toBe(2 + 7 + 3);
    const stts = Array.from({ length: 10 }, (_, i) => sheet.getRow(3 + i).getCell(column("stt")).value);
    expect(stts).toEqual(["1", "2", "3", "1", "2", "3", "4", "4.1", "4.2", "4.3"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it("writes dates as real Excel dates and progress as numbers", async () => {
    const sheet = await readSheet(await planActivitiesToXlsx(plan2022().plan, REPORT_DAY_2022), "Hoạt động");
    const workshop = sheet.getRow(9); // 2.2, activity 4
    expect(workshop.getCell(column("phase")).value).toBe("2.2. Tuần lễ trọng tâm chào mừng Ngày KH&CN Việt Nam");
    expect(workshop.getCell(column("content")).value).toBe(
      "Tổ chức Hội thảo khoa học với chủ đề “Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi, phát triển kinh tế- xã hội”.",
    );
    expect(workshop.getCell(column("supporters")).value).toBe(
      "Phòng Quản lý khoa học; Phòng Quản lý công nghệ và đổi mới sáng tạo; Đài Phát thanh và Truyền hình tỉnh",
    );
    const start = workshop.getCell(column("start"));
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString()).toBe("2022-05-14T00:00:00.000Z");
    expect(start.numFmt).toBe("dd/mm/yyyy");
    expect((workshop.getCell(column("actualStart")).value as Date).toISOString()).toBe("2022-05-16T00:00:00.000Z");
    // Updated 2022-05-16T10:00Z: 17:00 on the wall clocks of Hà Nội.
    const updated = workshop.getCell(column("lastUpdateAt"));
    expect((updated.value as Date).toISOString()).toBe("2022-05-16T17:00:00.000Z");
    expect(updated.numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(workshop.getCell(column("progress")).value).toBe(100);
    expect(workshop.getCell(column("status")).value).toBe("Hoàn thành");
  });

  it("marks overdue rows and leaves the others blank", async () => {
    const sheet = await readSheet(await planActivitiesToXlsx(plan2022().plan, REPORT_DAY_2022), "Hoạt động");
    const overdue = Array.from({ length: 10 }, (_, i) => sheet.getRow(3 + i).getCell(column("overdue")).value ?? "");
    expect(overdue).toEqual(["", "", "Có", "", "Có", "Có", "", "", "", ""]);
    expect(sheet.getRow(5).getCell(column("progress")).value).toBe(60);
    expect(sheet.getRow(5).getCell(column("actualStart")).value ?? null).toBeNull();
  });

  it("writes wall time in Asia/Ho_Chi_Minh whatever the instant's offset", () => {
    expect(excelDateTime(new Date("2022-05-31T18:30:00.000Z"))!.toISOString()).toBe("2022-06-01T01:30:00.000Z");
    expect(excelDateTime(null)).toBeNull();
  });
});

describe("unitTableToXlsx", () => {
  const figures = (total: number, done: number, inProgress: number, overdue: number, onTime: number): UnitFigures => ({
    total, done, inProgress, blocked: 0, overdue, onTime,
  });

  it("writes lead and support figures with on-time rates as percentages", async () => {
    const buffer = await unitTableToXlsx(
      [
        { unitName: "Phòng Quản lý công nghệ và đổi mới sáng tạo", lead: figures(5, 3, 1, 2, 3), support: figures(2, 1, 1, 0, 1), onTimeLead: 60, onTimeSupport: 100 },
        { unitName: "Đài Phát thanh và Truyền hình tỉnh", lead: figures(0, 0, 0, 0, 0), support: figures(3, 0, 3, 0, 0), onTimeLead: null, onTimeSupport: null },
      ],
      "Đơn vị — năm 2022",
    );
    const sheet = await readSheet(buffer, "Đơn vị");
    expect(sheet.getCell("A1").value).toBe("Đơn vị — năm 2022");
    expect(sheet.getCell("B2").value).toBe("Chủ trì");
    expect(sheet.getCell("G2").value).toBe("Phối hợp");
    expect((sheet.getRow(3).values as unknown[]).slice(2)).toEqual([
      "Tổng", "Đã xong", "Đang làm", "Quá hạn", "Đúng hạn (%)", "Tổng", "Đã xong", "Đang làm", "Quá hạn", "Đúng hạn (%)",
    ]);
    expect(sheet.rowCount).toBe(5);
    const first = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(first).toEqual(["Phòng Quản lý công nghệ và đổi mới sáng tạo", 5, 3, 1, 2, 0.6, 2, 1, 1, 0, 1]);
    expect(sheet.getRow(4).getCell(6).numFmt).toBe("0%");
    expect(sheet.getRow(5).getCell(6).value ?? null).toBeNull();
    expect(sheet.getRow(5).getCell(1).value).toBe("Đài Phát thanh và Truyền hình tỉnh");
  });
});

describe("formula-like text is written as text with a quote prefix", () => {
  const contentColumn = String.fromCharCode(64 + column("content"));
  const resultColumn = String.fromCharCode(64 + column("result"));

  it("in a plan's activities: the text as written, in Text format, quote-prefixed; other cells untouched", async () => {
    const buffer = await planActivitiesToXlsx(formulaLikePlan(), REPORT_DAY_2022);
    const sheet = await readSheet(buffer, "Hoạt động");
    for (const [i, text] of FORMULA_LIKE_TEXTS.entries()) {
      const cell = sheet.getCell(`${contentColumn}${3 + i}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.numFmt).toBe("@");
      expect(await hasQuotePrefix(buffer, 1, `${contentColumn}${3 + i}`)).toBe(true);
    }
    const phone = sheet.getCell(`${resultColumn}3`);
    expect([phone.type, phone.value, phone.numFmt]).toEqual([ExcelJS.ValueType.String, PHONE, "@"]);
    expect(await hasQuotePrefix(buffer, 1, `${resultColumn}3`)).toBe(true);
    // Ordinary text keeps the General format and no prefix.
    expect(sheet.getCell(`${contentColumn}9`).value).toMatch(/^Tổ chức Hội thảo/);
    expect(await hasQuotePrefix(buffer, 1, `${contentColumn}9`)).toBe(false);
    expect(await hasQuotePrefix(buffer, 1, "A3")).toBe(false);
  });

  it("in the table by unit", async () => {
    const buffer = await unitTableToXlsx(formulaLikeUnitRows(), "Đơn vị");
    const sheet = await readSheet(buffer, "Đơn vị");
    expect([4, 5, 6, 7].map((r) => sheet.getCell(`A${r}`).value)).toEqual(["@SUM(A1)", "-5", "=1+1", "Phòng Quản lý khoa học"]);
    expect([4, 5, 6, 7].map((r) => sheet.getCell(`A${r}`).type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(await Promise.all([4, 5, 6, 7].map((r) => hasQuotePrefix(buffer, 1, `A${r}`)))).toEqual([true, true, true, false]);
  });

  it("knows what a spreadsheet could take for a formula", () => {
    for (const text of [...FORMULA_LIKE_TEXTS, "\r=1", "＝1+1", "-", "+"]) expect(isFormulaLike(text), text).toBe(true);
    for (const text of ["Hội thảo - 2022", "1+1", " =1", "", "4.1"]) expect(isFormulaLike(text), text).toBe(false);
  });
});
