// The plan's own Kinh phí, read from its budget section: the total ("Tổng kinh
// phí: 185.500.000 đồng", "Kinh phí tổ chức 05 Hội nghị: 42.500.000 đồng") and
// its source ("từ nguồn kinh phí sự nghiệp khoa học và công nghệ năm 2024").
// The section's text is kept as written either way; these are extra fields.
import { parseCost } from "@/lib/money";
import type { PlanSection } from "@/lib/plans/snapshot";

const AMOUNT = /kinh phí[^:.]{0,80}:\s*(\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn)?\s*(?:đồng|đ)?)/iu;
const SOURCE = /nguồn(?:\s+kinh phí)?\s*:?\s*([^.;(]+)/iu;

export function readBudget(sections: readonly PlanSection[]): { budgetAmount: number | null; budgetSource: string } {
  const text = sections
    .filter((section) => section.kind === "BUDGET")
    .flatMap((section) => section.paragraphs)
    .join("\n");
  const amount = AMOUNT.exec(text);
  const source = SOURCE.exec(text);
  return {
    budgetAmount: amount ? parseCost(amount[1]!.trim()) : null,
    budgetSource: source ? source[1]!.trim().replace(/\s+/g, " ").slice(0, 300) : "",
  };
}
