// What a person types into a date field, whatever their browser's language: "18/05/2026", "18/5/2026",
// "18-5-2026", "18.5.2026", "18052026", or the ISO "2026-05-18". Forms submit the ISO date (the zod schemas
// read yyyy-MM-dd); people read and type dd/MM/yyyy. Pure, shared by the field and its tests.
import { formatDate, isCalendarDate, type CalendarDate } from "@/lib/dates";

export const DATE_INPUT_PLACEHOLDER = "dd/mm/yyyy";
export const DATE_INPUT_ERROR = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 18/05/2026.";

const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const PACKED = /^(\d{2})(\d{2})(\d{4})$/;

/** The calendar date typed, or null when the text is not one (empty included). */
export function parseDateInput(text: string): CalendarDate | null {
  const value = text.trim();
  if (isCalendarDate(value)) return value;
  const parts = DAY_MONTH_YEAR.exec(value) ?? PACKED.exec(value);
  if (!parts) return null;
  // Built by hand, not with date-fns' parse(): this runs in every date field in the browser.
  const iso = `${parts[3]}-${parts[2]!.padStart(2, "0")}-${parts[1]!.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : null;
}

/** An ISO date as the field shows it (dd/MM/yyyy); anything else is shown as it is. */
export function formatDateInput(value: string | null | undefined): string {
  if (!value) return "";
  return isCalendarDate(value) ? formatDate(value) : value;
}
