// Blocks as the parser reads them: a stream of clean lines and activity
// tables. Layout tables (the header, the signature block) are read column by
// column as lines; a table without a header row continues the table before it.
import { cleanLine, isDecoration } from "./clean";
import { joinContinuations } from "./content-cells";
import { headerIndex } from "./tables";
import type { Block, Cell } from "./types";

export type Item = { kind: "line"; text: string } | { kind: "table"; rows: Cell[][] };

const cleanLines = (lines: string[]) => lines.map(cleanLine).filter((line) => line && !isDecoration(line));

function columnsAsLines(rows: Cell[][]): string[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, column) => rows.flatMap((row) => row[column] ?? []));
}

/** "2", "- 3 -": a page number on a line of its own. */
const isPageNumber = (line: string) => /^[-–]?\s*\d{1,3}\s*[-–]?$/.test(line);

const rowText = (row: Cell[] | undefined) => (row ?? []).map((cell) => cell.join(" ")).join(" | ");

/** The header row of `rows` (at `at`) is the one of the table before: the same table, on its next page. */
function sameHeader(before: Cell[][], rows: Cell[][], at: number): boolean {
  const header = rowText(rows[at]);
  return before.slice(0, 3).some((row) => rowText(row) === header);
}

export function itemsOf(blocks: Block[]): Item[] {
  const items: Item[] = [];
  let lines: string[] = [];
  const flushLines = () => {
    for (const text of joinContinuations(lines)) items.push({ kind: "line", text });
    lines = [];
  };
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      lines.push(...cleanLines(block.text.split("\n")));
      continue;
    }
    const rows = block.rows.map((row) => row.map(cleanLines)).filter((row) => row.some((cell) => cell.length));
    if (!rows.length) continue;
    const previous = items.at(-1);
    const at = headerIndex(rows);
    if (at >= 0 && previous?.kind === "table" && lines.length > 0 && lines.every(isPageNumber) && sameHeader(previous.rows, rows, at)) {
      // A PDF copy: the page number between the halves of one table, and its header row repeated on the new page.
      lines = [];
      previous.rows.push(...rows.slice(at + 1));
    } else if (at >= 0) {
      flushLines();
      items.push({ kind: "table", rows });
    } else if (!lines.length && previous?.kind === "table") {
      previous.rows.push(...rows);
    } else {
      lines.push(...columnsAsLines(rows).flat());
    }
  }
  flushLines();
  return items;
}
