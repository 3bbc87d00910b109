// The plan's outline (lib/plans/outline.ts): validated at every boundary, a plan
// without one reads as the fixed layout it always had, and the editor's
// operations keep it valid.
import { describe, expect, it } from "vitest";
import {
  defaultOutline,
  contentHasSubHeading,
  droppedParts,
  outlineExtraSections,
  phaseLabel,
  phaseNumberingOf,
  phasesAsWritten,
  phasesWithPrintedCodes,
  planOutlineSchema,
  readOutline,
  savePlanOutlineSchema,
  sectionHeadingText,
  type PlanOutline,
} from "@/lib/plans/outline";
import { addSection, moveSection, placeTable, removeSection, updateSection } from "@/lib/plans/outline-edit";
import { plan2022 } from "@/tests/support/plan-2022-document";
import { phaseHeading, phaseNumberText } from "@/lib/documents/format";

const ORGANISATION = { label: "IV", heading: "TỔ CHỨC THỰC HIỆN", kind: "ORGANISATION" as const, paragraphs: ["1. Văn phòng Sở: tổng hợp, báo cáo trước ngày 25/5."] };

function sample(): PlanOutline {
  return {
    sections: [
      { key: "s1", label: "I", heading: "MỤC ĐÍCH, YÊU CẦU", level: 0, holds: "PURPOSES_REQUIREMENTS" },
      { key: "s2", label: "II", heading: "NỘI DUNG", level: 0, holds: "CONTENT" },
      { key: "t", label: "", heading: "", level: 1, holds: "ACTIVITIES", numbering: "DECIMAL" },
      { key: "s3", label: "III", heading: "TỔ CHỨC THỰC HIỆN", level: 0, holds: "TEXT", kind: "ORGANISATION", paragraphs: ["Văn phòng Sở tổng hợp."] },
    ],
    appendix: null,
  };
}

describe("planOutlineSchema", () => {
  it("accepts an outline with the table in a section, and one with it in the appendix", () => {
    expect(planOutlineSchema.safeParse(sample()).success).toBe(true);
    const inAppendix = { sections: sample().sections.filter((s) => s.holds !== "ACTIVITIES"), appendix: { title: "PHỤ LỤC", reference: "(Kèm theo Kế hoạch số 09/KH-SKHCN)" } };
    expect(planOutlineSchema.safeParse(inAppendix).success).toBe(true);
  });

  it("refuses the table in both places or in neither, a part twice, a repeated key and a section without a heading", () => {
    const both = { ...sample(), appendix: { title: "PHỤ LỤC", reference: "" } };
    const neither = { sections: sample().sections.filter((s) => s.holds !== "ACTIVITIES"), appendix: null };
    const twice = { ...sample(), sections: [...sample().sections, { key: "s9", label: "V", heading: "NỘI DUNG KHÁC", level: 0, holds: "CONTENT" as const }] };
    const sameKey = { ...sample(), sections: [...sample().sections, { ...sample().sections[3]!, label: "IV" }] };
    const noHeading = { ...sample(), sections: sample().sections.map((s) => (s.key === "s3" ? { ...s, heading: "   " } : s)) };
    for (const outline of [both, neither, twice, sameKey, noHeading]) expect(planOutlineSchema.safeParse(outline).success).toBe(false);
  });

  it("reads a stored value defensively: none, or anything invalid, is the fixed layout", () => {
    expect(readOutline(null)).toBeNull();
    expect(readOutline({ sections: "x" })).toBeNull();
    expect(readOutline(sample())).toEqual(sample());
  });

  it("takes the outline from a form's JSON text or an API's object", () => {
    const base = { planId: "0190b8a4-3c6f-7000-8000-000000000001", version: "3" };
    expect(savePlanOutlineSchema.parse({ ...base, outline: JSON.stringify(sample()) }).outline).toEqual(sample());
    expect(savePlanOutlineSchema.parse({ ...base, outline: sample() }).version).toBe(3);
    expect(savePlanOutlineSchema.safeParse({ ...base, outline: "{not json" }).success).toBe(false);
  });
});

