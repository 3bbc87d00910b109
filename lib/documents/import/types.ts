// The shapes of the plan import: what a document is read into (blocks), and
// what the parser makes of it (a parsed plan, with units still to confirm).
import type { CalendarDate } from "@/lib/dates";
import type { PlanSection, PlanTexts } from "@/lib/plans/snapshot";
import type { UnitRef } from "@/lib/plans/document";
import type { PlanOutline } from "@/lib/plans/outline";

/** A table cell: its paragraphs, one string per line. */
export type Cell = string[];

export type Block = { kind: "paragraph"; text: string } | { kind: "table"; rows: Cell[][] };

/** A unit of the organisation the document's unit names are matched against. */
export type UnitCandidate = UnitRef;

export type UnitMatchCandidate = { unitId: string; name: string; score: number };

/** A unit as the document names it, and the unit it was matched to (null: ask the user). */
/**
 * A unit as the document names it, and the unit it was matched to (null: ask the user). `why` says what made the
 * match confident (the same name, an abbreviation, the distinctive words). `placeholder`: the document names no lead
 * unit for an activity; `text` then says which activity, and the user chooses the unit.
 */
export type UnitMention = { text: string; unitId: string | null; candidates?: UnitMatchCandidate[]; why?: string; placeholder?: boolean };

/** How the document writes an activity's time: a window (from–to, or one day) or a deadline ("trước ngày …"). */
export type ParsedTiming = { kind: "window" | "deadline"; text: string };

export type ParsedActivity = {
  content: string;
  /** A placeholder mention when the document names no lead unit: the user chooses one. */
  lead: UnitMention | null;
  supporters: UnitMention[];
  start: CalendarDate | null;
  end: CalendarDate | null;
  note: string;
  /** The time as the document wrote it; null when the activity takes the phase's. */
  timing: ParsedTiming | null;
  /** Sản phẩm (expected output), as written. */
  output: string;
  /** Kinh phí in đồng, when the table has a cost column. */
  cost: number | null;
  subTasks: ParsedActivity[];
};

export type ParsedPhase = {
  /** The heading's number as written ("2.1"), for messages. */
  code: string;
  title: string;
  start: CalendarDate | null;
  end: CalendarDate | null;
  activities: ParsedActivity[];
};

/** A section kept as the document writes it: its label as written ("IV"), heading, meaning and paragraphs. */
export type ParsedSection = PlanSection;
export type SectionKind = PlanSection["kind"];

/** The appendix after the signature that holds the activity table. */
export type ParsedAppendix = { title: string; reference: string };

export type ParsedPlan = PlanTexts & {
  /** The number as written ("09"), kept as text so that a leading zero survives. */
  numberText: string;
  number: number | null;
  symbol: string;
  place: string;
  issueDate: CalendarDate | null;
  year: number | null;
  title: string;
  eventDate: CalendarDate | null;
  phases: ParsedPhase[];
  /** Sections the plan's fields do not hold (Tổ chức thực hiện, Kinh phí, others), in the document's order. */
  sections: ParsedSection[];
  appendix: ParsedAppendix | null;
  /** The body in the document's order and words (lib/plans/outline.ts); null: the fixed layout of the 2022 plan. */
  outline: PlanOutline | null;
};

/** "fatal": the plan cannot be created from this result; "warning": something was skipped or guessed. */
export type ImportProblem = { severity: "fatal" | "warning"; message: string };

export type ParseResult = {
  plan: ParsedPlan;
  /** Distinct unit texts that matched no unit, in order of appearance. */
  unmatched: string[];
  problems: ImportProblem[];
  /** False when a fatal problem was found. */
  usable: boolean;
};

export type ParseOptions = { units: UnitCandidate[]; defaultYear?: number };
