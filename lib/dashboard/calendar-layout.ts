// Lays activity windows out on a month grid: weeks from Monday to Sunday,
// each window cut into one segment per week it touches, segments stacked in
// lanes so none overlap.
import { format, parseISO } from "date-fns";
import { shiftDate, type CalendarDate } from "@/lib/dates";

export type CalendarItem = { id: string; label: string; start: CalendarDate; end: CalendarDate; kind: "window" | "event"; tone: string; href: string };
export type Segment = { item: CalendarItem; column: number; span: number; lane: number; continuesBefore: boolean; continuesAfter: boolean };
export type Week = { days: CalendarDate[]; segments: Segment[]; lanes: number };

const mondayOf = (day: CalendarDate) => {
  const weekday = parseISO(day).getDay(); // 0 = Sunday
  return shiftDate(day, weekday === 0 ? -6 : 1 - weekday);
};

/** The weeks that show a month ("2022-05"), Monday first. */
export function monthWeeks(month: string): CalendarDate[][] {
  const first = `${month}-01`;
  const lastDay = format(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0), "yyyy-MM-dd");
  const weeks: CalendarDate[][] = [];
  for (let monday = mondayOf(first); monday <= lastDay; monday = shiftDate(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => shiftDate(monday, i)));
  }
  return weeks;
}

export function layoutWeek(days: CalendarDate[], items: CalendarItem[]): Week {
  const first = days[0]!;
  const last = days[6]!;
  const touching = items
    .filter((item) => item.start <= last && item.end >= first)
    .sort((a, b) => (a.start === b.start ? b.end.localeCompare(a.end) : a.start.localeCompare(b.start)));
  const laneEnds: number[] = [];
  const segments = touching.map((item) => {
    const startDay = item.start < first ? first : item.start;
    const endDay = item.end > last ? last : item.end;
    const column = days.indexOf(startDay);
    const span = days.indexOf(endDay) - column + 1;
    let lane = laneEnds.findIndex((end) => end < column);
    if (lane === -1) lane = laneEnds.push(-1) - 1;
    laneEnds[lane] = column + span - 1;
    return { item, column, span, lane, continuesBefore: item.start < first, continuesAfter: item.end > last };
  });
  return { days, segments, lanes: laneEnds.length };
}
