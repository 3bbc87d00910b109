// A corpus document as a real Word document, laid out as the department's
// documents are (Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Times
// New Roman 14 pt, tables 13 pt), with the Word features a source asks for:
// merged cells, repeated header rows, automatic numbering, footnotes, a
// landscape appendix. Built with the `docx` package; the package's zip is then
// rewritten with fixed dates so that an unchanged source gives the same file.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table as WordTable,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ILevelsOptions,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";
import JSZip from "jszip";
import type { Block, Cell, CorpusSource, Para, Table } from "./model";
import { isAuto, Numberer, splitCellLabel, type ListPlace } from "./numbering";
import { tableGrid } from "./text";

const FONT = "Times New Roman";
const mm = (value: number) => Math.round((value * 1440) / 25.4);
const pt = (value: number) => value * 2;
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const LANDSCAPE_MARGIN = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(15), header: mm(10), footer: mm(10) };
const PORTRAIT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
const FIRST_LINE = mm(10);
const SIZE = { body: pt(14), table: pt(13), header: pt(13), motto: pt(12), recipients: pt(11), footnote: pt(10) };

const BODY_SPACING = { before: 120, after: 0, line: 264, lineRule: LineRuleType.AUTO };
const CELL_SPACING = { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO };

const level = (levelIndex: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, indent: { left: number; firstLine: number }, suffix: (typeof LevelSuffix)[keyof typeof LevelSuffix] = LevelSuffix.SPACE, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT): ILevelsOptions => ({
  level: levelIndex,
  format,
  text,
  suffix,
  alignment,
  style: { paragraph: { indent } },
});

const BODY_INDENT = { left: 0, firstLine: FIRST_LINE };
const CELL_INDENT = { left: 0, firstLine: 0 };

/** The lists of numbering.xml; numbering.ts counts them. */
const NUMBERING = {
  config: [
    {
      reference: "outline",
      levels: [
        level(0, LevelFormat.UPPER_ROMAN, "%1.", BODY_INDENT),
        level(1, LevelFormat.DECIMAL, "%2.", BODY_INDENT),
        level(2, LevelFormat.DECIMAL, "%2.%3.", BODY_INDENT),
      ],
    },
    { reference: "decimal", levels: [level(0, LevelFormat.DECIMAL, "%1.", BODY_INDENT), level(1, LevelFormat.DECIMAL, "%1.%2.", BODY_INDENT)] },
    { reference: "letter", levels: [level(0, LevelFormat.LOWER_LETTER, "%1)", BODY_INDENT)] },
    { reference: "bullet", levels: [level(0, LevelFormat.BULLET, "-", BODY_INDENT), level(1, LevelFormat.BULLET, "+", BODY_INDENT)] },
    { reference: "stt", levels: [level(0, LevelFormat.DECIMAL, "%1", CELL_INDENT, LevelSuffix.NOTHING, AlignmentType.CENTER)] },
    { reference: "sttDot", levels: [level(0, LevelFormat.DECIMAL, "%1.", CELL_INDENT, LevelSuffix.NOTHING, AlignmentType.CENTER)] },
    {
      reference: "cell",
      levels: [level(0, LevelFormat.LOWER_LETTER, "%1)", CELL_INDENT), level(1, LevelFormat.BULLET, "-", CELL_INDENT), level(2, LevelFormat.BULLET, "+", CELL_INDENT)],
    },
  ],
};

type RunStyle = { bold?: boolean; italics?: boolean; size?: number };

/** Text with "[^n]" footnote references; "¦" (a page break of the PDF copy) is a space here. */
function runs(text: string, style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const piece of text.replace(/\s*¦\s*/g, " ").split(/(\[\^\d+\])/)) {
    const footnote = /^\[\^(\d+)\]$/.exec(piece);
    if (footnote) out.push(new FootnoteReferenceRun(Number(footnote[1])));
    else if (piece) out.push(new TextRun({ text: piece, ...style }));
  }
  return out;
}

// custom: no built-in "ListParagraph" style, whose indent would override the lists' own.
const numbering = (place: ListPlace) => ({ reference: place.reference, level: place.level, instance: place.instance, custom: true });

class DocxWriter {
  readonly numberer: Numberer;
  constructor(private readonly source: CorpusSource) {
    this.numberer = new Numberer(source.slug, source.auto);
  }

