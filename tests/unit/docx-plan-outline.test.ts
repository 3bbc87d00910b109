// The DOCX follows the plan's outline: sections under their own numbers and
// headings in the document's order, phases numbered once, the appendix after the
// signature on a landscape page, and no table row split across pages.
import { describe, expect, it } from "vitest";
import { planToDocx } from "@/lib/documents/docx/plan";
import type { PlanDocument } from "@/lib/plans/document";
import type { PlanOutline } from "@/lib/plans/outline";
import { plan2022 } from "@/tests/support/plan-2022-document";
import { openDocx, paragraphs, tables } from "@/tests/support/docx-xml";

const ORGANISATION = { key: "s4", label: "IV", heading: "TỔ CHỨC THỰC HIỆN", level: 0, holds: "TEXT" as const, kind: "ORGANISATION" as const, paragraphs: ["Văn phòng Sở tổng hợp, báo cáo kết quả trước ngày 25/5/2022."] };
const FIXED = [
  { key: "s1", label: "I", heading: "MỤC ĐÍCH, YÊU CẦU", level: 0, holds: "PURPOSES_REQUIREMENTS" as const },
  { key: "s2", label: "II", heading: "CHỦ ĐỀ, KHẨU HIỆU", level: 0, holds: "THEME_SLOGANS" as const },
  { key: "s3", label: "III", heading: "NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", level: 0, holds: "CONTENT" as const },
];

function withOutline(outline: PlanOutline, change: Partial<PlanDocument> = {}): PlanDocument {
  return { ...plan2022().plan, outline, ...change };
}

const sectionProperties = (xml: string) => xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];

describe("planToDocx with an outline: the table in a section", () => {
  it("writes the sections in the outline's order under their own headings, and numbers phases once", async () => {
    const base = plan2022().plan;
    // Titles typed with their own number: printed "1. Hoạt động …", never "2.1. 1. Hoạt động …".
    const phases = base.phases.map((phase, i) => ({ ...phase, title: `${i + 1}. ${phase.title}` }));
    const outline: PlanOutline = {
      sections: [FIXED[0]!, ORGANISATION, FIXED[1]!, FIXED[2]!, { key: "t", label: "", heading: "", level: 1, holds: "ACTIVITIES", numbering: "DECIMAL" }],
      appendix: null,
    };
    const docx = await openDocx(await planToDocx(withOutline(outline, { phases })));
    const texts = paragraphs(docx.document);
    const order = ["I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở tổng hợp, báo cáo kết quả trước ngày 25/5/2022.", "II. CHỦ ĐỀ, KHẨU HIỆU", "III. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", "1. Hoạt động chào mừng trước Ngày KH&CN Việt Nam (từ ngày 03-14/5/2022)", "2. Tuần lễ trọng tâm chào mừng Ngày KH&CN Việt Nam (từ ngày 14-19/5/2022)"];
    const at = order.map((text) => texts.indexOf(text));
    expect(at.every((i) => i > 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The fixed headings of the 2022 layout are not printed over the document's own.
    expect(texts).not.toContain("III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC");
    expect(texts).not.toContain("2. Hình thức và phân công tổ chức thực hiện");
    expect(texts.some((text) => /^\d+(\.\d+)*\. \d+\. /.test(text))).toBe(false);
    expect(sectionProperties(docx.document)).toHaveLength(1);
  });

  it("keeps every row of every activity table on one page, the header row repeated", async () => {
    const outline: PlanOutline = { sections: [...FIXED, { key: "t", label: "2", heading: "Các hoạt động cụ thể", level: 1, holds: "ACTIVITIES" }], appendix: null };
    const docx = await openDocx(await planToDocx(withOutline(outline)));
    const grids = (docx.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).filter((table) => table.includes("Đơn vị chủ trì"));
    expect(grids).toHaveLength(2);
    for (const grid of grids) {
      const rows = grid.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows.every((row) => row.includes("<w:cantSplit/>"))).toBe(true);
      expect(rows[0]).toContain("<w:tblHeader/>");
      expect(rows.slice(1).some((row) => row.includes("<w:tblHeader/>"))).toBe(false);
    }
    expect(paragraphs(docx.document)).toContain("2.1. Hoạt động chào mừng trước Ngày KH&CN Việt Nam (từ ngày 03-14/5/2022)");
  });
});

describe("planToDocx with an outline: the table in an appendix", () => {
  const outline: PlanOutline = { sections: [...FIXED, ORGANISATION], appendix: { title: "PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG", reference: "" } };

  it("puts the appendix after the signature, in a landscape section of its own", async () => {
    const docx = await openDocx(await planToDocx(withOutline(outline)));
    const [body, appendix] = sectionProperties(docx.document);
    expect(body).not.toContain('w:orient="landscape"');
    expect(appendix).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
    expect(appendix).toContain('<w:type w:val="nextPage"/>');
    const texts = paragraphs(docx.document);
    const signer = texts.indexOf("Nguyễn Thị Hà");
    const title = texts.indexOf("PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG");
    expect(signer).toBeGreaterThan(0);
    expect(title).toBeGreaterThan(signer);
    // Made from the plan's number and date, as NĐ 30 writes it.
    expect(texts[title + 1]).toBe("(Kèm theo Kế hoạch số 12/KH-SKHCN ngày 3/5/2022 của Sở Khoa học và Công nghệ tỉnh Lạng Sơn)");
    expect(texts).not.toContain("2.1. Hoạt động chào mừng trước Ngày KH&CN Việt Nam (từ ngày 03-14/5/2022)");
  });

  it("writes one table with a group row I, II per phase and every row unsplittable", async () => {
    const docx = await openDocx(await planToDocx(withOutline(outline)));
    const table = tables(docx.document).find((t) => t[0]?.[0]?.[0] === "Stt")!;
    expect(table[0]!.map((cell) => cell.join(""))).toEqual(["Stt", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"]);
    expect(table[1]).toEqual([["I"], ["Hoạt động chào mừng trước Ngày KH&CN Việt Nam (từ ngày 03-14/5/2022)"]]);
    expect(table.filter((row) => row.length === 2).map((row) => row[0]![0])).toEqual(["I", "II"]);
    expect(table).toHaveLength(1 + 2 + 3 + 4);
    const grid = docx.document.match(/<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?>Stt<[\s\S]*?<\/w:tbl>/)![0];
    expect(grid).toContain('<w:gridSpan w:val="5"/>');
    expect((grid.match(/<w:tr[ >]/g) ?? []).length).toBe((grid.match(/<w:cantSplit\/>/g) ?? []).length);
  });

  it("writes the reference line as the document wrote it, and Sản phẩm only when used", async () => {
    const base = plan2022().plan;
    const phases = base.phases.map((phase) => ({ ...phase, activities: phase.activities.map((a, i) => ({ ...a, output: i === 0 ? "Chuyên mục" : "" })) }));
    const written = { ...outline, appendix: { title: "PHỤ LỤC", reference: "(Kèm theo Kế hoạch số 09/KH-SKHCN ngày 12/4/2024)" } };
    const docx = await openDocx(await planToDocx(withOutline(written, { phases })));
    expect(paragraphs(docx.document)).toContain("(Kèm theo Kế hoạch số 09/KH-SKHCN ngày 12/4/2024)");
    const table = tables(docx.document).find((t) => t[0]?.[0]?.[0] === "Stt")!;
    expect(table[0]!.map((cell) => cell.join(""))).toContain("Sản phẩm");
    expect(table[2]![5]).toEqual(["Chuyên mục"]);
  });
});