describe("defaultOutline: a plan without an outline", () => {
  it("is the 2022 layout: I, II, III and the table as III.2", () => {
    const outline = defaultOutline(plan2022().plan);
    expect(outline.sections.map(sectionHeadingText)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. CHỦ ĐỀ VÀ CÁC KHẨU HIỆU TUYÊN TRUYỀN",
      "III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC",
      "2. Hình thức và phân công tổ chức thực hiện",
    ]);
    expect(outline.appendix).toBeNull();
    expect(planOutlineSchema.safeParse(outline).success).toBe(true);
  });

  it("leaves out empty parts and numbers kept sections on after the plan's own", () => {
    const plan = { ...plan2022().plan, theme: "", slogans: [], contentItems: [], extraSections: [ORGANISATION] };
    expect(defaultOutline(plan).sections.map(sectionHeadingText)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC",
      "1. Hình thức và phân công tổ chức thực hiện",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("keeps the stored phase numbers when there is no outline, and numbers them by the section otherwise", () => {
    const plan = plan2022().plan;
    expect(phasesAsWritten(plan, null).map((p) => p.code)).toEqual(["2.1", "2.2"]);
    const numbered = { outline: null, phases: [{ code: "2.1", title: "1. Hoạt động hưởng ứng" }] };
    expect(phasesAsWritten(numbered, null)).toEqual([{ code: "2.1", title: "Hoạt động hưởng ứng" }]);
    const titled = { outline: sample(), phases: [{ code: "2.1", title: "1. Hoạt động hưởng ứng" }, { code: "2.2", title: "Tuần lễ cao điểm" }] };
    expect(phasesAsWritten(titled, sample().sections[2]!)).toEqual([
      { code: "1", title: "Hoạt động hưởng ứng" },
      { code: "2", title: "Tuần lễ cao điểm" },
    ]);
    expect(phasesAsWritten(titled, null).map((p) => p.code)).toEqual(["I", "II"]);
  });
});

describe("phase numbering as written", () => {
  it("is read from the first phase heading", () => {
    expect(phaseNumberingOf("a) Hoạt động trước ngày 18/5 (từ ngày 22/4 đến ngày 15/5/2024)")).toBe("LETTER");
    expect(phaseNumberingOf("2.1. Hoạt động chào mừng")).toBe("NESTED");
    expect(phaseNumberingOf("1. Các hoạt động hưởng ứng")).toBe("DECIMAL");
    expect(phaseNumberingOf("II. CÁC HOẠT ĐỘNG TRỌNG TÂM")).toBe("ROMAN");
    expect(phaseNumberingOf("Các hoạt động")).toBeUndefined();
  });

  it("numbers phases under their section", () => {
    expect(phaseLabel({ label: "2", level: 1, numbering: "LETTER" }, 3)).toBe("c)");
    expect(phaseLabel({ label: "2", level: 1 }, 1)).toBe("2.1");
    expect(phaseLabel({ label: "III", level: 0, numbering: "NESTED" }, 2)).toBe("2");
    expect(phaseLabel({ label: "", level: 1 }, 2)).toBe("2");
  });
});

describe("the phase editor's numbers (phasesWithPrintedCodes)", () => {
  const stored = [
    { id: "p1", code: "2.1", title: "1. Hoạt động hưởng ứng", start: "2024-04-21", end: "2024-05-14" },
    { id: "p2", code: "2.2", title: "Tuần lễ cao điểm", start: "2024-05-15", end: "2024-05-20" },
  ];
  const withTable = (numbering: "DECIMAL" | "LETTER" | "ROMAN"): PlanOutline => ({
    ...sample(),
    sections: sample().sections.map((s) => (s.holds === "ACTIVITIES" ? { ...s, numbering } : s)),
  });
  const headings = (outline: PlanOutline | null) => phasesWithPrintedCodes({ outline, phases: stored }).map((p) => phaseNumberText(p.code));
  /** What the documents print before each phase's title (phaseHeading, as the DOCX and the print view write it). */
  const printed = (outline: PlanOutline | null) =>
    phasesAsWritten({ outline, phases: stored }, outline ? (outline.sections.find((s) => s.holds === "ACTIVITIES") ?? null) : null).map((p) => phaseHeading(p).split(" ")[0]);

  it("are the numbers the document prints: “1.”, “a)”, “I.” by the section's numbering, I, II in the appendix, stored codes without an outline", () => {
    expect(headings(withTable("DECIMAL"))).toEqual(["1.", "2."]);
    expect(headings(withTable("LETTER"))).toEqual(["a)", "b)"]);
    expect(headings(withTable("ROMAN"))).toEqual(["I.", "II."]);
    expect(headings(null)).toEqual(["2.1.", "2.2."]);
    const appendix: PlanOutline = { sections: sample().sections.filter((s) => s.holds !== "ACTIVITIES"), appendix: { title: "PHỤ LỤC", reference: "" } };
    expect(phasesWithPrintedCodes({ outline: appendix, phases: stored }).map((p) => p.code)).toEqual(["I", "II"]);
    for (const outline of [withTable("DECIMAL"), withTable("LETTER"), withTable("ROMAN"), null]) expect(headings(outline)).toEqual(printed(outline));
  });

  it("keep each phase's stored title and fields: the editor edits what is stored", () => {
    const [first] = phasesWithPrintedCodes({ outline: withTable("LETTER"), phases: stored });
    expect(first).toEqual({ ...stored[0], code: "a)" });
  });
});

describe("contentHasSubHeading", () => {
  it("prints “1. Nội dung” in the fixed layout, and with an outline only when the table follows as part 2", () => {
    const outline = sample();
    expect(contentHasSubHeading({ outline: null }, defaultOutline(plan2022().plan), { key: "content" })).toBe(true);
    expect(contentHasSubHeading({ outline }, outline, { key: "s2" })).toBe(false);
    const asPart2 = { ...outline, sections: outline.sections.map((s) => (s.key === "t" ? { ...s, label: "2", heading: "Hình thức tổ chức" } : s)) };
    expect(contentHasSubHeading({ outline: asPart2 }, asPart2, { key: "s2" })).toBe(true);
  });
});

describe("sectionHeadingText", () => {
  it("writes the label as the document does, never twice", () => {
    expect(sectionHeadingText({ label: "IV", heading: "TỔ CHỨC THỰC HIỆN" })).toBe("IV. TỔ CHỨC THỰC HIỆN");
    expect(sectionHeadingText({ label: "IV.", heading: "TỔ CHỨC THỰC HIỆN" })).toBe("IV. TỔ CHỨC THỰC HIỆN");
    expect(sectionHeadingText({ label: "a", heading: "Văn phòng Sở" })).toBe("a) Văn phòng Sở");
    expect(sectionHeadingText({ label: "-", heading: "Các đơn vị" })).toBe("- Các đơn vị");
    expect(sectionHeadingText({ label: "", heading: "KINH PHÍ" })).toBe("KINH PHÍ");
  });
});

describe("the editor's operations", () => {
  it("moves a section up and down, and not past either end", () => {
    const up = moveSection(sample(), "s3", -1);
    expect(up.sections.map((s) => s.key)).toEqual(["s1", "s2", "s3", "t"]);
    const outline = sample();
    expect(moveSection(outline, "s1", -1)).toBe(outline);
    expect(moveSection(outline, "s3", 1)).toBe(outline);
    expect(moveSection(outline, "s1", 1).sections.map((s) => s.key)).toEqual(["s2", "s1", "t", "s3"]);
  });

  it("adds a kept section numbered on, renames and removes it; the table's entry is not removed", () => {
    const added = addSection(sample());
    const section = added.sections.at(-1)!;
    expect(section).toMatchObject({ label: "IV", heading: "", holds: "TEXT", level: 0 });
    const renamed = updateSection(added, section.key, { label: "V", heading: "KINH PHÍ", kind: "BUDGET", paragraphs: ["Từ nguồn sự nghiệp KH&CN."] });
    expect(planOutlineSchema.safeParse(renamed).success).toBe(true);
    expect(outlineExtraSections(renamed).map((s) => `${s.label}. ${s.heading} (${s.kind})`)).toEqual(["III. TỔ CHỨC THỰC HIỆN (ORGANISATION)", "V. KINH PHÍ (BUDGET)"]);
    expect(removeSection(renamed, section.key).sections).toHaveLength(4);
    expect(removeSection(renamed, "t").sections).toHaveLength(5);
  });

  it("moves the table to the appendix and back with its place and heading", () => {
    const { outline: inAppendix, kept } = placeTable(sample(), "APPENDIX", null);
    expect(inAppendix.appendix?.title).toBe("PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG");
    expect(inAppendix.sections.some((s) => s.holds === "ACTIVITIES")).toBe(false);
    expect(planOutlineSchema.safeParse(inAppendix).success).toBe(true);
    const back = placeTable(inAppendix, "BODY", kept).outline;
    expect(back.appendix).toBeNull();
    expect(back.sections.find((s) => s.holds === "ACTIVITIES")).toEqual(sample().sections[2]);
    expect(planOutlineSchema.safeParse(back).success).toBe(true);
  });

  it("names the fixed parts that would lose their text", () => {
    const plan = plan2022().plan;
    const withoutPurposes = { ...sample(), sections: sample().sections.filter((s) => s.key !== "s1") };
    expect(droppedParts(sample(), plan)).toEqual(["Chủ đề, khẩu hiệu"]);
    expect(droppedParts(withoutPurposes, { ...plan, theme: "", slogans: [] })).toEqual(["Mục đích, yêu cầu"]);
  });
});