  paragraph(para: Para): Paragraph {
    const look = para.look ?? "body";
    const bold = para.bold ?? (look === "heading" || look === "centerBold");
    const italics = para.italic ?? look === "italic";
    const auto = isAuto(para.label, para.auto, this.source.auto);
    const place = auto ? this.numberer.paragraph(para.label!) : null;
    const children: ParagraphChild[] = [];
    if (para.label && !auto) children.push(new TextRun({ text: `${para.label} `, bold: bold || Boolean(para.head), italics }));
    if (para.head) children.push(new TextRun({ text: para.text ? `${para.head} ` : para.head, bold: true, italics }));
    children.push(...runs(para.text, { bold, italics }));
    const centred = look === "center" || look === "centerBold";
    return new Paragraph({
      alignment: centred ? AlignmentType.CENTER : look === "plain" ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
      indent: centred || look === "plain" || place ? undefined : { firstLine: FIRST_LINE },
      spacing: centred ? { before: 0, after: 0 } : BODY_SPACING,
      keepNext: look === "heading" || Boolean(para.head && !para.text),
      numbering: place ? numbering(place) : undefined,
      // The paragraph mark's run: Word draws the automatic number with it.
      run: { bold: bold || Boolean(para.head), italics },
      children,
    });
  }

  cellParagraphs(cell: Cell, stt: ((label: string) => ListPlace) | null): Paragraph[] {
    const style: RunStyle = { bold: cell.bold, italics: cell.italic, size: SIZE.table };
    const alignment = cell.center ? AlignmentType.CENTER : AlignmentType.LEFT;
    const paragraph = (children: ParagraphChild[], place?: ListPlace) =>
      new Paragraph({ alignment, spacing: CELL_SPACING, numbering: place ? numbering(place) : undefined, run: style, children });
    if (!cell.lines.length) return [paragraph([])];
    if (stt && cell.lines.length === 1 && /^\d+\.?$/.test(cell.lines[0]!)) {
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: CELL_SPACING, numbering: numbering(stt(cell.lines[0]!)), run: style, children: [] })];
    }
    const list = cell.autoLabels ? this.numberer.cellList() : null;
    return cell.lines.map((line) => {
      const labelled = list ? splitCellLabel(line) : null;
      return labelled ? paragraph(runs(labelled[1], style), list!(labelled[0])) : paragraph(runs(line, style));
    });
  }

  table(table: Table, width: number): WordTable {
    const total = table.widths.reduce((sum, value) => sum + value, 0);
    const columns = table.widths.map((value) => Math.round((value / total) * width));
    const stt = table.autoStt ? this.numberer.sttList(table.rows.some((row) => !row.header && /^\d+\.$/.test(row.cells[0]?.lines[0] ?? ""))) : null;
    const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
    return new WordTable({
      width: { size: width, type: WidthType.DXA },
      columnWidths: columns,
      layout: TableLayoutType.FIXED,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      margins: { top: 0, bottom: 0, left: 57, right: 57 },
      rows: tableGrid(table).map((gridRow, index) => {
        const row = table.rows[index]!;
        // Cells merged from above (null in the grid) are written by docx itself, from the rowSpan of the cell above.
        let column = 0;
        const cells: TableCell[] = [];
        for (const cell of gridRow) {
          if (!cell) {
            column += 1;
            continue;
          }
          const span = cell.span ?? 1;
          const cellWidth = columns.slice(column, column + span).reduce((sum, value) => sum + value, 0);
          column += span;
          cells.push(
            new TableCell({
              width: { size: cellWidth, type: WidthType.DXA },
              columnSpan: cell.span,
              rowSpan: cell.rowSpan,
              verticalAlign: row.header || cell.rowSpan ? VerticalAlign.CENTER : VerticalAlign.TOP,
              children: this.cellParagraphs(cell, row.header ? null : stt),
            }),
          );
        }
        return new TableRow({ tableHeader: row.header && table.repeatHeader ? true : undefined, children: cells });
      }),
    });
  }

  blocks(blocks: Block[], width: number): FileChild[] {
    const out: FileChild[] = [];
    for (const block of blocks) {
      if (block.kind === "p") out.push(this.paragraph(block));
      else if (block.kind === "table") {
        out.push(this.table(block, width));
        // Two tables that touch become one in Word: a table is always followed by a paragraph.
        out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }));
      }
    }
    return out;
  }
}

