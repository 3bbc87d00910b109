// How a report numbers its headings (as the department's reports do):
// "I. KẾT QUẢ THỰC HIỆN", under it one "1.", "2." per phase and a last
// "n. Tổng hợp" with "a)", "b)"; then "II. ĐÁNH GIÁ CHUNG", "III. TỒN TẠI,
// HẠN CHẾ", "IV. ĐỀ XUẤT, KIẾN NGHỊ", only those with text, numbered in turn.
// The plan's own phase codes (2.1, 2.2 …) belong to the plan, not to the report.
import { roman } from "@/lib/plans/outline";

export const REPORT_SECTION_KEYS = ["assessment", "shortcomings", "proposals"] as const;
export type ReportSectionKey = (typeof REPORT_SECTION_KEYS)[number];

export const REPORT_SECTION_HEADINGS: Record<ReportSectionKey, string> = {
  assessment: "ĐÁNH GIÁ CHUNG",
  shortcomings: "TỒN TẠI, HẠN CHẾ",
  proposals: "ĐỀ XUẤT, KIẾN NGHỊ",
};

export type ReportSectionTexts = Record<ReportSectionKey, string>;

export type ReportHeadings = {
  results: string;
  /** One per phase, in order: "1. Phát động (từ ngày …)". */
  phases: string[];
  summary: string;
  summaryParts: { progress: string; units: string };
  /** The sections with text, in the fixed order, each with its Roman number. */
  sections: { key: ReportSectionKey; heading: string; text: string }[];
};

export function reportHeadings(phaseTitles: string[], texts: ReportSectionTexts): ReportHeadings {
  const present = REPORT_SECTION_KEYS.filter((key) => texts[key].trim() !== "");
  return {
    results: `${roman(1)}. KẾT QUẢ THỰC HIỆN`,
    phases: phaseTitles.map((title, index) => `${index + 1}. ${title}`),
    summary: `${phaseTitles.length + 1}. Tổng hợp`,
    summaryParts: { progress: "a) Tiến độ chung", units: "b) Theo đơn vị chủ trì" },
    sections: present.map((key, index) => ({ key, heading: `${roman(index + 2)}. ${REPORT_SECTION_HEADINGS[key]}`, text: texts[key].trim() })),
  };
}
