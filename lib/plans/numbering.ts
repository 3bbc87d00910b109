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
