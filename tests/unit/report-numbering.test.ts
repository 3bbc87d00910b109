import { describe, expect, it } from "vitest";
import { reportHeadings } from "@/lib/documents/report-numbering";

const none = { assessment: "", shortcomings: "", proposals: "" };

describe("reportHeadings: a report's own numbering", () => {
  it("numbers the phases 1., 2. under I, then the summary with a), b)", () => {
    const headings = reportHeadings(["Phát động (từ ngày 03-14/5/2022)", "Hoạt động chính (từ ngày 15-20/5/2022)"], none);
    expect(headings.results).toBe("I. KẾT QUẢ THỰC HIỆN");
    expect(headings.phases).toEqual(["1. Phát động (từ ngày 03-14/5/2022)", "2. Hoạt động chính (từ ngày 15-20/5/2022)"]);
    expect(headings.summary).toBe("3. Tổng hợp");
    expect(headings.summaryParts).toEqual({ progress: "a) Tiến độ chung", units: "b) Theo đơn vị chủ trì" });
    expect(headings.sections).toEqual([]);
  });

  it("numbers II, III, IV in the fixed order when all three sections have text", () => {
    const headings = reportHeadings(["A"], { proposals: " Đề nghị UBND tỉnh ", assessment: "Hoàn thành tốt", shortcomings: "Chậm" });
    expect(headings.sections).toEqual([
      { key: "assessment", heading: "II. ĐÁNH GIÁ CHUNG", text: "Hoàn thành tốt" },
      { key: "shortcomings", heading: "III. TỒN TẠI, HẠN CHẾ", text: "Chậm" },
      { key: "proposals", heading: "IV. ĐỀ XUẤT, KIẾN NGHỊ", text: "Đề nghị UBND tỉnh" },
    ]);
  });

  it("omits an empty (or blank) section and numbers the next one in its place", () => {
    const headings = reportHeadings([], { assessment: "  \n ", shortcomings: "", proposals: "Kiến nghị" });
    expect(headings.sections.map((s) => s.heading)).toEqual(["II. ĐỀ XUẤT, KIẾN NGHỊ"]);
    expect(headings.summary).toBe("1. Tổng hợp");
  });
});
