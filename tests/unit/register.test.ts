// The register's pure rules: gaps in a year's series of numbers, the issue date's bounds, the print setup every
// Excel export gets (A4, fit to width, print titles, the as-of footer), and the numbering schemas.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { gapLabel, registerEntries } from "@/lib/plans/register-gaps";
import { checkIssueDate } from "@/lib/plans/service/register";
import { asOfLine, setUpPrinting } from "@/lib/documents/xlsx/cells";
import { correctPlanNumberSchema, issuePlanSchema } from "@/lib/plans/schemas";
import { updateOrganizationSchema } from "@/lib/organizations/schemas";

const plans = (...numbers: number[]) => numbers.map((number) => ({ number }));
const shape = (entries: ReturnType<typeof registerEntries>) => entries.map((e) => (e.kind === "gap" ? `${e.from}-${e.to}` : e.plan.number));

describe("gaps in the register", () => {
  it("flags each run of missing numbers from 1, in number order", () => {
    expect(shape(registerEntries(plans(5, 1, 2, 9)))).toEqual([1, 2, "3-4", 5, "6-8", 9]);
    expect(shape(registerEntries(plans(3)))).toEqual(["1-2", 3]);
    expect(shape(registerEntries(plans(1, 2, 3)))).toEqual([1, 2, 3]);
    expect(shape(registerEntries([]))).toEqual([]);
  });

  it("names a gap as the register writes numbers", () => {
    expect(gapLabel({ from: 3, to: 3 })).toBe("Thiếu số 03");
    expect(gapLabel({ from: 3, to: 12 })).toBe("Thiếu số 03–12");
  });
});

describe("the issue date from the register", () => {
  it("is not after today and not before the approval", () => {
    expect(checkIssueDate("2026-05-10", "2026-05-10", "2026-05-08")).toBeNull();
    expect(checkIssueDate("2026-05-08", "2026-05-10", "2026-05-08")).toBeNull();
    expect(checkIssueDate("2026-05-11", "2026-05-10", null)).toBe("Ngày ban hành không được sau hôm nay (10/05/2026).");
    expect(checkIssueDate("2026-05-07", "2026-05-10", "2026-05-08")).toBe("Ngày ban hành không được trước ngày phê duyệt (08/05/2026).");
  });
});

describe("the numbering schemas", () => {
  const base = { planId: "0195d6f0-0000-7000-8000-000000000001", version: "3", comment: "" };
  it("issue: number and date are optional, typed as the form sends them; a bad one names its field", () => {
    expect(issuePlanSchema.parse({ ...base, number: "", issueDate: "" })).toMatchObject({ number: undefined, issueDate: undefined });
    expect(issuePlanSchema.parse({ ...base, number: "12", issueDate: "2026-05-03" })).toMatchObject({ number: 12, issueDate: "2026-05-03" });
    const bad = issuePlanSchema.safeParse({ ...base, number: "12a", issueDate: "03/05/2026" });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["issueDate", "number"]);
    expect(issuePlanSchema.safeParse({ ...base, number: "0" }).success).toBe(false);
  });

  it("Sửa số: a reason is required, the symbol is upper-cased and checked", () => {
    const input = { planId: base.planId, version: "3", number: "7", symbol: "kh-skhcn", issueDate: "2026-05-03", reason: "Khớp sổ" };
    expect(correctPlanNumberSchema.parse(input)).toMatchObject({ number: 7, symbol: "KH-SKHCN" });
    expect(correctPlanNumberSchema.safeParse({ ...input, reason: " " }).error?.issues[0]?.path).toEqual(["reason"]);
    expect(correctPlanNumberSchema.safeParse({ ...input, symbol: "KH SKHCN" }).error?.issues[0]?.path).toEqual(["symbol"]);
  });

  it("the organisation's numbering source is one of the two, or left unchanged", () => {
    const org = { version: 1, name: "Sở", headerName: "SỞ", parentName: "UBND", code: "SKHCN", place: "Lạng Sơn" };
    expect(updateOrganizationSchema.parse({ ...org, numberingSource: "EXTERNAL" }).numberingSource).toBe("EXTERNAL");
    expect(updateOrganizationSchema.parse(org).numberingSource).toBeUndefined();
    expect(updateOrganizationSchema.safeParse({ ...org, numberingSource: "OTHER" }).error?.issues[0]?.message).toBe("Chọn nguồn cấp số.");
  });
});

describe("Excel ready to print", () => {
  it("A4, fit to one page wide, the header rows on every page, the as-of moment and page number in the footer", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Thử");
    sheet.addRow(["Tiêu đề"]);
    sheet.addRow(["TT", "Nội dung"]);
    const asOf = new Date("2026-05-03T07:05:00.000Z"); // 14:05 in Vietnam
    setUpPrinting(sheet, { headerRow: 2, asOf });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const back = read.worksheets[0]!;
    expect(back.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
    expect(back.headerFooter.oddFooter).toContain("Số liệu đến ngày 03/05/2026 14:05");
    expect(back.headerFooter.oddFooter).toContain("Trang &P/&N");
    expect(asOfLine(asOf)).toBe("Số liệu đến ngày 03/05/2026 14:05");
  });
});
