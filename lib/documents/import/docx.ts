// A DOCX file as blocks: mammoth turns it into HTML, which is walked for
// paragraphs and tables. Cells keep their paragraphs as separate lines.
import mammoth from "mammoth";
import { HTMLElement, parse, type Node } from "node-html-parser";
import { replaceUnstorable } from "@/lib/text";
import { ImportError } from "./errors";
import type { Block, Cell } from "./types";

const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

export async function blocksFromDocx(buffer: Buffer): Promise<Block[]> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError("UNREADABLE_DOCX", `Không đọc được tệp DOCX: ${reason}`);
  }
  const blocks: Block[] = [];
  // A DOCX may carry "&#xD800;" or "&#0;", which the XML reader turns into a
  // lone surrogate or NUL: cleaned here, before anything reads the text.
  walk(parse(replaceUnstorable(html)), blocks);
  return blocks;
}

const elements = (node: Node): HTMLElement[] => node.childNodes.filter((child): child is HTMLElement => child instanceof HTMLElement);

function walk(node: Node, blocks: Block[]) {
  for (const child of node.childNodes) {
    if (!(child instanceof HTMLElement)) {
      const text = child.text.trim();
      if (text) blocks.push({ kind: "paragraph", text });
      continue;
    }
    const tag = child.tagName.toLowerCase();
    if (tag === "table") blocks.push({ kind: "table", rows: tableRows(child) });
    else if (tag === "ul" || tag === "ol") for (const text of listLines(child)) blocks.push({ kind: "paragraph", text });
    else if (PARAGRAPHS.has(tag)) blocks.push({ kind: "paragraph", text: inlineText(child) });
    else walk(child, blocks);
  }
}

/** Text with <br> as a line break. */
function inlineText(node: Node): string {
  if (!(node instanceof HTMLElement)) return node.text;
  if (node.tagName.toLowerCase() === "br") return "\n";
  return node.childNodes.map(inlineText).join("");
}

/** Bullet lists keep a "- " so that cells read like the typed lists of other plans. */
function listLines(list: HTMLElement): string[] {
  const bullet = list.tagName.toLowerCase() === "ul" ? "- " : "";
  return elements(list).flatMap((item) => {
    const own = item.childNodes.filter((child) => !(child instanceof HTMLElement && ["ul", "ol"].includes(child.tagName.toLowerCase())));
    const nested = elements(item).filter((child) => ["ul", "ol"].includes(child.tagName.toLowerCase()));
    return [bullet + own.map(inlineText).join(""), ...nested.flatMap(listLines)];
  });
}

function cellLines(cell: Node): string[] {
  const lines: string[] = [];
  for (const child of cell.childNodes) {
    if (!(child instanceof HTMLElement)) lines.push(child.text);
    else {
      const tag = child.tagName.toLowerCase();
      if (tag === "ul" || tag === "ol") lines.push(...listLines(child));
      else if (tag === "table") lines.push(...tableRows(child).flat(2));
      else if (PARAGRAPHS.has(tag) || tag === "div") lines.push(...(tag === "div" ? cellLines(child) : [inlineText(child)]));
      else lines.push(inlineText(child));
    }
  }
  return lines.flatMap((line) => line.split("\n")).map((line) => line.trim()).filter(Boolean);
}

/** Rows as a grid: merged cells (colspan, rowspan) leave empty cells behind them. */
function tableRows(table: HTMLElement): Cell[][] {
  const trs = elements(table).flatMap((child) => (child.tagName.toLowerCase() === "tr" ? [child] : elements(child).filter((row) => row.tagName.toLowerCase() === "tr")));
  const spans: number[] = []; // rows still covered, per column
  return trs.map((tr) => {
    const row: Cell[] = [];
    const take = () => {
      while ((spans[row.length] ?? 0) > 0) {
        spans[row.length]! -= 1;
        row.push([]);
      }
    };
    for (const td of elements(tr).filter((cell) => ["td", "th"].includes(cell.tagName.toLowerCase()))) {
      take();
      const colspan = Number(td.getAttribute("colspan") ?? 1) || 1;
      const rowspan = Number(td.getAttribute("rowspan") ?? 1) || 1;
      for (let i = 0; i < colspan; i++) {
        if (rowspan > 1) spans[row.length] = rowspan - 1;
        row.push(i === 0 ? cellLines(td) : []);
      }
    }
    take();
    return row;
  });
}
