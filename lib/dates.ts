// Calendar dates ("2022-05-03") for plan and activity windows. They are kept
// as ISO date strings in the domain so that no time zone can move a day:
// PostgreSQL stores them as DATE, Prisma hands them over as UTC midnight.
//
// Plain arithmetic on the string's parts (in UTC, where no day is 23 or 25
// hours long) rather than date-fns: forms and lists in the browser format
// dates with this module, and date-fns' format() brings its token engine and
// its default English locale (about 9 KB gzip) into every such page, its
// parse() another 5 KB. Nothing here needs a locale: dd/MM/yyyy is numbers.
export type CalendarDate = string; // yyyy-MM-dd

export const TIME_ZONE = "Asia/Ho_Chi_Minh";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** UTC midnight of year-month-day; setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function isoOf(date: Date): CalendarDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

type Parts = { readonly year: number; readonly month: number; readonly day: number; readonly time: number };

// A page draws the same few days again and again (a large plan's rows share their windows' ends): each
// date is read once per process, in a memo that is simply emptied when full.
const PARTS = new Map<string, Parts>();
const PARTS_MAX = 4_096;

/**
 * The parts of a date written yyyy-MM-dd (a time after it is ignored) and its UTC midnight in ms;
 * anything that is not a real date is refused, as date-fns refused it ("Invalid time value").
 */
function partsOf(value: CalendarDate): Parts {
  const known = PARTS.get(value);
  if (known) return known;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const fields = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const date = fields && utcMidnight(fields.year, fields.month, fields.day);
  if (!fields || !date || fields.year < 1 || isoOf(date) !== match[0]) throw new RangeError(`Invalid time value: ${value}`);
  const parts: Parts = { ...fields, time: date.getTime() };
  if (PARTS.size >= PARTS_MAX) PARTS.clear();
  PARTS.set(value, parts);
  return parts;
}

/** A new Date at the date's UTC midnight (the caller may change it). */
const utc = (value: CalendarDate) => new Date(partsOf(value).time);

export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  // Year 0 does not exist (1 BC is followed by AD 1), as date-fns reads it.
  return year >= 1 && isoOf(utcMidnight(year, month, day)) === value;
}

// Rows read for a plan carry a few distinct days many times over (a 1,000-activity plan's windows share
// their ends); writing each out through toISOString() cost 2.7 ms of the app server's CPU per write on the
// bench's mixed workload, when the entries it made stale were read again. Same memo as PARTS.
const ISO_OF_TIME = new Map<number, CalendarDate>();

/** A DATE column from Prisma (UTC midnight) to a calendar date. */
export function fromDbDate(value: Date): CalendarDate {
  const time = value.getTime();
  const known = ISO_OF_TIME.get(time);
  if (known !== undefined) return known;
  const iso = value.toISOString().slice(0, 10); // an invalid Date throws here, as it always did
  if (ISO_OF_TIME.size >= PARTS_MAX) ISO_OF_TIME.clear();
  ISO_OF_TIME.set(time, iso);
  return iso;
}

export function fromDbDateOrNull(value: Date | null | undefined): CalendarDate | null {
  return value ? fromDbDate(value) : null;
}

/** A calendar date to the Date Prisma writes into a DATE column. */
export function toDbDate(value: CalendarDate): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** 03/05/2022 */
export function formatDate(value: CalendarDate): string {
  const { year, month, day } = partsOf(value);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/** The wall clock in the department's time zone, as two-digit strings ("2026", "11", "22", "14", "05", "09"). */
export type WallClock = { year: string; month: string; day: string; hour: string; minute: string; second: string };

// One formatter, built on first use and kept: formatting dates is on every page
// of a big plan. Not at import: a formatter with a time zone loads the zone's
// data (about 70 ms of a browser's main thread), and the browser bundles that
// import this module for a date field never use it.
let wallClock: Intl.DateTimeFormat | undefined;
function wallClockFormat(): Intl.DateTimeFormat {
  wallClock ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return wallClock;
}

export function wallClockInVietnam(value: Date): WallClock {
  const parts = wallClockFormat().formatToParts(value);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

// The same instants (a plan's updatedAt, its reviews) are written on every
// view, and Intl's formatToParts is the slow part: each minute is formatted
// once per process (emptied when full, like PARTS).
const MINUTES = new Map<number, string>();

/** 22/11/2026 14:05, in the department's time zone. */
export function formatDateTime(value: Date): string {
  const minute = Math.floor(value.getTime() / 60_000);
  let text = MINUTES.get(minute);
  if (text === undefined) {
    const t = wallClockInVietnam(value);
    text = `${t.day}/${t.month}/${t.year} ${t.hour}:${t.minute}`;
    if (MINUTES.size >= PARTS_MAX) MINUTES.clear();
    MINUTES.set(minute, text);
  }
  return text;
}

/**
 * A window the way the department writes it: "03–14/5/2022" within a month,
 * "28/4–05/5/2022" within a year, full dates otherwise, one date when equal.
 */
export function formatWindow(start: CalendarDate, end: CalendarDate): string {
  const a = partsOf(start);
  const b = partsOf(end);
  const dayMonth = (d: typeof a) => `${pad(d.day)}/${d.month}`;
  if (start === end) return `${dayMonth(a)}/${pad(a.year, 4)}`;
  if (a.year !== b.year) return `${formatDate(start)}–${formatDate(end)}`;
  if (a.month !== b.month) return `${dayMonth(a)}–${dayMonth(b)}/${pad(b.year, 4)}`;
  return `${pad(a.day)}–${dayMonth(b)}/${pad(b.year, 4)}`;
}

/** Both ends as dd/MM/yyyy, for labels read aloud and for titles. */
export function describeWindow(start: CalendarDate, end: CalendarDate): string {
  return start === end ? formatDate(start) : `từ ${formatDate(start)} đến ${formatDate(end)}`;
}

export type DateWindow = { start: CalendarDate; end: CalendarDate };

/** Windows that share at least one day; touching ends (14/5 and 14/5) overlap. */
export function windowsOverlap(a: DateWindow, b: DateWindow): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function windowContains(outer: DateWindow, inner: DateWindow): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function shiftDate(value: CalendarDate, days: number): CalendarDate {
  const date = utc(value);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((partsOf(to).time - partsOf(from).time) / DAY_MS);
}

/** Today's date in Asia/Ho_Chi_Minh, whatever the server's own time zone. */
export function todayInVietnam(now: Date = new Date()): CalendarDate {
  // Midnight falls on a minute in every time zone: the date of a minute is the date of all its instants.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== today.minute) {
    const t = wallClockInVietnam(now);
    today = { minute, date: `${t.year}-${t.month}-${t.day}` };
  }
  return today.date;
}
let today = { minute: Number.NaN, date: "" };

export function yearOf(value: CalendarDate): number {
  return Number(value.slice(0, 4));
}
