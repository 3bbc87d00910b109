// What the outline editor does to an outline, as pure functions (unit-tested;
// the component only holds the state). The server validates the result again.
import type { OutlineAppendix, OutlineSection, PlanOutline } from "@/lib/plans/outline";
import { newSectionKey, roman } from "@/lib/plans/outline-text";

/** Moves a section one place up (-1) or down (+1); at either end nothing changes. */
export function moveSection(outline: PlanOutline, key: string, by: -1 | 1): PlanOutline {
  const from = outline.sections.findIndex((s) => s.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= outline.sections.length) return outline;
  const sections = [...outline.sections];
  [sections[from], sections[to]] = [sections[to]!, sections[from]!];
  return { ...outline, sections };
}

/** A new section kept as written, after the last one, numbered on (I, II …). */
export function addSection(outline: PlanOutline): PlanOutline {
  const label = roman(outline.sections.filter((s) => s.level === 0 && s.holds !== "ACTIVITIES").length + 1);
  const section: OutlineSection = { key: newSectionKey(outline.sections), label, heading: "", level: 0, holds: "TEXT", kind: "OTHER", paragraphs: [] };
  return { ...outline, sections: [...outline.sections, section] };
}

export function updateSection(outline: PlanOutline, key: string, change: Partial<Omit<OutlineSection, "key" | "holds">>): PlanOutline {
  return { ...outline, sections: outline.sections.map((s) => (s.key === key ? { ...s, ...change } : s)) };
}

/** Removes a section; the activity table's own entry is not removed (it moves to the appendix instead). */
export function removeSection(outline: PlanOutline, key: string): PlanOutline {
  return { ...outline, sections: outline.sections.filter((s) => s.key !== key || s.holds === "ACTIVITIES") };
}

export const DEFAULT_APPENDIX: OutlineAppendix = { title: "PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG", reference: "" };

/**
 * Puts the activity table in the appendix (with its title) or back in the body, where it was or else at the end.
 * `kept` is the table's entry while it is in the appendix, so that it comes back with its heading.
 */
export function placeTable(outline: PlanOutline, where: "BODY" | "APPENDIX", kept: OutlineSection | null, appendix: OutlineAppendix = DEFAULT_APPENDIX): { outline: PlanOutline; kept: OutlineSection | null } {
  const table = outline.sections.find((s) => s.holds === "ACTIVITIES") ?? null;
  if (where === "APPENDIX") {
    return { outline: { sections: outline.sections.filter((s) => s.holds !== "ACTIVITIES"), appendix: outline.appendix ?? appendix }, kept: table ?? kept };
  }
  if (table) return { outline: { ...outline, appendix: null }, kept };
  const entry: OutlineSection = kept ?? { key: "activities", label: "", heading: "", level: 1, holds: "ACTIVITIES" };
  return { outline: { sections: [...outline.sections, entry], appendix: null }, kept: null };
}