const centred = (text: string, style: RunStyle = {}, before = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0 }, children: text ? [new TextRun({ text, ...style })] : [] });

/** A short line under the name of the issuer and under the motto. */
function rule(length: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

function layoutTable(widths: [number, number], cells: [Paragraph[], Paragraph[]]): WordTable {
  return new WordTable({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // The header and signature blocks stay whole on a page, as a clerk would keep them (rows of the bordered tables may split).
    rows: [new TableRow({ cantSplit: true, children: cells.map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children })) })],
  });
}

function headingBlock(source: CorpusSource): FileChild[] {
  const left = Math.round(PORTRAIT_WIDTH * 0.44);
  const right = PORTRAIT_WIDTH - left;
  return [
    layoutTable(
      [left, right],
      [
        [centred(source.issuer[0], { size: SIZE.header }), centred(source.issuer[1], { size: SIZE.header, bold: true }), rule(1300, left), centred(source.numberLine, { size: SIZE.header }, 120)],
        [
          centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: SIZE.motto, bold: true }),
          centred("Độc lập - Tự do - Hạnh phúc", { size: SIZE.header, bold: true }),
          rule(3200, right),
          centred(source.dateLine, { size: SIZE.body, italics: true }, 120),
        ],
      ],
    ),
    centred(source.kind, { bold: true }, 360),
    ...source.titleLines.map((line) => centred(line, { bold: true })),
    rule(2000, PORTRAIT_WIDTH),
    new Paragraph({ spacing: { before: 120 }, children: [] }),
  ];
}

function signatureBlock(source: CorpusSource): FileChild[] {
  const left = Math.round(PORTRAIT_WIDTH * 0.45);
  const recipients = [
    new Paragraph({ children: [new TextRun({ text: "Nơi nhận:", bold: true, italics: true, size: SIZE.motto })] }),
    ...source.recipients.map((recipient) => new Paragraph({ children: [new TextRun({ text: `- ${recipient}`, size: SIZE.recipients })] })),
  ];
  const signature = [
    ...source.signer.lines.map((line) => centred(line, { bold: true })),
    ...(source.signer.note ? [centred(source.signer.note, { italics: true }, 240)] : []),
    ...Array.from({ length: source.signer.note ? 2 : 4 }, () => centred("")),
    centred(source.signer.name, { bold: true }, 240),
  ];
  return [new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [] }), layoutTable([left, PORTRAIT_WIDTH - left], [recipients, signature])];
}

const pageNumberHeader = () =>
  new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.header })] })] });

/** The zip docx writes, again with every date fixed, so that an unchanged source gives the same bytes. */
async function fixDates(buffer: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    let content: string | Uint8Array = await file.async("uint8array");
    if (name === "docProps/core.xml") {
      content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
    }
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
}

/** The DOCX of a corpus document. */
export async function corpusDocx(source: CorpusSource, date: Date): Promise<Buffer> {
  const writer = new DocxWriter(source);
  const portrait = { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: PORTRAIT_MARGIN };
  const sections: ISectionOptions[] = [
    {
      properties: { titlePage: true, page: portrait },
      headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
      children: [...headingBlock(source), ...writer.blocks(source.body, PORTRAIT_WIDTH), ...signatureBlock(source)],
    },
  ];
  if (source.appendix) {
    const landscape = source.appendix.landscape;
    sections.push({
      properties: {
        page: landscape ? { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } : portrait,
      },
      headers: { default: pageNumberHeader() },
      children: writer.blocks(source.appendix.blocks, landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH),
    });
  }
  const footnotes = Object.fromEntries(
    Object.entries(source.footnotes ?? {}).map(([id, text]) => [id, { children: [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, size: SIZE.footnote })] })] }]),
  );
  const document = new Document({
    title: [source.kind, ...source.titleLines].join(" "),
    creator: source.issuer[1],
    lastModifiedBy: source.issuer[1],
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: "000000", language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    numbering: NUMBERING,
    footnotes,
    sections,
  });
  return fixDates(await Packer.toBuffer(document), date);
}
