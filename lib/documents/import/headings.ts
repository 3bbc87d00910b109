// Section headings ("I. MỤC ĐÍCH, YÊU CẦU") and the numbered parts under them
// ("1. Mục đích:", "2. Yêu cầu: …", "2. Hình thức và phân công tổ chức thực hiện").
import { foldVietnamese } from "@/lib/text";
import { isUpperLine } from "./clean";
import { isAuthorityLine, isSignerTitle } from "./header";
import type { SectionKind } from "./types";

export type Part = "purposes" | "requirements" | "theme" | "slogans" | "contents" | "phases";

const ROMAN = /^([IVX]+)[.)]\s*(\S.*)$/u;

export function isRomanHeading(line: string): boolean {
  return ROMAN.test(line);
}

export function romanHeadingText(line: string): string {
  return ROMAN.exec(line)?.[2] ?? line;
}

export function romanHeadingLabel(line: string): string {
  return ROMAN.exec(line)?.[1] ?? "";
}

/** A heading in capitals without its label ("TỔ CHỨC THỰC HIỆN"): Word's numbering was not in the text. */
export function isUnlabelledHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6 || line.length > 150 || /^[“"'(\-–+•]/u.test(line)) return false;
  if (!isUpperLine(line) || /^KẾ HOẠCH$/u.test(line)) return false;
  return !isAuthorityLine(line) && !isSignerTitle(line) && !/[;,]$/.test(line);
}

/** What a section the plan has no field for is about. */
export function sectionKind(title: string): SectionKind {
  const folded = foldVietnamese(title);
  if (/to chuc thuc hien|phan cong/.test(folded)) return "ORGANISATION";
  if (/^kinh phi|kinh phi thuc hien/.test(folded)) return "BUDGET";
  return "OTHER";
}

const SUB_HEADINGS: [RegExp, Part][] = [
  [/^muc dich/, "purposes"],
  [/^yeu cau/, "requirements"],
  [/^chu de/, "theme"],
  [/^(cac )?khau hieu/, "slogans"],
  [/^noi dung/, "contents"],
  [/^(hinh thuc|phan cong|to chuc thuc hien|cac hoat dong|thoi gian)/, "phases"],
];

/** "2. Yêu cầu: Các hoạt động …" → the part it starts and the text after the colon. */
export function subHeading(line: string, inContents: boolean): { part: Part; inline: string } | null {
  const numbered = /^(?:\d+|[a-zđ])[.)]\s*/u.exec(line);
  const text = numbered ? line.slice(numbered[0].length) : line;
  const folded = foldVietnamese(text);
  const entry = SUB_HEADINGS.find(([pattern]) => pattern.test(folded));
  if (!entry) return null;
  const colon = text.indexOf(":");
  const keywordOnly = folded.replace(entry[0], "").replace(/[\s:.]/g, "") === "";
  // Word's list numbering may not come through: under "Nội dung", a short
  // "Hình thức và phân công tổ chức thực hiện" alone is still the heading.
  const shortPhasesHeading = inContents && /^(hinh thuc|phan cong)/.test(folded) && text.length <= 80 && !/[.;]$/.test(text);
  if (!numbered && colon < 0 && !keywordOnly && !shortPhasesHeading) return null;
  if (!numbered && colon > 40) return null;
  return { part: entry[1], inline: colon < 0 ? "" : text.slice(colon + 1).trim() };
}

export function sectionPart(title: string): Part | null {
  const folded = foldVietnamese(title);
  if (/muc dich|yeu cau/.test(folded)) return "purposes";
  if (/chu de|khau hieu/.test(folded)) return "theme";
  if (/noi dung|hinh thuc/.test(folded)) return "contents";
  // Anything else ("Tổ chức thực hiện", "Kinh phí" …) is kept as written; phases under it are read by their shape.
  return null;
}
