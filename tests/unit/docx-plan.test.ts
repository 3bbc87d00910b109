import { beforeAll, describe, expect, it } from "vitest";
import { planToDocx } from "@/lib/documents/docx/plan";
import type { PlanDocument } from "@/lib/plans/document";
import { plan2022, plan2022Draft } from "@/tests/support/plan-2022-document";
import { openDocx, paragraphWithText, paragraphs, tables, type DocxParts } from "@/tests/support/docx-xml";

const HEADER_CELLS = ["Stt", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"];
const attr = (xml: string, element: string, name: string) => xml.match(new RegExp(`<${element} [^>]*w:${name}="([^"]*)"`))?.[1];
const phaseTables = (xml: string) => tables(xml).filter((t) => t[0]?.[0]?.[0] === "Stt");

describe("planToDocx: the 2022 plan, Số 12/KH-SKHCN", () => {
  let docx: DocxParts;
  let texts: string[];
  beforeAll(async () => {
    docx = await openDocx(await planToDocx(plan2022().plan));
    texts = paragraphs(docx.document);
  });

  it("is A4 portrait with margins 20/20/30/15 mm", () => {
    expect(attr(docx.document, "w:pgSz", "w")).toBe("11906");
    expect(attr(docx.document, "w:pgSz", "h")).toBe("16838");
    expect(attr(docx.document, "w:pgMar", "top")).toBe("1134");
    expect(attr(docx.document, "w:pgMar", "bottom")).toBe("1134");
    expect(attr(docx.document, "w:pgMar", "left")).toBe("1701");
    expect(attr(docx.document, "w:pgMar", "right")).toBe("850");
  });

  it("numbers pages in the header from page 2 on", () => {
    expect(docx.document).toContain("<w:titlePg/>");
    expect(docx.headers.default).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(docx.headers.first).not.toContain("PAGE");
    expect(docx.settings).not.toMatch(/<w:evenAndOddHeaders(?! w:val="false")/);
  });

  it("sets Times New Roman, black, 14 pt and Vietnamese as the defaults", () => {
    const defaults = docx.styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? "";
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:color w:val="000000"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    expect(docx.document).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it("puts the organisation and the national motto side by side", () => {
    const [organisation, nation] = tables(docx.document)[0]![0]!;
    expect(organisation!.filter(Boolean)).toEqual(["UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 12/KH-SKHCN"]);
    expect(nation!.filter(Boolean)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 03 tháng 5 năm 2022"]);
    expect(paragraphWithText(docx.document, "Lạng Sơn, ngày 03 tháng 5 năm 2022")).toContain("<w:i/>");
    // The lines under the organisation, the motto and the title are bottom borders.
    expect(docx.document.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(3);
  });

  it("names the document and its title, then the legal basis in italics", () => {
    const kind = texts.indexOf("KẾ HOẠCH");
    expect(kind).toBeGreaterThan(0);
    expect(texts[kind + 1]).toBe("Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022");
    expect(paragraphWithText(docx.document, "KẾ HOẠCH")).toContain("<w:b/>");
    const basis = "Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 của Văn phòng UBND tỉnh về việc tổ chức Ngày KH&CN Việt Nam năm 2022.";
    expect(paragraphWithText(docx.document, basis)).toContain("<w:i/>");
  });

  it("builds the sections as the plan page does", () => {
    const sectionOrder = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích:", "II. CHỦ ĐỀ VÀ CÁC KHẨU HIỆU TUYÊN TRUYỀN", "III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC", "1. Nội dung", "2. Hình thức và phân công tổ chức thực hiện"];
    const positions = sectionOrder.map((text) => texts.indexOf(text));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(texts[texts.indexOf("1. Mục đích:") + 1]).toBe("- Tiếp tục biểu dương và tôn vinh những nhà khoa học, đội ngũ cán bộ KH&CN.");
    expect(texts).toContain("2. Yêu cầu: Các hoạt động Chào mừng Ngày Khoa học và Công nghệ Việt Nam được tổ chức ý nghĩa, thiết thực, tiết kiệm và hiệu quả. Tăng cường ứng dụng công nghệ thông tin để kết nối, lan tỏa các hoạt động chào mừng Ngày KH&CN Việt Nam năm 2022.");
    expect(texts).toContain("1. Chủ đề: “Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi, phát triển kinh tế- xã hội”.");
    expect(texts).toContain("2. Khẩu hiệu: “Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5”");
  });

  it("writes one table per phase under its heading, one row per activity", () => {
    expect(texts).toContain("2.1. Hoạt động chào mừng trước Ngày KH&CN Việt Nam (từ ngày 03-14/5/2022)");
    expect(texts).toContain("2.2. Tuần lễ trọng tâm chào mừng Ngày KH&CN Việt Nam (từ ngày 14-19/5/2022)");
    const [first, second] = phaseTables(docx.document);
    expect(first!.map((row) => row.length)).toEqual([6, 6, 6, 6]);
    expect(second).toHaveLength(5);
    expect(first![0]!.map((cell) => cell.join(""))).toEqual(HEADER_CELLS);
    expect(docx.document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    const row2 = first![2]!;
    expect(row2[0]).toEqual(["2"]);
    expect(row2[2]).toEqual(["Phòng Quản lý công nghệ và đổi mới sáng tạo"]);
    expect(row2[3]).toEqual(["Báo Lạng Sơn", "Đài Phát thanh và Truyền hình tỉnh"]);
    expect(row2[4]).toEqual(["03-14/5/2022"]);
    // Content lines are paragraphs of their own.
    expect(first![3]![1]).toHaveLength(2);
    expect(first![3]![1]![1]).toBe("- Tuyên truyền, đẩy mạnh các hoạt động của Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn");
  });

  it("writes the sub-tasks of activity 2.2.4 as lines the import reads back", () => {
    const row = phaseTables(docx.document)[1]![4]!;
    expect(row[0]).toEqual(["4"]);
    expect(row[1]).toEqual([
      "Tổ chức Hội thảo khoa học với chủ đề “Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi, phát triển kinh tế- xã hội”.",
      "- Xây dựng kế hoạch tổ chức Hội thảo. (chủ trì: Văn phòng Sở)",
      "- Phối hợp với các phòng chuyên môn, các đơn vị tham mưu văn bản gửi các đơn vị liên quan chuẩn bị nội dung tham luận theo chủ đề. (chủ trì: Phòng Quản lý khoa học; phối hợp: Các phòng chuyên môn, đơn vị trực thuộc Sở)",
      "- Chủ trì phối hợp với Đài phát thanh và truyền hình chuẩn bị video phóng sự thời lượng 15 phút trình chiếu tại Hội thảo theo chủ đề. (chủ trì: Phòng Quản lý công nghệ và đổi mới sáng tạo; phối hợp: Đài Phát thanh và Truyền hình tỉnh)",
    ]);
    expect(row[2]).toEqual(["Văn phòng Sở"]);
    expect(row[3]).toEqual(["Phòng Quản lý khoa học", "Phòng Quản lý công nghệ và đổi mới sáng tạo", "Đài Phát thanh và Truyền hình tỉnh"]);
    expect(row[5]).toEqual(["Dự kiến tổ chức ngày 18/5/2022"]);
  });

  it("ends with the closing text, the recipients and the signer", () => {
    const closing = texts.findIndex((t) => t.startsWith("Trên đây là kế hoạch"));
    const signature = tables(docx.document).at(-1)![0]!;
    expect(closing).toBeGreaterThan(0);
    expect(signature[0]).toEqual(["Nơi nhận:", "- Lãnh đạo Sở;", "- Các phòng, đơn vị trực thuộc Sở;", "- Lưu: VT, VP."]);
    expect(signature[1]!.filter(Boolean)).toEqual(["GIÁM ĐỐC", "Nguyễn Thị Hà"]);
    expect(paragraphWithText(docx.document, "Nơi nhận:")).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    // A paragraph between two tables keeps Word from merging them.
    expect(docx.document).not.toMatch(/<\/w:tbl><w:tbl>/);
  });

  it("carries the plan's title and Kehoach as author in the file's properties", () => {
    expect(docx.core).toContain("<dc:title>Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022</dc:title>");
    expect(docx.core).toContain("<dc:creator>Kehoach</dc:creator>");
  });
});

describe("planToDocx: other plans", () => {
  it("leaves the number and the date blank on a draft", async () => {
    const docx = await openDocx(await planToDocx(plan2022Draft()));
    const texts = paragraphs(docx.document);
    expect(texts.find((t) => t.startsWith("Số:"))).toMatch(/^Số: \.{8}\/KH-SKHCN$/);
    expect(texts).toContain("Lạng Sơn, ngày      tháng      năm 2022");
    expect(texts.join("\n")).not.toContain("12/KH-SKHCN");
  });

  it("takes every name from the plan and writes what is missing plainly", async () => {
    const base = plan2022().plan;
    const plan: PlanDocument = {
      ...base,
      organization: { name: "Sở KH&CN Cao Bằng", headerName: "Sở Khoa học và Công nghệ", parentName: "UBND tỉnh Cao Bằng", code: "SKHCN", place: "Cao Bằng" },
      place: "Cao Bằng",
      purposes: [],
      slogans: ["Khẩu hiệu một", "Khẩu hiệu hai"],
      contentItems: [],
      signerAuthority: "KT. Giám đốc",
      signerTitle: "Phó Giám đốc",
      signerName: "Bế Văn Hùng",
      phases: [{ ...base.phases[0]!, activities: [] }],
    };
    const docx = await openDocx(await planToDocx(plan));
    const texts = paragraphs(docx.document);
    expect(texts).toEqual(expect.arrayContaining(["UBND TỈNH CAO BẰNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Cao Bằng, ngày 03 tháng 5 năm 2022"]));
    expect(texts.join("\n")).not.toMatch(/Lạng Sơn,/);
    expect(texts).toContain("1. Yêu cầu: " + base.requirements[0]);
    expect(texts.slice(texts.indexOf("2. Khẩu hiệu:"), texts.indexOf("2. Khẩu hiệu:") + 3)).toEqual(["2. Khẩu hiệu:", "- “Khẩu hiệu một”", "- “Khẩu hiệu hai”"]);
    expect(texts).toContain("1. Hình thức và phân công tổ chức thực hiện");
    expect(texts).toContain("(Chưa có hoạt động)");
    expect(phaseTables(docx.document)).toHaveLength(0);
    expect(tables(docx.document).at(-1)![0]![1]!.filter(Boolean)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bế Văn Hùng"]);
  });
});
