// Date windows as plans write them: "03-14/5/2022", "từ 04/5 đến 19/5/2022",
// "28/4-05/5/2022", "25/4/2022 - 10/5/2022", "18/5/2022", "Trước 15/5/2022",
// "tháng 5/2022". A missing year is the plan's.
import { isCalendarDate, shiftDate, type CalendarDate, type DateWindow } from "@/lib/dates";
import { foldVietnamese } from "@/lib/text";

export type WindowContext = {
  year: number | null;
  /** The enclosing window (the phase's), for "trước 15/5" and "từ 10/5". */
  within?: DateWindow | null;
};

const pad = (value: number) => String(value).padStart(2, "0");

function date(day: number, month: number, year: number | null): CalendarDate | null {
  if (year === null) return null;
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(value) ? value : null;
}

const fullYear = (value: string | undefined) => (value === undefined ? null : value.length === 2 ? 2000 + Number(value) : Number(value));

function window(start: CalendarDate | null, end: CalendarDate | null): DateWindow | null {
  return start && end && start <= end ? { start, end } : null;
}

function normalise(text: string): string {
  return foldVietnamese(text)
    .replace(/[–—]/g, "-")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\bngay\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const DAY_RANGE = /(?<![\d/])(\d{1,2})\s*-\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/;
const DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
const MONTH = /\bthang (\d{1,2})(?:(?:\/| nam )(\d{4}))?/;
const MONTH_RANGE = /\bthang (\d{1,2})(?:\/(\d{4}))?\s*-\s*(?:thang )?(\d{1,2})\/(\d{4})/;
const QUARTER = /\bquy ([ivx]+|\d)(?:\s*-\s*([ivx]+|\d))?\/(\d{4})/;
const ROMAN_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const DEADLINE_WORDS = /\b(truoc|cham nhat|han|hoan thanh truoc|den het|den)\b/;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthSpan(fromMonth: number, fromYear: number, toMonth: number, toYear: number): DateWindow | null {
  if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) return null;
  return window(date(1, fromMonth, fromYear), date(lastDayOf(toYear, toMonth), toMonth, toYear));
}

export type Timing = { window: DateWindow; kind: "window" | "deadline" };

/**
 * A time as written, as dates, and whether it is a window or a deadline ("trước ngày 10/5/2024"). A deadline
 * starts where the enclosing window starts, else on `context.from` (the plan's date), else on its own day.
 */
export function parseTiming(text: string, context: WindowContext & { from?: CalendarDate | null; event?: CalendarDate | null }): Timing | null {
  const s = normalise(text);
  const after = afterEvent(text, context.event ?? null);
  if (after) {
    const candidates = [context.within?.start, context.from].filter((start): start is CalendarDate => Boolean(start) && start! <= after);
    return { window: { start: candidates[0] ?? after, end: after }, kind: "deadline" };
  }
  const dates = [...s.matchAll(DATE)];
  if (dates.length === 1 && !DAY_RANGE.test(s) && DEADLINE_WORDS.test(s.slice(0, dates[0]!.index))) {
    const only = dates[0]!;
    const end = date(Number(only[1]), Number(only[2]), fullYear(only[3]) ?? context.year);
    if (!end) return null;
    const candidates = [context.within?.start, context.from].filter((start): start is CalendarDate => Boolean(start) && start! <= end);
    return { window: { start: candidates[0] ?? end, end }, kind: "deadline" };
  }
  const found = parseWindow(text, context);
  return found ? { window: found, kind: "window" } : null;
}

/** "Sau Hội thảo 05 ngày làm việc", "sau hội nghị 10 ngày": a deadline counted from the event's day. */
const AFTER_EVENT = /^(?:cham nhat |trong vong |trong )?sau (?:khi )?[a-z ]*?(\d{1,2}) ngay( lam viec)?\b/;

