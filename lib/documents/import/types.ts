// The shapes of the plan import: what a document is read into (blocks), and
// what the parser makes of it (a parsed plan, with units still to confirm).
import type { CalendarDate } from "@/lib/dates";
import type { PlanTexts } from "@/lib/plans/snapshot";
import type { UnitRef } from "@/lib/plans/document";

/** A table cell: its paragraphs, one string per line. */
export type Cell = string[];

export type Block = { kind: "paragraph"; text: string } | { kind: "table"; rows: Cell[][] };

/** A unit of the organisation the document's unit names are matched against. */
export type UnitCandidate = UnitRef;

export type UnitMatchCandidate = { unitId: string; name: string; score: number };

/** A unit as the document names it, and the unit it was matched to (null: ask the user). */
export type UnitMention = { text: string; unitId: string | null; candidates?: UnitMatchCandidate[] };

export type ParsedActivity = {
  content: string;
  /** Null when the row names no unit at all (a fatal problem is reported). */
  lead: UnitMention | null;
  supporters: UnitMention[];
  start: CalendarDate | null;
  end: CalendarDate | null;
  note: string;
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

export type ParsedPlan = PlanTexts & {
  number: number | null;
  symbol: string;
  place: string;
  issueDate: CalendarDate | null;
  year: number | null;
  title: string;
  eventDate: CalendarDate | null;
  phases: ParsedPhase[];
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
