// Document numbers per Nghị định 30/2020: "Số: 05/KH-SKHCN".

/** The symbol of a plan of the organisation with this code: "KH-SKHCN". */
export function planSymbol(organizationCode: string): string {
  return `KH-${organizationCode}`;
}

/** "05/KH-SKHCN": at least two digits. */
export function formatPlanNumber(number: number, symbol: string): string {
  return `${String(number).padStart(2, "0")}/${symbol}`;
}

/** The header line: the number, or dots to fill in by hand while it has none. */
export function planNumberLine(number: number | null, symbol: string): string {
  return number === null ? `Số: ......../${symbol}` : `Số: ${formatPlanNumber(number, symbol)}`;
}

/** What a plan row needs to show its number; numberText: the number as an imported document wrote it. */
export type NumberedPlan = { number: number | null; numberText?: string | null; symbol: string | null; organization: { code: string } };

/**
 * "05/KH-SKHCN", or null while the plan has no number. An issued plan keeps
 * the symbol it was issued with, whatever the organisation's code became, and
 * a plan imported as issued its number as written ("009" stays "009").
 */
export function planNumberLabel(plan: NumberedPlan): string | null {
  if (plan.number === null) return null;
  const symbol = plan.symbol ?? planSymbol(plan.organization.code);
  return plan.numberText ? `${plan.numberText}/${symbol}` : formatPlanNumber(plan.number, symbol);
}

/**
 * A number as a document writes it ("09", "9", "123") → its value and the text to keep. The text is kept only
 * when the usual padding would print it differently ("009", "9"), so that "09" prints as every other number.
 * null: not a document number.
 */
export function readWrittenNumber(text: string): { number: number; numberText: string | null } | null {
  const digits = text.trim();
  if (!/^\d{1,6}$/.test(digits)) return null;
  const number = Number(digits);
  if (number < 1) return null;
  return { number, numberText: String(number).padStart(2, "0") === digits ? null : digits };
}
