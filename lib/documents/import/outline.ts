// The plan's outline from what the reader recognised: the sections in the
// document's order with their labels and headings as written, the activity
// table in the section it stood in (under its sub-heading as written) or in the
// appendix after the signature. A document laid out as the fixed layout (the
// 2022 plan) gets no outline: it is stored, and prints, exactly as before.
import { defaultOutline, phaseNumberingOf, roman, sectionHeadingText, textSection, type OutlineHolds, type OutlineSection, type PlanOutline } from "@/lib/plans/outline";
import type { PlanTexts } from "@/lib/plans/snapshot";
import type { Part } from "./headings";
import type { OrderedSection } from "./sections";
import type { ParsedAppendix, ParsedSection } from "./types";

const HOLDS_OF_PART: Record<Part, OutlineHolds> = {
  purposes: "PURPOSES_REQUIREMENTS",
  requirements: "PURPOSES_REQUIREMENTS",
  theme: "THEME_SLOGANS",
  slogans: "THEME_SLOGANS",
  contents: "CONTENT",
  phases: "CONTENT",
};

export type OutlineInput = {
  order: OrderedSection[];
  /** Every kept section: those of `order`, then any the reader added (lines that fit nowhere). */
  sections: ParsedSection[];
  tableAt: { at: number; label: string; heading: string } | null;
  appendix: ParsedAppendix | null;
  /** The activities are in the appendix's table. */
  tableInAppendix: boolean;
  /** The activities were read from the prose of this kept section (no table). */
  proseFrom: number | null;
  texts: Pick<PlanTexts, "purposes" | "requirements" | "theme" | "slogans" | "contentItems">;
  /** The first phase heading of the body as written ("a) Hoạt động …"): how the document numbers its phases. */
  firstPhaseHeading: string;
};

export function importedOutline(input: OutlineInput): PlanOutline | null {
  const entries: OutlineSection[] = [];
  const entryOf = new Map<number, number>(); // order index → entry index
  const keptEntry = new Map<number, number>(); // kept section index → entry index
  input.order.forEach((section, i) => {
    const holds = section.part ? HOLDS_OF_PART[section.part] : "TEXT";
    const same = holds === "TEXT" ? -1 : entries.findIndex((entry) => entry.holds === holds);
    // "I. MỤC ĐÍCH" and "II. YÊU CẦU" as two sections: both fill one part of the plan, printed under the first.
    if (same >= 0) return void entryOf.set(i, same);
    if (holds === "TEXT") {
      keptEntry.set(section.kept!, entries.length);
      entries.push(textSection(`s${i + 1}`, input.sections[section.kept!]!));
    } else entries.push({ key: `s${i + 1}`, label: section.label, heading: section.heading, level: 0, holds });
    entryOf.set(i, entries.length - 1);
  });
  const keptInOrder = new Set(input.order.flatMap((section) => (section.kept === null ? [] : [section.kept])));
  input.sections.forEach((section, i) => {
    if (keptInOrder.has(i)) return;
    keptEntry.set(i, entries.length);
    entries.push(textSection(`extra-${i + 1}`, section));
  });

  let appendix: PlanOutline["appendix"] = null;
  if (input.tableInAppendix && input.appendix) appendix = { title: input.appendix.title.trim(), reference: input.appendix.reference.trim() };
  else {
    const after = input.tableAt ? entryOf.get(input.tableAt.at) : input.proseFrom !== null ? keptEntry.get(input.proseFrom) : undefined;
    const at = after === undefined ? entries.length : after + 1;
    const numbering = phaseNumberingOf(input.firstPhaseHeading);
    const table: OutlineSection = {
      key: "activities",
      label: input.tableAt?.label ?? "",
      heading: input.tableAt?.heading ?? "",
      level: entries.length ? 1 : 0,
      holds: "ACTIVITIES",
      ...(numbering ? { numbering } : {}),
    };
    // Parts of the section the table stood in come before it; the next section after them.
    let end = at;
    while (end < entries.length && entries[end]!.level > 0) end += 1;
    entries.splice(end, 0, table);
  }
  // Word's automatic "I.", "II." does not come through a DOCX: sections read without a label are numbered in turn.
  const top = entries.filter((entry) => entry.level === 0 && !entry.key.startsWith("extra-") && entry.holds !== "ACTIVITIES");
  if (top.length && top.every((entry) => !entry.label)) top.forEach((entry, i) => (entry.label = roman(i + 1)));
  const outline: PlanOutline = { sections: entries, appendix };
  return isFixedLayout(outline, input) ? null : outline;
}

/** Whether the outline is the fixed layout's, heading for heading: then the plan needs none. */
function isFixedLayout(outline: PlanOutline, input: OutlineInput): boolean {
  if (outline.appendix) return false;
  const fixed = defaultOutline({ ...input.texts, extraSections: outline.sections.filter((s) => s.holds === "TEXT").map((s) => ({ label: s.label, heading: s.heading, kind: s.kind ?? "OTHER", paragraphs: s.paragraphs ?? [] })) });
  const shape = (o: PlanOutline) => o.sections.map((s) => `${s.holds}|${s.level}|${sectionHeadingText(s)}`).join("\n");
  return shape(fixed) === shape(outline);
}
