import { beforeAll, describe, expect, it } from "vitest";
import { reportToDocx } from "@/lib/documents/docx/report";
import { buildPlanReport } from "@/lib/documents/report-model";
import { REPORT_DAY_2022, plan2022 } from "@/tests/support/plan-2022-document";
import { openDocx, paragraphWithText, paragraphs, tables, type DocxParts } from "@/tests/support/docx-xml";

const EVIDENCE_URL = "https://skhcn.langson.gov.vn/tin-tuc/hoi-thao-khoa-hoc-cong-nghe-va-doi-moi-sang-tao-2022";

describe("reportToDocx: the 2022 plan on 20/5/2022", () => {
  let docx: DocxParts;
  let texts: string[];
  beforeAll(async () => {
    const { plan, facts } = plan2022();
    docx = await openDocx(await reportToDocx(buildPlanReport(plan, facts, REPORT_DAY_2022)));
    texts = paragraphs(docx.document);
  });

  it("uses the official layout of the plan", () => {
    expect(docx.document).toContain("<w:titlePg/>");
    expect(docx.headers.default).toContain("PAGE");
    const [organisation, nation] = tables(docx.document)[0]![0]!;
    expect(organisation!.filter(Boolean)).toEqual(["UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", expect.stringMatching(/^Số: \.{8}\/BC-SKHCN$/)]);
    expect(nation).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(texts[texts.indexOf("BÁO CÁO") + 1]).toBe(
      "Kết quả thực hiện Kế hoạch số 12/KH-SKHCN ngày 03/5/2022 về triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022",
    );
  });

  it("writes a result table per phase with sub-tasks as rows", () => {
    const results = tables(docx.document).filter((t) => t[0]?.[0]?.[0] === "Stt");
    expect(results).toHaveLength(2);
    expect(results[0]![0]!.map((cell) => cell.join(""))).toEqual(["Stt", "Nội dung", "Đơn vị chủ trì", "Trạng thái", "Thời gian thực hiện", "Kết quả, số liệu, minh chứng"]);
    expect(results[1]!.slice(1).map((row) => row[0]!.join(""))).toEqual(["1", "2", "3", "4", "4.1", "4.2", "4.3"]);
    const workshop = results[1]![4]!;
    expect(workshop[3]).toEqual(["Hoàn thành"]);
    expect(workshop[4]).toEqual(["16/5/2022"]);
    expect(workshop[5]).toContain("Ngày tổ chức thực tế: 16/5/2022");
    const overdue = results[0]![3]!;
    expect(overdue[3]).toEqual(["Đang thực hiện", "Quá hạn"]);
    expect(overdue[4]).toEqual(["03-14/5/2022 (kế hoạch)"]);
    expect(results[0]![1]![5]).toEqual([expect.stringMatching(/^Đăng 12 tin, bài/), "Số tin, bài: 12"]);
  });

  it("links the evidence", () => {
    const links = [...docx.document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
    expect(links).toHaveLength(1);
    expect(docx.relationships.get(links[0]![1]!)).toBe(EVIDENCE_URL);
    expect(links[0]![2]).toContain("Sở Khoa học và Công nghệ tổ chức Hội thảo");
  });

  it("sums up the plan and the work of each lead unit", () => {
    expect(texts).toEqual(
      expect.arrayContaining(["I. KẾT QUẢ THỰC HIỆN", "3. Tổng hợp", "- Đã hoàn thành: 4/7 hoạt động;", "- Đang thực hiện: 2;", "- Quá hạn (hết thời gian mà chưa xong): 3;", "- Vướng mắc: 0;", "- Đã hủy: 0."]),
    );
    const units = tables(docx.document).find((t) => t[0]?.[0]?.[0] === "Đơn vị")!;
    expect(units.map((row) => row.map((cell) => cell.join("")))).toEqual([
      ["Đơn vị", "Chủ trì", "Đã xong", "Quá hạn"],
      ["Phòng Quản lý công nghệ và đổi mới sáng tạo", "5", "3", "2"],
      ["Văn phòng Sở", "3", "3", "0"],
      ["Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm", "1", "0", "1"],
      ["Phòng Quản lý khoa học", "1", "1", "0"],
    ]);
  });

  it("ends with the recipients and the signer, apart from the unit table", () => {
    const signature = tables(docx.document).at(-1)![0]!;
    expect(signature[0]![0]).toBe("Nơi nhận:");
    expect(signature[1]!.filter(Boolean)).toEqual(["GIÁM ĐỐC", "Nguyễn Thị Hà"]);
    // A paragraph between two tables keeps Word from merging them.
    expect(docx.document).not.toMatch(/<\/w:tbl><w:tbl>/);
    expect(paragraphWithText(docx.document, "Nguyễn Thị Hà")).toContain("<w:b/>");
  });
});
