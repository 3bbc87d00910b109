// The source of one corpus document: a plan written once, as structure, from
// which scripts/corpus/build.ts makes both the text a user would paste
// (<slug>.txt) and a real Word document (<slug>.docx), so the two never drift.
//
// Text conventions inside a source:
//   "[^1]"  a footnote reference (the DOCX gets a real footnote; the text gets
//           the bare digit glued to the word before it, as a copy from Word does)
//   "¦"     where a table row breaks across pages in the PDF the text was
//           copied from (text.from = "pdf" only; elsewhere it is a space)

/** Word features a corpus DOCX is built to have; tests/unit/corpus-files.test.ts finds each in the XML. */
export const WORD_FEATURES = {
  gridSpan: "cells merged across columns (w:gridSpan)",
  vMerge: "cells merged down rows (w:vMerge)",
  tblHeader: "header rows repeated on every page (w:tblHeader)",
  numPr: "Word's automatic list numbering in paragraphs (w:numPr, numbering.xml): the label is not in the text",
  numPrInTable: "automatic numbering inside table cells (Stt column, bullets in a cell)",
  footnotes: "footnotes (footnotes.xml, w:footnoteReference)",
  landscape: "a landscape section (w:orient=\"landscape\") for the appendix",
  longRow: "a row long enough to run onto the next page, which Word splits (no w:cantSplit on any row of a bordered table)",
} as const;

export type WordFeature = keyof typeof WORD_FEATURES;

export type Look = "body" | "heading" | "center" | "centerBold" | "italic" | "plain";

export type Para = {
  kind: "p";
  /** The label as it reads: "I.", "1.", "2.1.", "a)", "-", "+". */
  label?: string;
  /** The DOCX writes the label as Word numbering (w:numPr); unset: the document's `auto` policy decides. */
  auto?: boolean;
  /** A lead-in written in bold before the text ("Mục đích:"). */
  head?: string;
  text: string;
  look?: Look;
  bold?: boolean;
  italic?: boolean;
};

export type Cell = {
  /** The cell's paragraphs. A line starting "- ", "+ " or "a) " is a list item. */
  lines: string[];
  /** Columns this cell spans (w:gridSpan). */
  span?: number;
  /** Rows this cell spans (w:vMerge); the rows below leave the cell out. Not with `span`. */
  rowSpan?: number;
  bold?: boolean;
  italic?: boolean;
  center?: boolean;
  /** In the DOCX the "- " / "+ " / "a) " of the lines is Word numbering. */
  autoLabels?: boolean;
};

export type Row = { cells: Cell[]; header?: boolean };

export type Table = {
  kind: "table";
  /** Relative column widths. */
  widths: number[];
  rows: Row[];
  /** Header rows repeat on every page (w:tblHeader). */
  repeatHeader?: boolean;
  /** In the DOCX the Stt numbers of the body rows are Word numbering. */
  autoStt?: boolean;
  /** In a PDF copy, rows before which a page ended (indexes into rows). */
  pdfPageBefore?: number[];
};

/** Where a page of the PDF ends, for a text copied from the PDF. Nothing in the DOCX. */
export type PdfPage = { kind: "pdfPage" };

export type Block = Para | Table | PdfPage;

export type AutoPolicy = Partial<Record<"roman" | "decimal" | "sub" | "letter" | "dash" | "plus", boolean>>;

export type CorpusSource = {
  slug: string;
  /** One line for the README: the shape this document covers. */
  shape: string;
  features: WordFeature[];
  /** The issuing body, two lines: "UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  issuer: [string, string];
  numberLine: string;
  dateLine: string;
  kind: string;
  titleLines: string[];
  body: Block[];
  recipients: string[];
  signer: { lines: string[]; name: string; note?: string };
  appendix?: { landscape?: boolean; blocks: Block[] };
  footnotes?: Record<number, string>;
  /** Which labels the DOCX writes as Word numbering. */
  auto?: AutoPolicy;
  /** How the text copy looks: from Word (no page artefacts) or from the PDF (page numbers, repeated headers, split rows). */
  text: { from: "word" | "pdf"; header: "columns" | "stacked"; signature: "columns" | "stacked" };
};

// Builders, to keep the sources readable.
type ParaOptions = Omit<Partial<Para>, "kind" | "text">;

export const p = (text: string, options: ParaOptions = {}): Para => ({ kind: "p", text, ...options });
/** A bold heading: "I. MỤC ĐÍCH, YÊU CẦU", "2.1. Hoạt động … (từ ngày …)". */
export const h = (label: string, text: string, options: ParaOptions = {}): Para => ({ kind: "p", label, text, look: "heading", ...options });
/** A labelled item with a bold lead-in: "1. Mục đích: …". */
export const li = (label: string, head: string, text = "", options: ParaOptions = {}): Para => ({ kind: "p", label, head, text, ...options });
export const dash = (text: string, options: ParaOptions = {}): Para => ({ kind: "p", label: "-", text, ...options });
export const plus = (text: string, options: ParaOptions = {}): Para => ({ kind: "p", label: "+", text, ...options });
export const pdfPage: PdfPage = { kind: "pdfPage" };

type CellInput = string | string[] | Cell;
export const c = (lines: string | string[], options: Omit<Cell, "lines"> = {}): Cell => ({ lines: typeof lines === "string" ? (lines ? [lines] : []) : lines, ...options });
const cell = (input: CellInput): Cell => (typeof input === "string" || Array.isArray(input) ? c(input) : input);
export const tr = (...cells: CellInput[]): Row => ({ cells: cells.map(cell) });
export const th = (...cells: CellInput[]): Row => ({ header: true, cells: cells.map((input) => ({ bold: true, center: true, ...cell(input) })) });
/** A group row of an activity table: its label, then one cell across the other columns. */
export const group = (label: string, text: string, span: number): Row => ({
  cells: [c(label, { bold: true, center: true }), c(text, { bold: true, span })],
});
export const table = (widths: number[], rows: Row[], options: Omit<Table, "kind" | "widths" | "rows"> = {}): Table => ({
  kind: "table",
  widths,
  rows,
  ...options,
});
