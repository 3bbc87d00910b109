// Workbooks whose cells hold text a spreadsheet could take for a formula, and
// a reader of what the XLSX file itself says about a cell (ExcelJS cannot read
// the quotePrefix style attribute back).
import JSZip from "jszip";
import type { PlanDocument } from "@/lib/plans/document";
import type { UnitFigures } from "@/lib/dashboard/counting";
import type { UnitTableRow } from "@/lib/documents/xlsx/unit-table";
import { plan2022 } from "./plan-2022-document";

/** "=1+1", a phone number, a negative number, a function, a link formula, a tab-led formula. */
export const FORMULA_LIKE_TEXTS = ["=1+1", "+84 912 345 678", "-5", "@SUM(A1)", '=HYPERLINK("http://ví-dụ.vn","Bấm")', "\t=1+1"];
export const PHONE = "+84 912 345 678";

/** The 2022 plan with its first activities' contents replaced by FORMULA_LIKE_TEXTS, and a phone number as a result. */
export function formulaLikePlan(): PlanDocument {
  const plan = structuredClone(plan2022().plan);
  const activities = plan.phases.flatMap((phase) => phase.activities);
  FORMULA_LIKE_TEXTS.forEach((text, i) => (activities[i]!.content = text));
  activities[0]!.result = PHONE;
  return plan;
}

const none: UnitFigures = { total: 0, done: 0, inProgress: 0, blocked: 0, overdue: 0, onTime: 0 };
export const formulaLikeUnitRows = (): UnitTableRow[] =>
  ["@SUM(A1)", "-5", "=1+1", "Phòng Quản lý khoa học"].map((unitName) => ({ unitName, lead: none, support: none, onTimeLead: null, onTimeSupport: null }));

/** Whether the cell's style carries quotePrefix="1", read from the file's own XML. */
export async function hasQuotePrefix(xlsx: Buffer, sheetNumber: number, ref: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheet = await zip.file(`xl/worksheets/sheet${sheetNumber}.xml`)!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const cell = new RegExp(`<c r="${ref}"([^>]*)>`).exec(sheet);
  if (!cell) throw new Error(`No cell ${ref}`);
  const styleIndex = Number(/\bs="(\d+)"/.exec(cell[1]!)?.[1] ?? 0);
  const cellXfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(styles)![0];
  const xf = cellXfs.match(/<xf\b[^>]*>/g)![styleIndex]!;
  return /\bquotePrefix="1"/.test(xf);
}
