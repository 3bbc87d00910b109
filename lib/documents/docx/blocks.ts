// Small builders for the paragraphs and tables the document writers share.
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import { BLACK, STYLE } from "./styles";

type RunStyle = Pick<IRunOptions, "bold" | "italics" | "size">;

export const run = (text: string, style: RunStyle = {}) => new TextRun({ text, ...style });

/** A body paragraph: justified, first line indented. */
export function body(content: string | ParagraphChild[], options: RunStyle & { keepNext?: boolean; spaceAfter?: number } = {}): Paragraph {
  const { keepNext, spaceAfter, ...runStyle } = options;
  const children = typeof content === "string" ? [run(content, runStyle)] : content;
  return new Paragraph({ style: STYLE.body, keepNext, spacing: spaceAfter ? { after: spaceAfter } : undefined, children });
}

/** A bold line that stays with what follows: section and phase headings. */
export const heading = (text: string, spaceAfter = 0) => body(text, { bold: true, keepNext: true, spaceAfter });

/** "1. Mục đích: text" with the label in bold. */
export const labelled = (label: string, text: string, spaceAfter = 0) =>
  body([run(label, { bold: true }), run(` ${text}`)], { keepNext: spaceAfter > 0, spaceAfter });

/** A centred line of the heading or signature blocks. */
export function centred(text: string, style: RunStyle = {}, spacingBefore = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacingBefore }, children: [run(text, style)] });
}

const LINE = { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } as const;

/**
 * A short horizontal line, centred in a column of `within` twips: an empty
 * paragraph 3 pt high with a bottom border, which Word and LibreOffice both draw.
 */
export function rule(width: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: LINE },
    run: { size: 2 },
    children: [],
  });
}

export const cellText = (text: string, style: RunStyle = {}, centre = false) =>
  new Paragraph({ style: STYLE.cell, alignment: centre ? AlignmentType.CENTER : undefined, children: [run(text, style)] });

/** A cell's text, one paragraph per line; an empty cell still holds one paragraph. */
export function cellLines(text: string, style: RunStyle = {}): Paragraph[] {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.length ? lines.map((line) => cellText(line, style)) : [cellText("")];
}

export function cellLink(url: string, title: string): Paragraph {
  return new Paragraph({
    style: STYLE.cell,
    children: [new ExternalHyperlink({ link: url, children: [new TextRun({ text: title || url, underline: {}, color: BLACK })] })],
  });
}

export type Column = { title: string; width: number };

/** Left and right padding of a bordered table's cells: 1 mm. */
export const CELL_PADDING = 57;

const GRID = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const GRID_BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID };

/** A group row of an appendix table ("I | CÁC HOẠT ĐỘNG TUYÊN TRUYỀN …"): its label, then one cell across the other columns. */
export type GroupRow = { group: [Paragraph[], Paragraph[]] };

/**
 * A bordered table with a bold header row repeated on every page (w:tblHeader); no row is split across two pages
 * (w:cantSplit), so that a row's content, units and time are read together.
 */
export function gridTable(columns: Column[], rows: (Paragraph[][] | GroupRow)[]): Table {
  const cell = (children: Paragraph[], column: Column, header = false, span = 1) =>
    new TableCell({
      width: { size: span > 1 ? columns.slice(columns.indexOf(column), columns.indexOf(column) + span).reduce((sum, c) => sum + c.width, 0) : column.width, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      children,
    });
  const row = (cells: Paragraph[][] | GroupRow) =>
    "group" in cells
      ? new TableRow({ cantSplit: true, children: [cell(cells.group[0], columns[0]!), cell(cells.group[1], columns[1]!, false, columns.length - 1)] })
      : new TableRow({ cantSplit: true, children: cells.map((children, i) => cell(children, columns[i]!)) });
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: { top: 0, bottom: 0, left: CELL_PADDING, right: CELL_PADDING },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell([new Paragraph({ style: STYLE.cellHead, children: [run(c.title)] })], c, true)),
      }),
      ...rows.map(row),
    ],
  });
}

/** A borderless two-column table for the heading and signature blocks. */
export function layoutTable(widths: [number, number], cells: [Paragraph[], Paragraph[]]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children })),
      }),
    ],
  });
}
