// A plan's number as people type it into the search box: "12/KH-SKHCN", "KH-SKHCN 12", "12/KH", "số 12",
// "Số: 05/KH-SKHCN". Pure: the search query turns it into a filter on Plan.number and Plan.symbol, so nothing
// has to be copied into the plans' search text (and kept in step when a plan is issued or renumbered).
import type { Prisma } from "@/lib/generated/prisma/client";
import { foldVietnamese } from "@/lib/text";

/** A number, and the start of the symbol when one was typed ("KH", "KH-SKHCN"), upper-case. */
export type PlanNumberQuery = { number: number; symbolPrefix: string | null };

const SYMBOL = "([a-z]{1,6}(?:-[a-z0-9]{1,12})*)";
const NUMBER = "0*(\\d{1,5})";
const PATTERNS = [
  // "12/KH-SKHCN", "12/KH", "số 12/KH-SKHCN"
  new RegExp(`^(?:so\\s*:?\\s*)?${NUMBER}\\s*/\\s*${SYMBOL}?$`),
  // "KH-SKHCN 12", "KH-SKHCN số 12"
  new RegExp(`^${SYMBOL}\\s+(?:so\\s*:?\\s*)?${NUMBER}$`),
  // "số 12", "so: 12"
  new RegExp(`^so\\s*:?\\s*${NUMBER}$`),
];

/** The plan number a whole query stands for, or null when it is ordinary words. */
export function parsePlanNumberQuery(query: string): PlanNumberQuery | null {
  const s = foldVietnamese(query).replace(/\s*-\s*/g, "-");
  const [numbered, symbolFirst, bare] = PATTERNS.map((p) => p.exec(s));
  if (numbered) return { number: Number(numbered[1]), symbolPrefix: numbered[2] ? numbered[2].toUpperCase() : null };
  if (bare) return { number: Number(bare[1]), symbolPrefix: null };
  if (symbolFirst) {
    // A symbol must hold a letter run with a dash, or be "KH": "ngay 12" is two words, not a number.
    const symbol = symbolFirst[1]!;
    if (!symbol.includes("-") && symbol !== "kh") return null;
    return { number: Number(symbolFirst[2]), symbolPrefix: symbol.toUpperCase() };
  }
  return null;
}

/**
 * The Prisma filter for a plan query: every folded word in the plan's search text, or (when the whole query is a
 * number) the plan with that number and a symbol starting as typed. A plan without its own symbol uses
 * "KH-<organisation code>" (lib/plans/numbering.ts).
 */
export function planQueryWhere(query: string): Prisma.PlanWhereInput | undefined {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  if (!words.length) return undefined;
  const byWords: Prisma.PlanWhereInput = { AND: words.map((word) => ({ searchText: { contains: word } })) };
  const numbered = parsePlanNumberQuery(query);
  if (!numbered) return byWords;
  const prefix = numbered.symbolPrefix;
  const ownSymbol: Prisma.PlanWhereInput = !prefix
    ? { symbol: null }
    : prefix.startsWith("KH-")
      ? { symbol: null, organization: { code: { startsWith: prefix.slice(3), mode: "insensitive" } } }
      : "KH-".startsWith(prefix)
        ? { symbol: null }
        : { id: { in: [] } };
  const symbol: Prisma.PlanWhereInput = prefix ? { OR: [{ symbol: { startsWith: prefix, mode: "insensitive" } }, ownSymbol] } : {};
  return { OR: [byWords, { AND: [{ number: numbered.number }, symbol] }] };
}
