// RFC 5545 calendars from activity windows. ical-generator escapes commas,
// semicolons and newlines and folds lines at 75 octets (UTF-8 aware).
import ical, { ICalCalendarMethod } from "ical-generator";
import { shiftDate, toDbDate, type CalendarDate } from "@/lib/dates";

export type FeedEvent = {
  uid: string;
  sequence: number;
  title: string;
  start: CalendarDate;
  /** Inclusive last day; DTEND is written as the day after (exclusive). */
  end: CalendarDate;
  description: string;
  url: string;
  updatedAt: Date;
};

export function buildCalendar(name: string, events: FeedEvent[]): string {
  const calendar = ical({ name, prodId: { company: "Kehoach", product: "Kehoach", language: "VI" }, method: ICalCalendarMethod.PUBLISH, timezone: "Asia/Ho_Chi_Minh" });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      allDay: true,
      start: toDbDate(event.start),
      end: toDbDate(shiftDate(event.end, 1)),
      summary: event.title,
      description: event.description,
      url: event.url,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
    });
  }
  return calendar.toString();
}
