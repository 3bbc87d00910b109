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
