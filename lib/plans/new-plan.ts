// The "new plan" page's date logic: which event date a plan cloned from another
// (or from a template) starts at, what a blank plan's year is, and the preview
// of the shifted plan. Pure, so it is tested without a database.
import { z } from "zod";
import { formatDate, isCalendarDate, yearOf, type CalendarDate } from "@/lib/dates";
import { countYearMentions, referenceDate, replaceYear, shiftPlan, type PlanSnapshot } from "@/lib/plans/snapshot";
import { placedTexts, sourceTexts, staleTexts, type CheckItem } from "@/lib/plans/checklist";

export type NewPlanMode = "blank" | "clone" | "template";
export type NewPlanParams = { mode: NewPlanMode; source?: string; template?: string; eventDate?: CalendarDate };

/**
 * The page's search params. A link or a hand-edited address may carry anything:
 * an unknown mode falls back to cloning, an impossible date to none (so the
 * page never fails on its own address).
 */
export const newPlanParamsSchema = z.object({
  mode: z.enum(["blank", "clone", "template"]).catch("clone"),
  source: z.string().optional().catch(undefined),
  template: z.string().optional().catch(undefined),
  eventDate: z.string().refine(isCalendarDate).optional().catch(undefined),
}) satisfies z.ZodType<NewPlanParams, unknown>;

/** The ways to start a plan, in the order the page offers them. */
export const NEW_PLAN_TABS = [
  { mode: "clone", label: "Từ kế hoạch năm trước" },
  { mode: "template", label: "Từ mẫu" },
  { mode: "blank", label: "Kế hoạch trống" },
] as const satisfies readonly { mode: NewPlanMode; label: string }[];

/** The preview card's title: "dời thời gian từ 18/05/2022 sang 18/05/2027" (no "từ" when the source has no event date). */
export function shiftPreviewTitle(sourceEventDate: CalendarDate | null, eventDate: CalendarDate): string {
  return `2. Xem trước: dời thời gian ${sourceEventDate ? `từ ${formatDate(sourceEventDate)} ` : ""}sang ${formatDate(eventDate)}`;
}

/** The same day and month next time it comes round: 18/5/2022 → 18/5/2027 when asked in late 2026 (29/2 → 28/2 in other years). */
export function nextOccurrence(eventDate: CalendarDate | null, today: CalendarDate): CalendarDate {
  if (!eventDate) return today;
  const monthDay = eventDate.slice(5);
  const thisYear = `${today.slice(0, 4)}-${monthDay}`;
  const candidate = thisYear >= today ? thisYear : `${Number(today.slice(0, 4)) + 1}-${monthDay}`;
  return isCalendarDate(candidate) ? candidate : `${candidate.slice(0, 4)}-02-28`;
}

/** A blank plan is for this year until the end of June, then for next year (plans are drafted ahead). */
export function defaultPlanYear(today: CalendarDate): number {
  return yearOf(today) + (today.slice(5) > "06-30" ? 1 : 0);
}

/** The new event date: the one asked for, else the source's event (or first) date next time it comes round. */
export function newEventDate(source: PlanSnapshot, requested: CalendarDate | undefined, today: CalendarDate): CalendarDate {
  return requested ?? nextOccurrence(source.eventDate ?? referenceDate(source), today);
}

export type ShiftPreview = {
  /** The source with every date moved to the new event date. */
  shifted: PlanSnapshot;
  fromYear: number;
  toYear: number;
  /** The source's title with its year replaced. */
  suggestedTitle: string;
  /** How many times the texts (not the title) name the source's year. */
  mentions: number;
  /** Texts that, even with "năm 2022" replaced, still carry the source's dates or ordinals: to review (the checklist flags them again). */
  staleTexts: CheckItem[];
};

/** What a plan made from this source for this event date would look like. */
export function shiftPreview(source: PlanSnapshot, eventDate: CalendarDate): ShiftPreview {
  const fromYear = source.eventDate ? yearOf(source.eventDate) : source.year;
  const toYear = yearOf(eventDate);
  const texts = [source.intro, source.theme, source.closingText, ...source.purposes, ...source.requirements, ...source.slogans, ...source.contentItems];
  const activities = source.phases.flatMap((p) => [p.title, ...p.activities.flatMap((a) => [a.content, a.note, ...a.subTasks.flatMap((s) => [s.content, s.note])])]);
  const shifted = shiftPlan(source, { eventDate, replaceYearInTitle: true, replaceYearInTexts: true });
  return {
    shifted,
    fromYear,
    toYear,
    suggestedTitle: replaceYear(source.title, fromYear, toYear),
    mentions: [...texts, ...activities].reduce((n, text) => n + countYearMentions(text, fromYear), 0),
    staleTexts: staleTexts(placedTexts(shifted), { year: fromYear, texts: sourceTexts(source) }, toYear),
  };
}
