// The plan's body in the outline's order (lib/plans/outline.ts): each section
// under its own label and heading, the fixed parts read from the plan's fields
// as they always were, the activity table where the document puts it, and the
// appendix after the signature on landscape pages.
import { AlignmentType, Paragraph, type FileChild } from "docx";
import type { PlanDocument } from "@/lib/plans/document";
import { contentHasSubHeading, outlineOf, phasesAsWritten, sectionHeadingText, type OutlineSection } from "@/lib/plans/outline";
import { phaseTitleWindow, planAppendixReference, quoted, usesOutput } from "@/lib/documents/format";
import { body, heading, labelled, run } from "./blocks";
import { usesCost } from "@/lib/documents/costs";
import { appendixTable, phaseBlock } from "./plan-phases";

const bullets = (items: string[]) => items.map((item) => body(`- ${item}`));

/** "1. Mục đích:" with one item inline, several as "- " paragraphs. */
function item(label: string, items: string[]): FileChild[] {
  if (!items.length) return [];
  if (items.length === 1) return [labelled(label, items[0]!)];
  return [heading(label), ...bullets(items)];
}

function activities(plan: PlanDocument, section: OutlineSection): FileChild[] {
  const out: FileChild[] = section.heading ? [heading(sectionHeadingText(section))] : [];
  if (!plan.phases.length) return [...out, body("(Kế hoạch chưa có giai đoạn nào)", { italics: true })];
  const withOutput = usesOutput(plan);
  const withCost = usesCost(plan);
  for (const phase of phasesAsWritten(plan, section)) out.push(...phaseBlock(phase, withOutput, withCost));
  return out;
}

function sectionBlock(plan: PlanDocument, section: OutlineSection): FileChild[] {
  const title = heading(sectionHeadingText(section));
  switch (section.holds) {
    case "PURPOSES_REQUIREMENTS":
      return [title, ...item("1. Mục đích:", plan.purposes), ...item(`${plan.purposes.length ? 2 : 1}. Yêu cầu:`, plan.requirements)];
    case "THEME_SLOGANS": {
      let n = 0;
      const out: FileChild[] = [title];
      if (plan.theme) out.push(labelled(`${++n}. Chủ đề:`, `${quoted(plan.theme)}.`));
      return [...out, ...item(`${++n}. Khẩu hiệu:`, plan.slogans.map(quoted))];
    }
    case "CONTENT":
      if (!plan.contentItems.length) return [title];
      return [title, ...(contentHasSubHeading(plan, outlineOf(plan), section) ? [heading("1. Nội dung")] : []), ...bullets(plan.contentItems)];
    case "ACTIVITIES":
      return activities(plan, section);
    case "TEXT":
      return [title, ...(section.paragraphs ?? []).map((line) => body(line))];
  }
}

/** The sections between the introduction and the closing text. */
export function planBody(plan: PlanDocument): FileChild[] {
  return outlineOf(plan).sections.flatMap((section) => sectionBlock(plan, section));
}

const centredLine = (text: string, style: { bold?: boolean; italics?: boolean }, before = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before }, keepNext: true, children: [run(text, style)] });

/** The appendix after the signature: its title, "(Kèm theo Kế hoạch số …)", and the activities, group rows I, II … for the phases. */
export function planAppendix(plan: PlanDocument): FileChild[] | null {
  const appendix = outlineOf(plan).appendix;
  if (!appendix) return null;
  const reference = planAppendixReference(plan, appendix);
  const phases = phasesAsWritten(plan, null);
  return [
    centredLine(appendix.title, { bold: true }),
    centredLine(reference, { italics: true }),
    new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [] }),
    phases.length
      ? appendixTable(phases.map((phase) => ({ label: phase.code, heading: phaseTitleWindow(phase), activities: phase.activities })), usesOutput(plan), usesCost(plan))
      : body("(Kế hoạch chưa có giai đoạn nào)", { italics: true }),
  ];
}
