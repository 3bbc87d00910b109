// Kinh phí: amounts in đồng, read as plans write them and shown with
// Vietnamese grouping ("15.000.000 đ"). Pure; shared by forms, import and exports.

/** The largest amount kept: far above any plan's budget, well inside a safe JS integer and a BIGINT. */
export const MAX_COST = 1_000_000_000_000_000;

const UNITS: [RegExp, number][] = [
  [/^(tỷ|tỉ|ty)$/u, 1_000_000_000],
  [/^(triệu|trieu|tr)$/u, 1_000_000],
  [/^(nghìn|ngàn|nghin|ngan|k)$/u, 1_000],
  [/^(đồng|dong|đ|d|vnđ|vnd)?$/u, 1],
];

/**
 * "15.000.000", "15,000,000 đ", "15 triệu", "15tr", "1,5 tỷ", "2.5 triệu đồng" → đồng.
 * Grouped digits (dots or commas every three) are thousands; with a word unit a single
 * comma or dot is the decimal mark. null: not an amount (empty text included).
 */
export function parseCost(text: string): number | null {
  const clean = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim().replace(/[.;]$/, "");
  const match = /^(\d[\d.,\s]*?)\s*(\p{L}*)(?:\s+(đồng|dong|đ|vnđ|vnd))?$/u.exec(clean);
  if (!match) return null;
  const [, figure, word = ""] = match;
  const unit = UNITS.find(([pattern]) => pattern.test(word));
  if (!unit) return null;
  const digits = figure!.replace(/\s/g, "");
  let value: number;
  if (/^\d{1,3}([.,]\d{3})+$/.test(digits)) {
    // 15.000.000, 15,000,000, "1.500 triệu": groups of three are thousands.
    value = Number(digits.replace(/[.,]/g, ""));
  } else if (/^\d+([.,]\d+)?$/.test(digits)) {
    // 1,5 or 2.5: a decimal mark (only sensible with a unit word, e.g. "1,5 tỷ").
    if (unit[1] === 1 && /[.,]/.test(digits)) return null;
    value = Number(digits.replace(",", "."));
  } else return null;
  const amount = Math.round(value * unit[1]);
  return Number.isSafeInteger(amount) && amount <= MAX_COST ? amount : null;
}

/** 15000000 → "15.000.000" (grouping by dots, as Vietnamese documents write it). */
export function groupDigits(amount: number | bigint): string {
  const sign = amount < 0 ? "-" : "";
  return sign + String(amount).replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 15000000 → "15.000.000 đ"; null → "". */
export function formatCost(amount: number | bigint | null | undefined): string {
  return amount === null || amount === undefined ? "" : `${groupDigits(amount)} đ`;
}

/** The sum of the amounts that are set; null when none is. */
export function sumCosts(amounts: readonly (number | null | undefined)[]): number | null {
  const set = amounts.filter((a): a is number => typeof a === "number");
  return set.length ? set.reduce((sum, a) => sum + a, 0) : null;
}

/** A BIGINT column as a number (amounts stay under MAX_COST, so this is exact). */
export function costFromDb(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}
