// How a plan's outline is numbered and written out: section headings, phase
// numbers, the appendix's reference line. No zod here (the schemas stay in
// lib/plans/outline.ts, which re-exports these): the plan editor and the
// import preview run these in the browser, and a module that builds a zod
// schema at load time brings all of zod (about 30 KB gzip) into their pages.
import type { OutlineAppendix, OutlineSection } from "@/lib/plans/outline";

const ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
export const roman = (n: number) => ROMANS[n - 1] ?? String(n);

/** "I. MỤC ĐÍCH", "1. Mục đích", "a) …", "- …", or the heading alone when it has no label. */
export function sectionHeadingText(section: Pick<OutlineSection, "label" | "heading">): string {
  const label = section.label.replace(/[.)]+$/, "");
  if (!label) return section.heading;
  if (/^[-–+•]$/.test(label)) return `- ${section.heading}`;
  if (/^[a-zđ]$/u.test(label)) return `${label}) ${section.heading}`;
  return `${label}. ${section.heading}`;
}

/** "1. Hoạt động …" typed into a phase title: the document numbers phases itself, so the title's own number is not printed twice. */
export function phaseTitleText(title: string): string {
  return title.replace(/^(?:\d+(?:\.\d+)*|[IVX]+)[.)]\s+/u, "");
}

type PhaseNumbering = NonNullable<OutlineSection["numbering"]>;

/** How a phase heading as written numbers it: "2.1." NESTED, "1." DECIMAL, "a)" LETTER, "I." ROMAN; undefined: no number. */
export function phaseNumberingOf(heading: string): PhaseNumbering | undefined {
  if (/^[a-zđ]\)/u.test(heading)) return "LETTER";
  if (/^\d+\.\d+/.test(heading)) return "NESTED";
  if (/^\d+[.)]/.test(heading)) return "DECIMAL";
  if (/^[IVX]+[.)]/.test(heading)) return "ROMAN";
  return undefined;
}

const LETTERS = "abcdefghiklmnopqrstuvxy";

/**
 * The number of the n-th phase (1-based) as the section holding the table numbers it: "2.1" under "2", "1", "a)",
 * "I"; in the appendix (no section) I, II, III as its group rows.
 */
export function phaseLabel(activitySection: Pick<OutlineSection, "label" | "level" | "numbering"> | null, n: number): string {
  if (!activitySection) return roman(n);
  const label = activitySection.label.replace(/[.)]+$/, "");
  const nestable = /^\d+(\.\d+)*$/.test(label);
  switch (activitySection.numbering) {
    case "LETTER": return `${LETTERS[n - 1] ?? n})`;
    case "ROMAN": return roman(n);
    case "DECIMAL": return String(n);
    case "NESTED": return nestable ? `${label}.${n}` : String(n);
    default: return nestable && activitySection.level > 0 ? `${label}.${n}` : String(n);
  }
}

/** "(Kèm theo Kế hoạch số 09/KH-SKHCN ngày 12/4/2024 của Sở Khoa học và Công nghệ)", as written or made from the plan. */
export function appendixReference(appendix: OutlineAppendix, plan: { numberLabel: string | null; symbol: string; issueDate: string | null; year: number; organizationName: string }): string {
  if (appendix.reference) return appendix.reference;
  const number = plan.numberLabel ?? `      /${plan.symbol}`;
  const date = plan.issueDate ? plan.issueDate.split("-").reverse().map((part, i) => (i < 2 ? String(Number(part)) : part)).join("/") : `     /     /${plan.year}`;
  return `(Kèm theo Kế hoạch số ${number} ngày ${date} của ${plan.organizationName})`;
}

export function newSectionKey(existing: Pick<OutlineSection, "key">[]): string {
  const taken = new Set(existing.map((s) => s.key));
  let n = existing.length + 1;
  while (taken.has(`s${n}`)) n += 1;
  return `s${n}`;
}

