// The document's header: "Số: 12/KH-SKHCN", "Lạng Sơn, ngày 03 tháng 5 năm
// 2022", the "KẾ HOẠCH" line and the title (trích yếu) under it.
import { isCalendarDate, type CalendarDate } from "@/lib/dates";
import { foldVietnamese } from "@/lib/text";
import { isRomanHeading } from "./headings";

const NUMBER_LINE = /^Số\s*:\s*([\d\s.…]*)\/\s*(\S+)/iu;

/** "Số: 09/KH-SKHCN" → 9 and the symbol; dots to fill in → no number. */
export function readNumberLine(line: string): { number: number | null; symbol: string } | null {
  const match = NUMBER_LINE.exec(line);
  if (!match) return null;
  const digits = match[1]!.replace(/\D/g, "");
  return { number: digits ? Number(digits) : null, symbol: match[2]!.replace(/[.,;]+$/, "") };
}

/** The number's digits as written ("09"): a plan imported as issued keeps them. "" when none. */
export function writtenNumberOf(line: string): string {
  return NUMBER_LINE.exec(line)?.[1]!.replace(/\D/g, "") ?? "";
}

const pad = (value: string) => value.padStart(2, "0");

/** The day may be left blank until the plan is signed: "ngày    tháng 5 năm 2022". */
export function readDateLine(line: string): { place: string; issueDate: CalendarDate | null; year: number } | null {
  const match = /^(.*?)[,\s]*ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/iu.exec(line);
  if (!match) return null;
  const [, place, day, month, year] = match as unknown as [string, string, string | undefined, string | undefined, string];
  const date = day && month ? `${year}-${pad(month)}-${pad(day)}` : null;
  return { place: place.trim(), issueDate: date && isCalendarDate(date) ? date : null, year: Number(year) };
}

/** "KẾ HOẠCH", alone or followed by the title on the same line. */
export function readTitleMarker(line: string): { rest: string } | null {
  const match = /^KẾ HOẠCH(?![\p{L}])[\s:]*(.*)$/u.exec(line);
  if (match) return { rest: match[1]!.trim() };
  // Word's "All caps" style is lost on the way: the line may read "Kế hoạch".
  return foldVietnamese(line) === "ke hoach" ? { rest: "" } : null;
}

const LEGAL_OPENING = /^(căn cứ|thực hiện|theo|xét|trên cơ sở|thi hành|nhằm|để)(?![\p{L}])/iu;

export const isLegalOpening = (line: string) => LEGAL_OPENING.test(line);

/** Where the title stops: the legal basis, a section, a sentence. */
export function endsTitle(line: string): boolean {
  return isLegalOpening(line) || isRomanHeading(line) || /[.;:]$/.test(line);
}

export function yearIn(text: string): number | null {
  const match = /năm\s+(\d{4})\b/iu.exec(text);
  return match ? Number(match[1]) : null;
}

/** The 18/5 day: "Ngày Khoa học và Công nghệ Việt Nam", "Ngày KH&CN". */
export function mentionsScienceDay(title: string): boolean {
  const folded = foldVietnamese(title).replace(/\s*&\s*/g, "&");
  return folded.includes("ngay khoa hoc va cong nghe viet nam") || folded.includes("ngay kh&cn");
}

export const isAuthorityLine = (line: string) => /^(KT|TL|TM|TUQ|Q)\.\s*\S/u.test(line);

const SIGNER_TITLE = /^(phó\s+)?(giám đốc|chủ tịch|chánh văn phòng|trưởng phòng|chi cục trưởng|viện trưởng)$/iu;

/** "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC" (or "Giám đốc" when capitals were a style). */
export const isSignerTitle = (line: string) => SIGNER_TITLE.test(line.trim());
