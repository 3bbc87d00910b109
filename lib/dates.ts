// Calendar dates ("2022-05-03") for plan and activity windows. They are kept
// as ISO date strings in the domain so that no time zone can move a day:
// PostgreSQL stores them as DATE, Prisma hands them over as UTC midnight.
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";
import { vi } from "date-fns/locale";

export type CalendarDate = string; // yyyy-MM-dd

export const TIME_ZONE = "Asia/Ho_Chi_Minh";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, "yyyy-MM-dd") === value;
}

/** A DATE column from Prisma (UTC midnight) to a calendar date. */
export function fromDbDate(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

export function fromDbDateOrNull(value: Date | null | undefined): CalendarDate | null {
  return value ? fromDbDate(value) : null;
}

/** A calendar date to the Date Prisma writes into a DATE column. */
export function toDbDate(value: CalendarDate): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

const local = (value: CalendarDate) => parseISO(value); // local midnight, for formatting only

/** 03/05/2022 */
export function formatDate(value: CalendarDate): string {
  return format(local(value), "dd/MM/yyyy", { locale: vi });
}

/** The wall clock in the department's time zone, as two-digit strings ("2026", "11", "22", "14", "05", "09"). */
export type WallClock = { year: string; month: string; day: string; hour: string; minute: string; second: string };

// One formatter, built once: formatting dates is on every page of a big plan.
const WALL_CLOCK = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export function wallClockInVietnam(value: Date): WallClock {
  const parts = WALL_CLOCK.formatToParts(value);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** 22/11/2026 14:05, in the department's time zone. */
export function formatDateTime(value: Date): string {
  const t = wallClockInVietnam(value);
  return `${t.day}/${t.month}/${t.year} ${t.hour}:${t.minute}`;
}

/** "thứ Tư, 18 tháng 5, 2022" style long date, for headings and screen readers. */
export function formatLongDate(value: CalendarDate): string {
  return format(local(value), "EEEE, d MMMM yyyy", { locale: vi });
}

/**
 * A window the way the department writes it: "03–14/5/2022" within a month,
 * "28/4–05/5/2022" within a year, full dates otherwise, one date when equal.
 */
export function formatWindow(start: CalendarDate, end: CalendarDate): string {
  const a = local(start);
  const b = local(end);
  if (start === end) return format(a, "dd/M/yyyy");
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, "dd/MM/yyyy")}–${format(b, "dd/MM/yyyy")}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, "dd/M")}–${format(b, "dd/M/yyyy")}`;
  return `${format(a, "dd")}–${format(b, "dd/M/yyyy")}`;
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
  return format(addDays(local(value), days), "yyyy-MM-dd");
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(local(to), local(from));
}

/** Today's date in Asia/Ho_Chi_Minh, whatever the server's own time zone. */
export function todayInVietnam(now: Date = new Date()): CalendarDate {
  const t = wallClockInVietnam(now);
  return `${t.year}-${t.month}-${t.day}`;
}

export function yearOf(value: CalendarDate): number {
  return Number(value.slice(0, 4));
}