/** The deadline a "sau <event> N ngày (làm việc)" names; working days skip Saturdays and Sundays (not holidays). */
function afterEvent(text: string, event: CalendarDate | null): CalendarDate | null {
  const s = foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
  if (!event || [...s.matchAll(DATE)].length) return null;
  const match = AFTER_EVENT.exec(s);
  if (!match) return null;
  const count = Number(match[1]);
  if (!match[2]) return shiftDate(event, count);
  let day = event;
  for (let left = count; left > 0; ) {
    day = shiftDate(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day;
}

export function parseWindow(text: string, context: WindowContext): DateWindow | null {
  const s = normalise(text);
  if (!s) return null;
  const quarter = QUARTER.exec(s);
  if (quarter) {
    const value = (q: string) => ROMAN_VALUE[q] ?? Number(q);
    const [from, to, year] = [value(quarter[1]!), value(quarter[2] ?? quarter[1]!), Number(quarter[3])];
    if (from >= 1 && to <= 4 && from <= to) return monthSpan(from * 3 - 2, year, to * 3, year);
  }
  const months = MONTH_RANGE.exec(s);
  if (months) {
    const toYear = Number(months[4]);
    const fromYear = months[2] ? Number(months[2]) : Number(months[1]) > Number(months[3]) ? toYear - 1 : toYear;
    const span = monthSpan(Number(months[1]), fromYear, Number(months[3]), toYear);
    if (span) return span;
  }
  const range = DAY_RANGE.exec(s);
  if (range) {
    const year = fullYear(range[4]) ?? context.year;
    const month = Number(range[3]);
    return window(date(Number(range[1]), month, year), date(Number(range[2]), month, year));
  }
  const dates = [...s.matchAll(DATE)].map((m) => ({ day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]), index: m.index }));
  if (dates.length >= 2) {
    const [a, b] = dates as [(typeof dates)[0], (typeof dates)[0]];
    const endYear = b.year ?? a.year ?? context.year;
    const startYear = a.year ?? (endYear === null ? null : a.month > b.month ? endYear - 1 : endYear);
    return window(date(a.day, a.month, startYear), date(b.day, b.month, endYear));
  }
  if (dates.length === 1) {
    const only = dates[0]!;
    const value = date(only.day, only.month, only.year ?? context.year);
    const before = s.slice(0, only.index);
    if (/\b(truoc|den|cham nhat|han)\b/.test(before)) return context.within ? window(context.within.start, value) : null;
    if (/\b(tu|sau|bat dau)\b/.test(before) && context.within) return window(value, context.within.end);
    return window(value, value);
  }
  const month = MONTH.exec(s);
  if (month) {
    const m = Number(month[1]);
    const year = fullYear(month[2]) ?? context.year;
    if (year === null || m < 1 || m > 12) return null;
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return window(date(1, m, year), date(last, m, year));
  }
  return null;
}

export type PhaseHeading = { code: string; title: string; windowText: string };

const PHASE = /^(\d+(?:\.\d+)+)\.?\s+(.+)$/;
/** The labels a phase heading may carry: "2.1.", "1.", "a)", "I", "Giai đoạn 1:". */
const PHASE_LABEL = /^(\d+(?:\.\d+)*|[a-zđ]|[IVX]+|Giai đoạn\s+\d+)(?:[.):]\s*|\s+[-–:]\s*|\s+)(\S.*)$/u;

/** "2.1. <title> (từ ngày 03-14/5/2022)" → its number, title and window text. */
export function isPhaseHeading(line: string): boolean {
  return PHASE.test(line);
}

/**
 * A heading by its shape: a label (or none), a short title, and a date window ("1. Các hoạt động hưởng ứng
 * (từ ngày 21/4 đến ngày 14/5/2023)", "Giai đoạn 1: … (15/4 – 30/4/2025)"). Not a sentence ending in ";".
 */
export function looksLikePhaseHeading(line: string): boolean {
  if (line.length > 250 || /[;,]$/.test(line) || /^[-–+•]/.test(line)) return false;
  const heading = splitPhaseHeading(line, { year: 2000 });
  return heading.window !== null && heading.title.length >= 3 && heading.title.length <= 160;
}

export function splitPhaseHeading(line: string, context: WindowContext): PhaseHeading & { window: DateWindow | null } {
  const match = PHASE.exec(line) ?? PHASE_LABEL.exec(line);
  const code = match ? match[1]! : "";
  const rest = (match ? match[2]! : line).trim();
  for (const [title, windowText] of windowSplits(rest)) {
    const found = parseWindow(windowText, { year: context.year });
    if (found) return { code, title: cleanTitle(title), windowText, window: found };
  }
  return { code, title: cleanTitle(rest), windowText: "", window: null };
}

const cleanTitle = (title: string) => title.replace(/[\s:,;.–-]+$/, "").trim();

/** Where a heading's window may be written: in final brackets, after a colon, or at the end. */
function windowSplits(text: string): [string, string][] {
  const splits: [string, string][] = [];
  const bracket = /^(.*)\(([^()]*)\)\s*[.:]?$/s.exec(text);
  if (bracket) splits.push([bracket[1]!, bracket[2]!]);
  const colon = text.lastIndexOf(":");
  if (colon > 0) splits.push([text.slice(0, colon), text.slice(colon + 1)]);
  const phrase = /\s(?:(?:trong khoảng )?thời gian\s+)?(?:từ|trong|vào)?\s*(?:ngày|tháng)?\s*\d{1,2}[\s/–-].*$/iu.exec(text);
  if (phrase) splits.push([text.slice(0, phrase.index), phrase[0]]);
  return splits;
}
