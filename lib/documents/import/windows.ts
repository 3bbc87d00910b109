// Date windows as plans write them: "03-14/5/2022", "từ 04/5 đến 19/5/2022",
// "28/4-05/5/2022", "25/4/2022 - 10/5/2022", "18/5/2022", "Trước 15/5/2022",
// "tháng 5/2022". A missing year is the plan's.
import { isCalendarDate, type CalendarDate, type DateWindow } from "@/lib/dates";
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

export function parseWindow(text: string, context: WindowContext): DateWindow | null {
  const s = normalise(text);
  if (!s) return null;
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

/** "2.1. <title> (từ ngày 03-14/5/2022)" → its number, title and window text. */
export function isPhaseHeading(line: string): boolean {
  return PHASE.test(line);
}

export function splitPhaseHeading(line: string, context: WindowContext): PhaseHeading & { window: DateWindow | null } {
  const match = PHASE.exec(line);
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
