// mammoth's HTML of a DOCX as blocks: paragraphs and tables, cells keeping
// their paragraphs as separate lines. Merged cells become empty cells behind
// them, so a span is work and memory: spans, rows, cells, blocks and text are
// counted as they are made and stop at DOCX_LIMITS.
import { HTMLElement, parse, type Node } from "node-html-parser";
import { replaceUnstorable } from "../../text";
import { DOCX_LIMITS, limitMessages, overLimit } from "./limits";
import type { Block, Cell } from "./types";

const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** What the document has cost so far. */
class Budget {
  private blocks = 0;
  private cells = 0;
  private text = 0;

  block(block: Block): Block {
    if (++this.blocks > DOCX_LIMITS.blocks) throw overLimit("blocks", limitMessages.blocks());
    if (block.kind === "paragraph") this.chars(block.text.length);
    return block;
  }

  cell(lines: string[]): string[] {
    if (++this.cells > DOCX_LIMITS.cells) throw overLimit("cells", limitMessages.cells());
    for (const line of lines) this.chars(line.length);
    return lines;
  }

  private chars(count: number) {
    this.text += count;
    if (this.text > DOCX_LIMITS.textChars) throw overLimit("textChars", limitMessages.textChars());
  }
}

export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  // A DOCX may carry "&#xD800;" or "&#0;", which the XML reader turns into a
  // lone surrogate or NUL: cleaned here, before anything reads the text.
  walk(parse(replaceUnstorable(html)), blocks, new Budget());
  return blocks;
}

const elements = (node: Node): HTMLElement[] => node.childNodes.filter((child): child is HTMLElement => child instanceof HTMLElement);
const tagOf = (node: HTMLElement) => node.tagName.toLowerCase();

function walk(node: Node, blocks: Block[], budget: Budget) {
  for (const child of node.childNodes) {
    if (!(child instanceof HTMLElement)) {
      const text = child.text.trim();
      if (text) blocks.push(budget.block({ kind: "paragraph", text }));
      continue;
    }
    const tag = tagOf(child);
    if (tag === "table") blocks.push(budget.block({ kind: "table", rows: tableRows(child, budget) }));
    else if (tag === "ul" || tag === "ol") for (const text of listLines(child)) blocks.push(budget.block({ kind: "paragraph", text }));
    else if (PARAGRAPHS.has(tag)) blocks.push(budget.block({ kind: "paragraph", text: inlineText(child) }));
    else walk(child, blocks, budget);
  }
}

/** Text with <br> as a line break. */
function inlineText(node: Node): string {
  if (!(node instanceof HTMLElement)) return node.text;
  if (tagOf(node) === "br") return "\n";
  return node.childNodes.map(inlineText).join("");
}

/** Bullet lists keep a "- " so that cells read like the typed lists of other plans. */
function listLines(list: HTMLElement): string[] {
  const bullet = tagOf(list) === "ul" ? "- " : "";
  return elements(list).flatMap((item) => {
    const own = item.childNodes.filter((child) => !(child instanceof HTMLElement && ["ul", "ol"].includes(tagOf(child))));
    const nested = elements(item).filter((child) => ["ul", "ol"].includes(tagOf(child)));
    return [bullet + own.map(inlineText).join(""), ...nested.flatMap(listLines)];
  });
}

function cellLines(cell: Node, budget: Budget): string[] {
  const lines: string[] = [];
  for (const child of cell.childNodes) {
    if (!(child instanceof HTMLElement)) lines.push(child.text);
    else {
      const tag = tagOf(child);
      if (tag === "ul" || tag === "ol") lines.push(...listLines(child));
      else if (tag === "table") lines.push(...tableRows(child, budget).flat(2));
      else if (tag === "div") lines.push(...cellLines(child, budget));
      else lines.push(inlineText(child));
    }
  }
  return lines.flatMap((line) => line.split("\n")).map((line) => line.trim()).filter(Boolean);
}

/** A span attribute as a whole number of at least 1. */
const span = (value: string | undefined) => Math.max(1, Math.floor(Number(value ?? 1)) || 1);

/** Rows as a grid: merged cells (colspan, rowspan) leave empty cells behind them. */
function tableRows(table: HTMLElement, budget: Budget): Cell[][] {
  const trs = elements(table).flatMap((child) => (tagOf(child) === "tr" ? [child] : elements(child).filter((row) => tagOf(row) === "tr")));
  if (trs.length > DOCX_LIMITS.rowsPerTable) throw overLimit("rowsPerTable", limitMessages.rowsPerTable());
  const spans: number[] = []; // rows still covered, per column
  return trs.map((tr, index) => {
    const row: Cell[] = [];
    const push = (cell: Cell) => {
      if (row.length >= DOCX_LIMITS.tableColumns) throw overLimit("tableColumns", limitMessages.tableColumns(row.length + 1));
      row.push(budget.cell(cell));
    };
    const take = () => {
      while ((spans[row.length] ?? 0) > 0) {
        spans[row.length]! -= 1;
        push([]);
      }
    };
    for (const td of elements(tr).filter((cell) => ["td", "th"].includes(tagOf(cell)))) {
      take();
      const colspan = span(td.getAttribute("colspan"));
      if (row.length + colspan > DOCX_LIMITS.tableColumns) throw overLimit("tableColumns", limitMessages.tableColumns(row.length + colspan));
      // A rowspan past the table's end covers only the rows there are (as in HTML).
      const rowspan = Math.min(span(td.getAttribute("rowspan")), trs.length - index);
      for (let i = 0; i < colspan; i++) {
        if (rowspan > 1) spans[row.length] = rowspan - 1;
        push(i === 0 ? cellLines(td, budget) : []);
      }
    }
    take();
    return row;
  });
}
