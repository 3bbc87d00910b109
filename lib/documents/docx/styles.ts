// Page and type settings of an official document (Nghị định 30/2020/NĐ-CP,
// Phụ lục I): A4, margins 20/20/30/15 mm, Times New Roman, black.
import { AlignmentType, LineRuleType, type IStylesOptions } from "docx";

export const FONT = "Times New Roman";
export const LANGUAGE = "vi-VN";
export const BLACK = "000000";

/** Millimetres to twips (1/20 pt), the unit of page and paragraph measures. */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** Points to half-points, the unit of font sizes. */
export const pt = (value: number) => value * 2;

export const PAGE = {
  width: 11906, // A4
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
};
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** An appendix's table on A4 landscape (NĐ 30 allows it for tables): the same margins, the long side across. */
export const LANDSCAPE_PAGE = { width: PAGE.height, height: PAGE.width, margin: PAGE.margin };
export const LANDSCAPE_TEXT_WIDTH = LANDSCAPE_PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const FIRST_LINE_INDENT = mm(10);

export const SIZE = { body: pt(14), table: pt(13), header: pt(13), motto: pt(12), recipients: pt(11), recipientsLabel: pt(12) };

export const STYLE = { body: "KhBody", cell: "KhCell", cellHead: "KhCellHead" } as const;

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, color: BLACK, language: { value: LANGUAGE } },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
  },
  paragraphStyles: [
    {
      // Body text: justified, first line indented 1 cm, 6 pt between paragraphs, lines at 1.15.
      id: STYLE.body,
      name: "Kehoach Body",
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: { before: 120, after: 0, line: 276, lineRule: LineRuleType.AUTO },
      },
    },
    {
      id: STYLE.cell,
      name: "Kehoach Table Text",
      quickFormat: true,
      run: { size: SIZE.table },
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.cellHead,
      name: "Kehoach Table Heading",
      basedOn: STYLE.cell,
      quickFormat: true,
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER },
    },
  ],
};
