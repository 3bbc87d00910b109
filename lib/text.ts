// Vietnamese text helpers.

/**
 * Folds Vietnamese for matching: "Đài Phát thanh" and "dai phat thanh" give
 * the same key. Decomposes accents (NFD), drops the marks, maps đ/Đ to d.
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of the query appears in the text, ignoring accents and case. */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldVietnamese(text);
  return words.every((word) => haystack.includes(word));
}

/** "Triển khai …" → "triển khai …" for "Kế hoạch triển khai …". */
export function lowerFirst(value: string): string {
  return value ? value.charAt(0).toLocaleLowerCase("vi") + value.slice(1) : value;
}

/** Splits a textarea into non-empty trimmed lines. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The stored search key of a row: its texts folded, for LIKE queries in SQL. */
export function searchTextOf(...parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(" "));
}

const ENDS_IN_HIGH_SURROGATE = /[\ud800-\udbff]$/;
const STARTS_WITH_LOW_SURROGATE = /^[\udc00-\udfff]/;

/**
 * At most `max` UTF-16 units from the start, without cutting an emoji (a
 * surrogate pair) in half: half of one is a character PostgreSQL's jsonb
 * refuses and every screen shows as "�".
 */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return ENDS_IN_HIGH_SURROGATE.test(cut) ? cut.slice(0, -1) : cut;
}

/** `clip` from the end: the last `max` units (a file name keeps its extension). */
export function clipEnd(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(value.length - max);
  return STARTS_WITH_LOW_SURROGATE.test(cut) ? cut.slice(1) : cut;
}

/**
 * Text that did not come from a form (a DOCX can carry any character
 * reference; the server cuts labels): a lone surrogate becomes "�", as any
 * UTF-8 reader shows it, and control characters other than tab and line
 * breaks are dropped (PostgreSQL refuses NUL).
 */
export function replaceUnstorable(value: string): string {
  return value.replace(/\p{Surrogate}/gu, "\ufffd").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

/**
 * Drops the invisible marks that reorder text (Unicode Bidi_Control: U+061C,
 * U+200E/200F, U+202A–202E, U+2066–2069): in a file name they make
 * "hoadon\u202Efdp.exe" read as "hoadonexe.pdf".
 */
export function stripBidiControls(value: string): string {
  return value.replace(/\p{Bidi_Control}/gu, "");
}
