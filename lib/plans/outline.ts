// The plan's body in the document's own order and words: each section with its
// label as written ("I", "1", "a", "-"), its heading, its nesting level and what
// it holds: a well-known part read from the plan's fixed fields (purposes and
// requirements, theme and slogans, content), the activity table, or text kept
// as written (Tổ chức thực hiện, Kinh phí, any other). The activity table sits
// either in a section (an entry holding ACTIVITIES) or in an appendix after the
// signature, with the appendix's own title and "(Kèm theo Kế hoạch số …)" line.
//
// A plan without an outline (every plan made before it, the 2022 reference)
// reads as defaultOutline(plan): the fixed layout it always had, numbered as it
// always was, so its documents stay the same to the letter.
import { z } from "zod";
import type { PlanSection, PlanTexts } from "@/lib/plans/snapshot";
import { phaseLabel, phaseTitleText, roman } from "@/lib/plans/outline-text";

export { appendixReference, newSectionKey, phaseLabel, phaseNumberingOf, phaseTitleText, roman, sectionHeadingText } from "@/lib/plans/outline-text";

export const OUTLINE_HOLDS = ["PURPOSES_REQUIREMENTS", "THEME_SLOGANS", "CONTENT", "ACTIVITIES", "TEXT"] as const;
export type OutlineHolds = (typeof OUTLINE_HOLDS)[number];
export const SECTION_KINDS = ["ORGANISATION", "BUDGET", "OTHER"] as const;

/** What an entry holds that reads one of the plan's fixed fields (or the activity table): at most once each. */
const SINGLE_HOLDS: OutlineHolds[] = ["PURPOSES_REQUIREMENTS", "THEME_SLOGANS", "CONTENT", "ACTIVITIES"];

export const outlineSectionSchema = z.object({
  /** Stable within the outline (the editor's rows); not shown. */
  key: z.string().trim().min(1).max(40),
  label: z.string().trim().max(12, "Số thứ tự của mục tối đa 12 ký tự."),
  heading: z.string().trim().max(300, "Tên mục tối đa 300 ký tự."),
  /** 0: a section (I, II …); 1: a part inside the section above it (1, 2 …); 2: a part of that part (a, b …). */
  level: z.number().int().min(0).max(2),
  holds: z.enum(OUTLINE_HOLDS),
  /** TEXT only: what the section is about, for reports and search. */
  kind: z.enum(SECTION_KINDS).optional(),
  /** TEXT only: its paragraphs and "- " items, as written. */
  paragraphs: z.array(z.string().max(5000, "Một đoạn tối đa 5000 ký tự.")).max(300).optional(),
  /** ACTIVITIES only: how the document numbers its phases: 2.1, 2.2 (NESTED); 1, 2 (DECIMAL); a), b) (LETTER); I, II (ROMAN). */
  numbering: z.enum(["NESTED", "DECIMAL", "LETTER", "ROMAN"]).optional(),
});
export type OutlineSection = z.infer<typeof outlineSectionSchema>;

export const outlineAppendixSchema = z.object({
  title: z.string().trim().min(1, "Nhập tiêu đề phụ lục.").max(300),
  /** "(Kèm theo Kế hoạch số …, ngày …)" as written; empty: made from the plan's number and date. */
  reference: z.string().trim().max(300),
});
export type OutlineAppendix = z.infer<typeof outlineAppendixSchema>;

export const planOutlineSchema = z
  .object({
    sections: z.array(outlineSectionSchema).max(80, "Kế hoạch có tối đa 80 mục."),
    appendix: outlineAppendixSchema.nullable(),
  })
  .superRefine((outline, ctx) => {
    const keys = new Set<string>();
    for (const [index, section] of outline.sections.entries()) {
      if (keys.has(section.key)) ctx.addIssue({ code: "custom", path: ["sections", index, "key"], message: "Hai mục trùng khóa." });
      keys.add(section.key);
      if (section.holds !== "ACTIVITIES" && !section.heading) ctx.addIssue({ code: "custom", path: ["sections", index, "heading"], message: "Nhập tên mục." });
    }
    for (const holds of SINGLE_HOLDS) {
      if (outline.sections.filter((s) => s.holds === holds).length > 1) ctx.addIssue({ code: "custom", path: ["sections"], message: "Mỗi phần của kế hoạch chỉ có một mục." });
    }
    const tables = outline.sections.filter((s) => s.holds === "ACTIVITIES").length;
    if (outline.appendix ? tables !== 0 : tables !== 1) {
      ctx.addIssue({ code: "custom", path: ["appendix"], message: "Bảng hoạt động nằm ở một mục hoặc ở phụ lục, không ở cả hai." });
    }
  });
export type PlanOutline = z.infer<typeof planOutlineSchema>;

