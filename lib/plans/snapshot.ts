// A plan as plain data without ids of its own: what cloning, templates and
// imports start from. Shifting it to a new event date is pure and tested.
import { daysBetween, shiftDate, yearOf, type CalendarDate } from "@/lib/dates";
import type { PlanOutline } from "@/lib/plans/outline";

export type ActivitySnapshot = {
  content: string;
  description: string;
  leadUnitId: string;
  supporterIds: string[];
  start: CalendarDate;
  end: CalendarDate;
  note: string;
  /** Sản phẩm, as written; absent in snapshots made before it existed. */
  output?: string;
  /** The time is a deadline ("Trước ngày …"), not a window. */
  deadline?: boolean;
  /** Kinh phí in đồng; absent: none. */
  cost?: number;
  subTasks: ActivitySnapshot[];
};

/** A section the plan has no field for (Tổ chức thực hiện, Kinh phí, any other), kept as the document writes it. */
export type PlanSection = { label: string; heading: string; kind: "ORGANISATION" | "BUDGET" | "OTHER"; paragraphs: string[] };

/** The stored JSON of a plan's extra sections, read defensively (an old or odd value reads as none). */
export function planSections(value: unknown): PlanSection[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== "object") return [];
    const { label, heading, kind, paragraphs } = item as Record<string, unknown>;
    if (typeof heading !== "string" || !Array.isArray(paragraphs)) return [];
    return [{
      label: typeof label === "string" ? label : "",
      heading,
      kind: kind === "ORGANISATION" || kind === "BUDGET" ? kind : "OTHER",
      paragraphs: paragraphs.filter((p): p is string => typeof p === "string"),
    }];
  });
}

export type PhaseSnapshot = { title: string; start: CalendarDate; end: CalendarDate; activities: ActivitySnapshot[] };

/** The texts of a plan document, the same in a snapshot, a database row, a parsed import and the page. */
export type PlanTexts = {
  legalBasis: string[];
  intro: string;
  purposes: string[];
  requirements: string[];
  theme: string;
  slogans: string[];
  contentItems: string[];
  closingText: string;
  recipients: string[];
  /** "KT. GIÁM ĐỐC" when a deputy signs for the director; empty when the head signs. */
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
};

export const EMPTY_PLAN_TEXTS: Readonly<PlanTexts> = {
  legalBasis: [],
  intro: "",
  purposes: [],
  requirements: [],
  theme: "",
  slogans: [],
  contentItems: [],
  closingText: "",
  recipients: [],
  signerAuthority: "",
  signerTitle: "",
  signerName: "",
};

export const PLAN_TEXT_FIELDS = Object.keys(EMPTY_PLAN_TEXTS) as (keyof PlanTexts)[];

/** Just the texts of something that has them (a row, a snapshot, a parsed document). */
export function planTexts(source: PlanTexts): PlanTexts {
  return Object.fromEntries(PLAN_TEXT_FIELDS.map((field) => [field, source[field]])) as PlanTexts;
}

export type PlanSnapshot = PlanTexts & {
  title: string;
  year: number;
  eventDate: CalendarDate | null;
  place: string;
  phases: PhaseSnapshot[];
  /** Sections kept as written (imports); absent: none. */
  extraSections?: PlanSection[];
  /** The body in the document's order and words (lib/plans/outline.ts); absent: the fixed layout. */
  outline?: PlanOutline;
  /** Kinh phí of the whole plan: an amount in đồng and its source ("ngân sách sự nghiệp KH&CN"); absent: none. */
  budgetAmount?: number | null;
  budgetSource?: string;
};

/** The date the plan's windows are measured from: its event date, else its first window. */
export function referenceDate(plan: Pick<PlanSnapshot, "eventDate" | "phases" | "year">): CalendarDate {
  if (plan.eventDate) return plan.eventDate;
  const starts = plan.phases.map((p) => p.start).sort();
  return starts[0] ?? `${plan.year}-01-01`;
}

const yearPattern = (year: number) => new RegExp(`(năm\\s+)${year}(?!\\d)`, "giu");

/** "năm 2022" → "năm 2027" (only years written after "năm", as titles do). */
export function replaceYear(text: string, from: number, to: number): string {
  if (from === to) return text;
  return text.replace(yearPattern(from), `$1${to}`);
}

export function countYearMentions(text: string, year: number): number {
  return (text.match(yearPattern(year)) ?? []).length;
}

export type ShiftOptions = {
  eventDate: CalendarDate;
  /** Accept the suggestion to update "năm 2022" in the plan's title. */
  replaceYearInTitle: boolean;
  /** …and in the other texts (not the legal basis, which cites past documents). */
  replaceYearInTexts: boolean;
};

/** Moves every window by the offset between the old and the new event date. */
export function shiftPlan(plan: PlanSnapshot, options: ShiftOptions): PlanSnapshot {
  const offset = daysBetween(referenceDate(plan), options.eventDate);
  const fromYear = plan.eventDate ? yearOf(plan.eventDate) : plan.year;
  const toYear = yearOf(options.eventDate);
  const text = (value: string) => (options.replaceYearInTexts ? replaceYear(value, fromYear, toYear) : value);
  const shiftActivity = (activity: ActivitySnapshot): ActivitySnapshot => ({
    ...activity,
    content: text(activity.content),
    note: text(activity.note),
    start: shiftDate(activity.start, offset),
    end: shiftDate(activity.end, offset),
    subTasks: activity.subTasks.map(shiftActivity),
  });
  return {
    ...plan,
    title: options.replaceYearInTitle ? replaceYear(plan.title, fromYear, toYear) : plan.title,
    year: toYear,
    eventDate: options.eventDate,
    intro: text(plan.intro),
    purposes: plan.purposes.map(text),
    requirements: plan.requirements.map(text),
    theme: text(plan.theme),
    slogans: plan.slogans.map(text),
    contentItems: plan.contentItems.map(text),
    closingText: text(plan.closingText),
    phases: plan.phases.map((phase) => ({
      ...phase,
      title: text(phase.title),
      start: shiftDate(phase.start, offset),
      end: shiftDate(phase.end, offset),
      activities: phase.activities.map(shiftActivity),
    })),
  };
}

export function emptySnapshot(input: { title: string; year: number; eventDate: CalendarDate | null; place: string }): PlanSnapshot {
  return {
    ...input,
    ...EMPTY_PLAN_TEXTS,
    recipients: ["Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc Sở;", "Lưu: VT."],
    signerTitle: "GIÁM ĐỐC",
    phases: [],
  };
}
