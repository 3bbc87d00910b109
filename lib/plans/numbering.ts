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

/** What a plan row needs to show its number. */
export type NumberedPlan = { number: number | null; symbol: string | null; organization: { code: string } };

/**
 * "05/KH-SKHCN", or null while the plan has no number. An issued plan keeps
 * the symbol it was issued with, whatever the organisation's code became.
 */
export function planNumberLabel(plan: NumberedPlan): string | null {
  return plan.number === null ? null : formatPlanNumber(plan.number, plan.symbol ?? planSymbol(plan.organization.code));
}
