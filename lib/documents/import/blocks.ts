// Text pasted by a user (copied from Word or a PDF) as blocks: lines with tabs
// are table rows, other lines paragraphs; empty lines end a paragraph or table.
import { replaceUnstorable } from "@/lib/text";
import type { Block, Cell } from "./types";

const isSeparatorRow = (cells: string[]) => cells.every((cell) => /^[\s\-–—]*$/.test(cell)) && cells.some((cell) => cell.includes("-"));

export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let rows: Cell[][] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join("\n") });
    if (rows.length) blocks.push({ kind: "table", rows });
    paragraph = [];
    rows = [];
  };
  for (const line of replaceUnstorable(text).replace(/\r\n?/g, "\n").split("\n")) {
    if (line.includes("\t")) {
      if (paragraph.length) flush();
      const cells = line.split("\t").map((cell) => cell.trim());
      if (!isSeparatorRow(cells)) rows.push(cells.map((cell) => (cell ? [cell] : [])));
    } else if (line.trim()) {
      if (rows.length) flush();
      paragraph.push(line.trim());
    } else {
      flush();
    }
  }
  flush();
  return blocks;
}