/** The stored JSON, read defensively: anything that is not a valid outline reads as none (the fixed layout). */
export function readOutline(value: unknown): PlanOutline | null {
  if (value === null || value === undefined) return null;
  const parsed = planOutlineSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

type OutlineSource = Pick<PlanTexts, "purposes" | "requirements" | "theme" | "slogans" | "contentItems"> & { extraSections: PlanSection[] };

/** The layout a plan without an outline has always had (lib/documents/docx/plan.ts before outlines), as an outline. */
export function defaultOutline(plan: OutlineSource): PlanOutline {
  const sections: OutlineSection[] = [];
  const top = (key: string, heading: string, holds: OutlineHolds) =>
    sections.push({ key, label: roman(sections.filter((s) => s.level === 0).length + 1), heading, level: 0, holds });
  if (plan.purposes.length || plan.requirements.length) top("purposes", "MỤC ĐÍCH, YÊU CẦU", "PURPOSES_REQUIREMENTS");
  if (plan.theme || plan.slogans.length) top("theme", "CHỦ ĐỀ VÀ CÁC KHẨU HIỆU TUYÊN TRUYỀN", "THEME_SLOGANS");
  top("content", "NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC", "CONTENT");
  sections.push({ key: "activities", label: plan.contentItems.length ? "2" : "1", heading: "Hình thức và phân công tổ chức thực hiện", level: 1, holds: "ACTIVITIES" });
  // Kept sections are numbered on after the plan's own (their own labels were those of another layout).
  plan.extraSections.forEach((extra, i) => {
    sections.push({ ...textSection(`extra-${i + 1}`, extra), label: roman(sections.filter((s) => s.level === 0).length + 1) });
  });
  return { sections, appendix: null };
}

export function textSection(key: string, section: PlanSection): OutlineSection {
  return { key, label: section.label, heading: section.heading, level: 0, holds: "TEXT", kind: section.kind, paragraphs: section.paragraphs };
}

/** The outline the documents follow: the plan's own, else the fixed layout. */
export function outlineOf(plan: OutlineSource & { outline: PlanOutline | null }): PlanOutline {
  return plan.outline ?? defaultOutline(plan);
}

/** The kept sections of an outline, in its order: what Plan.extraSections holds alongside it (snapshots, reports). */
export function outlineExtraSections(outline: PlanOutline): PlanSection[] {
  return outline.sections
    .filter((s) => s.holds === "TEXT")
    .map((s) => ({ label: s.label, heading: s.heading, kind: s.kind ?? "OTHER", paragraphs: s.paragraphs ?? [] }));
}

/**
 * The phases as the document numbers them: without an outline, their stored numbers ("2.1") as always; under an
 * activity section, numbered by it; in the appendix (section null), I, II, III as group rows.
 */
export function phasesAsWritten<P extends { code: string; title: string }>(plan: { outline: PlanOutline | null; phases: P[] }, section: Pick<OutlineSection, "label" | "level" | "numbering"> | null): P[] {
  // A title typed with its own number ("1. Hoạt động …") is printed once: "2.1. Hoạt động …", never "2.1. 1. Hoạt động …".
  if (!plan.outline) return plan.phases.map((phase) => ({ ...phase, title: phaseTitleText(phase.title) }));
  return plan.phases.map((phase, i) => ({ ...phase, code: phaseLabel(section, i + 1), title: phaseTitleText(phase.title) }));
}

/**
 * The phases with the number the documents print for each (the plan page, the print view, the DOCX): the stored code
 * without an outline; else as the outline's activity section numbers them ("1", "a)", "I"), or I, II in the appendix.
 * Titles stay as stored: this is for the editor, which shows the printed number but edits the stored title.
 */
export function phasesWithPrintedCodes<P extends { code: string; title: string }>(plan: { outline: PlanOutline | null; phases: P[] }): P[] {
  if (!plan.outline) return plan.phases;
  const section = plan.outline.sections.find((s) => s.holds === "ACTIVITIES") ?? null;
  if (!section && !plan.outline.appendix) return plan.phases;
  const printed = phasesAsWritten(plan, section);
  return plan.phases.map((phase, i) => ({ ...phase, code: printed[i]!.code }));
}

/** JSON text (a form's hidden field) or an object (an API body): the outline, validated. */
const outlineInput = z.preprocess((value) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}, planOutlineSchema);

export const savePlanOutlineSchema = z.object({
  planId: z.uuid(),
  version: z.coerce.number().int().min(1),
  outline: outlineInput,
});
export type SavePlanOutlineInput = z.infer<typeof savePlanOutlineSchema>;

/** The fixed parts that have text but no section in the outline: their text would no longer print. */
export function droppedParts(outline: PlanOutline, plan: Pick<PlanTexts, "purposes" | "requirements" | "theme" | "slogans" | "contentItems">): string[] {
  const has = (holds: OutlineHolds) => outline.sections.some((s) => s.holds === holds);
  const dropped: string[] = [];
  if ((plan.purposes.length || plan.requirements.length) && !has("PURPOSES_REQUIREMENTS")) dropped.push("Mục đích, yêu cầu");
  if ((plan.theme || plan.slogans.length) && !has("THEME_SLOGANS")) dropped.push("Chủ đề, khẩu hiệu");
  if (plan.contentItems.length && !has("CONTENT")) dropped.push("Nội dung");
  return dropped;
}

/**
 * Whether the content section prints its items under "1. Nội dung": in the fixed layout always (as the 2022 plan),
 * with an outline only when the activity table follows it as its part "2" (the same shape); otherwise the items
 * stand under the section's own heading, as the document wrote them.
 */
export function contentHasSubHeading(plan: { outline: PlanOutline | null }, outline: PlanOutline, section: Pick<OutlineSection, "key">): boolean {
  if (!plan.outline) return true;
  const next = outline.sections[outline.sections.findIndex((s) => s.key === section.key) + 1];
  return next?.holds === "ACTIVITIES" && next.level > 0 && next.label.replace(/[.)]+$/, "") === "2";
}
