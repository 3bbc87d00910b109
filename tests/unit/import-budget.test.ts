import { describe, expect, it } from "vitest";
import { readBudget } from "@/lib/documents/import/budget";
import type { PlanSection } from "@/lib/plans/snapshot";

const budget = (...paragraphs: string[]): PlanSection[] => [{ label: "IV", heading: "KINH PHÍ", kind: "BUDGET", paragraphs }];

describe("readBudget", () => {
  it("reads the total and the source of a budget section", () => {
    expect(
      readBudget(
        budget(
          "1. Tổng kinh phí: 185.500.000 đồng (Một trăm tám mươi lăm triệu, năm trăm nghìn đồng).",
          "2. Nguồn kinh phí: sự nghiệp khoa học và công nghệ năm 2024 (23.500.000 đồng) và năm 2025 (162.000.000 đồng).",
        ),
      ),
    ).toEqual({ budgetAmount: 185_500_000, budgetSource: "sự nghiệp khoa học và công nghệ năm 2024" });
  });

  it("reads an amount and a source written in one sentence", () => {
    expect(
      readBudget(budget("Kinh phí tổ chức 05 Hội nghị: 42.500.000 đồng (Bốn mươi hai triệu), từ nguồn kinh phí sự nghiệp khoa học và công nghệ năm 2024 của Sở, nhiệm vụ hỗ trợ.")),
    ).toEqual({ budgetAmount: 42_500_000, budgetSource: "sự nghiệp khoa học và công nghệ năm 2024 của Sở, nhiệm vụ hỗ trợ" });
  });

  it("keeps only the source when no amount is written, and nothing from other sections", () => {
    expect(readBudget(budget("Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước giao trong dự toán năm 2025 của Sở."))).toEqual({
      budgetAmount: null,
      budgetSource: "ngân sách nhà nước giao trong dự toán năm 2025 của Sở",
    });
    expect(readBudget([{ label: "V", heading: "TỔ CHỨC THỰC HIỆN", kind: "ORGANISATION", paragraphs: ["Văn phòng Sở: bảo đảm kinh phí: 5.000.000 đồng"] }])).toEqual({ budgetAmount: null, budgetSource: "" });
  });
});
