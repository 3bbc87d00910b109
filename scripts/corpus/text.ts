// A corpus document as the text a user pastes into Kehoach's import.
//
// From Word (text.from = "word"): one line per paragraph, list labels as text
// followed by a space, table rows as lines with a tab between cells (a cell's
// paragraphs joined by spaces, a cell merged across columns is one cell, a
// cell merged down leaves empty cells below it), footnote references as the
// bare digit glued to the word before them, footnote texts left out.
// From the PDF (text.from = "pdf"): a blank line between paragraphs, and at
// each page end the page's footnotes, the next page's number, the repeated
// table header, and a row broken across pages as two rows.
import type { Block, Cell, CorpusSource, Para, Row, Table } from "./model";

const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
const FOOTNOTE = /\[\^(\d+)\]/g;

export const inlineText = (text: string) => text.replace(FOOTNOTE, "$1").replace(/\s*¦\s*/g, " ");

export function paragraphText(para: Para): string {
  return [para.label, para.head, inlineText(para.text)].filter(Boolean).join(" ");
}

/** A cell's text; in a row broken across pages of the PDF, the part before (0) or after (1) the break. */
function cellText(cell: Cell, part?: number): string {
  const text = cell.lines.join(" ").replace(FOOTNOTE, "$1");
  if (part === undefined) return inlineText(text);
  const pieces = text.split("¦").map((piece) => piece.trim());
  return part === 0 ? pieces[0]! : pieces.length > 1 ? pieces.slice(1).join(" ") : "";
}

/** The rows of a table as the grid Word copies: cells covered by a merge from above are empty. */
export function tableGrid(table: Table): (Cell | null)[][] {
  const covered: number[] = []; // rows still covered, per grid column
  return table.rows.map((row) => {
    const out: (Cell | null)[] = [];
    let column = 0;
    const cells = [...row.cells];
    while (cells.length || (covered[column] ?? 0) > 0) {
      if ((covered[column] ?? 0) > 0) {
        covered[column]! -= 1;
        out.push(null);
        column += 1;
        continue;
      }
      const cell = cells.shift()!;
      if ((cell.rowSpan ?? 1) > 1 && (cell.span ?? 1) > 1) throw new Error(`A cell merged both ways is not supported: “${cell.lines.join(" ")}”`);
      if ((cell.rowSpan ?? 1) > 1) covered[column] = cell.rowSpan! - 1;
      out.push(cell);
      column += cell.span ?? 1;
    }
    return out;
  });
}

class TextWriter {
  readonly lines: string[] = [];
  private page = 1;
  private pendingFootnotes: number[] = [];
  constructor(private readonly source: CorpusSource) {}

  get pdf() {
    return this.source.text.from === "pdf";
  }

  blank() {
    if (this.lines.length && this.lines.at(-1) !== "") this.lines.push("");
  }

  noteFootnotes(text: string) {
    for (const match of text.matchAll(FOOTNOTE)) this.pendingFootnotes.push(Number(match[1]));
  }

  /** The footnotes met since the last page end, at the foot of the page. */
  footnotes() {
    if (!this.pendingFootnotes.length) return;
    this.blank();
    for (const id of this.pendingFootnotes) this.lines.push(`${id} ${this.source.footnotes?.[id] ?? ""}`);
    this.pendingFootnotes = [];
  }

  /** The end of a PDF page: its footnotes at the bottom, the next page's number at the top. */
  pageEnd() {
    this.footnotes();
    this.blank();
    this.page += 1;
    this.lines.push(String(this.page));
    this.blank();
  }

  paragraph(para: Para) {
    this.noteFootnotes(para.text);
    if (this.pdf) this.blank();
    this.lines.push(paragraphText(para));
  }

  row(cells: (Cell | null)[], part?: number) {
    this.lines.push(cells.map((cell) => (cell ? cellText(cell, part) : "")).join("\t"));
  }

  table(table: Table) {
    this.blank();
    const grid = tableGrid(table);
    const header = grid.filter((_, index) => table.rows[index]!.header);
    grid.forEach((cells, index) => {
      const row: Row = table.rows[index]!;
      for (const cell of row.cells) for (const line of cell.lines) this.noteFootnotes(line);
      if (this.pdf && table.pdfPageBefore?.includes(index)) {
        this.pageEnd();
        if (table.repeatHeader) header.forEach((headerCells) => this.row(headerCells));
      }
      const split = this.pdf && row.cells.some((cell) => cell.lines.some((line) => line.includes("¦")));
      this.row(cells, split ? 0 : undefined);
      if (split) {
        this.pageEnd();
        if (table.repeatHeader) header.forEach((headerCells) => this.row(headerCells));
        this.row(cells, 1);
      }
    });
    this.blank();
  }

  blocks(blocks: Block[]) {
    for (const block of blocks) {
      if (block.kind === "p") this.paragraph(block);
      else if (block.kind === "table") this.table(block);
      else if (this.pdf) this.pageEnd();
    }
  }
}

export function corpusText(source: CorpusSource): string {
  const out = new TextWriter(source);
  const [parent, organisation] = source.issuer;
  if (source.text.header === "columns") {
    out.lines.push(`${parent}\t${MOTTO[0]}`, `${organisation}\t${MOTTO[1]}`, `${source.numberLine}\t${source.dateLine}`);
  } else {
    out.lines.push(parent, organisation, ...MOTTO, source.numberLine, source.dateLine);
  }
  out.blank();
  out.lines.push(source.kind, ...source.titleLines);
  out.blank();
  out.blocks(source.body);

  const left = ["Nơi nhận:", ...source.recipients.map((recipient) => `- ${recipient}`)];
  const right = [...source.signer.lines, ...(source.signer.note ? [source.signer.note] : [])];
  out.blank();
  if (source.text.signature === "columns") {
    while (right.length < left.length - 1) right.push("");
    right.push(source.signer.name);
    for (let i = 0; i < Math.max(left.length, right.length); i++) out.lines.push(`${left[i] ?? ""}\t${right[i] ?? ""}`);
  } else {
    out.lines.push(...left);
    out.blank();
    out.lines.push(...right, source.signer.name);
  }

  if (source.appendix) {
    if (out.pdf) out.pageEnd();
    else out.blank();
    out.blocks(source.appendix.blocks);
  }
  if (out.pdf) out.footnotes();
  return `${out.lines.join("\n").replace(/\n+$/, "")}\n`;
}
