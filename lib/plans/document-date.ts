// The place-and-date line of an official document (Nghị định 30/2020/NĐ-CP):
// "Lạng Sơn, ngày 05 tháng 5 năm 2022" — days below 10 and months 1–2 take a leading zero.
import type { CalendarDate } from "@/lib/dates";

export function documentDateLine(place: string, date: CalendarDate | null, year: number): string {
  if (!date) return `${place}, ngày      tháng      năm ${year}`;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = String(d).padStart(2, "0");
  const month = m <= 2 ? String(m).padStart(2, "0") : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}
