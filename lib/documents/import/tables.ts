// Activity tables: a header row (Stt | Nội dung | Đơn vị chủ trì | Đơn vị phối
// hợp | Đơn vị thực hiện | Thời gian | Ghi chú, in any order and wording), then
// one row per activity; a row without Stt continues the row above (page break).
import { foldVietnamese } from "@/lib/text";
import { hasBullet, isUpperLine, startsLower } from "./clean";
import type { Cell } from "./types";

export type Role = "stt" | "content" | "place" | "lead" | "supporters" | "performers" | "time" | "output" | "cost" | "note";
export type Columns = Partial<Record<Role, number>> & { content: number };

const cellText = (cell: Cell | undefined) => (cell ?? []).join(" ").trim();

const UNIT_WORDS = /^(don vi|co quan|bo phan|chu tri|phoi hop|nguoi|phu trach)/;

/** Header cells are short labels; a data cell is never taken for one. */
function roleOf(header: string): Role | null {
  const text = foldVietnamese(header).replace(/[.:()]/g, "").trim();
  if (!text || text.length > 60) return null;
  if (/^(stt|tt|so tt|so thu tu)$/.test(text)) return "stt";
  if (/^(thoi gian|thoi han|tien do)/.test(text)) return "time";
  if (/^(ghi chu|thanh phan)/.test(text)) return "note";
  if (/^(dia diem|dia ban|noi to chuc)/.test(text)) return "place";
  if (/^(san pham|ket qua du kien|ket qua dau ra)/.test(text)) return "output";
  if (/^(kinh phi|du toan|chi phi)/.test(text)) return "cost";
  if (/^(noi dung|ten hoat dong|hoat dong|cong viec|nhiem vu)/.test(text)) return "content";
  if (!UNIT_WORDS.test(text)) return null;
  if (text.includes("chu tri")) return "lead";
  if (text.includes("phoi hop")) return "supporters";
  return "performers";
}

/** The columns of an activity table's header row, or null when the row is no such header. */
export function activityColumns(row: Cell[]): Columns | null {
  const columns: Partial<Record<Role, number>> = {};
  let labels = 0;
  row.forEach((cell, index) => {
    const role = roleOf(cellText(cell));
    if (role) labels++;
    if (role && columns[role] === undefined) columns[role] = index;
  });
  // One row per commune, no Nội dung column: each row is the event held at the place it names.
  if (columns.content === undefined && columns.place !== undefined) columns.content = columns.place;
  const filled = row.filter((cell) => cellText(cell)).length;
  if (labels < Math.max(2, Math.min(3, filled)) || columns.content === undefined || (columns.lead === undefined && columns.performers === undefined)) return null;
  return columns as Columns;
}

/**
 * A second header row under cells merged across columns ("Đơn vị thực hiện" over "Chủ trì | Phối hợp"): the
 * columns of both. A pasted table has the merged cell once, so the rows differ in length.
 */
export function withSubHeader(header: Cell[], sub: Cell[] | undefined): Columns | null {
  if (!sub) return null;
  const texts = sub.map(cellText);
  const labelled = texts.filter(Boolean);
  if (!labelled.length || labelled.some((text) => !roleOf(text)) || labelled.some((text) => roleOf(text) === "content")) return null;
  const roles: (Role | null)[] = [];
  let at = 0;
  texts.forEach((text, i) => {
    if (!text) roles[i] = roleOf(cellText(header[at++]));
    else {
      roles[i] = roleOf(text);
      if (header.length >= sub.length || !texts[i + 1]) at++;
    }
  });
  const columns: Partial<Record<Role, number>> = {};
  roles.forEach((role, i) => {
    if (role && columns[role] === undefined) columns[role] = i;
  });
  return columns.content === undefined ? null : (columns as Columns);
}

/** "07h30 – 08h00", "14:00": a programme hour by hour, not a list of activities. */
export function isProgrammeTable(rows: Cell[][], columns: Columns): boolean {
  if (columns.time === undefined) return false;
  const times = rows.map((row) => cellText(row[columns.time!])).filter(Boolean);
  const hours = times.filter((text) => /^\d{1,2}\s*(h|giờ|:)\s*\d{0,2}/iu.test(text)).length;
  return times.length > 0 && hours * 2 > times.length;
}

/** The header's position among the first rows (a caption row may come first). */
export function headerIndex(rows: Cell[][]): number {
  return rows.slice(0, 3).findIndex((row) => activityColumns(row) !== null);
}

/** "(1) (2) (3)" under the header, or the header repeated on a new page. */
function isFillerRow(row: Cell[]): boolean {
  const texts = row.map(cellText).filter(Boolean);
  if (!texts.length) return true;
  return (texts.length >= 3 && texts.every((text) => /^\(?\d+\)?$/.test(text))) || activityColumns(row) !== null;
}

function appendCell(target: Cell, more: Cell): Cell {
  if (!more.length) return target;
  if (!target.length || hasBullet(more[0]!)) return [...target, ...more];
  return [...target.slice(0, -1), `${target.at(-1)} ${more[0]}`, ...more.slice(1)];
}

export type ActivityRow = { label: string; cells: Cell[]; group?: { label: string; title: string } };

/**
 * The rest of the row above, carried over a page break: no number, and either
 * no unit of its own or a sentence still going on (a cell starting in lower case).
 */
function continuesRow(row: Cell[], columns: Columns, autoNumbered: boolean): boolean {
  if (columns.stt !== undefined && cellText(row[columns.stt])) return false;
  // Stt written by Word's list numbering comes through empty in every row; a row is then a new one, even with
  // its lead merged down from the row above, unless its text still goes on.
  if (autoNumbered) return row.some((cell) => cell[0] !== undefined && startsLower(cell[0]));
  const ownUnits = [columns.lead, columns.performers].some((i) => i !== undefined && cellText(row[i]));
  return !ownUnits || row.some((cell) => cell[0] !== undefined && startsLower(cell[0]));
}

/**
 * A group row: "I | CÁC HOẠT ĐỘNG TUYÊN TRUYỀN (từ ngày 15/4 đến ngày 10/5/2024)" (maybe a subtotal in the cost
 * column). A Roman or capital-letter Stt, or (Stt lost to Word's numbering) a title in capitals with no unit.
 */
export function groupRow(row: Cell[], columns: Columns): { label: string; title: string } | null {
  const texts = row.map(cellText);
  const stt = columns.stt === undefined ? "" : (texts[columns.stt] ?? "").replace(/\.$/, "");
  const rest = texts.filter((text, i) => text && i !== columns.stt && i !== columns.cost && !/^[\d.,\s]+$/.test(text));
  const units = [columns.lead, columns.performers, columns.supporters].some((i) => i !== undefined && texts[i] && rest.length > 1);
  if (rest.length !== 1 || units) return null;
  const title = rest[0]!;
  if (/^([IVXL]+|[A-D])$/.test(stt)) return { label: stt, title };
  return !stt && isUpperLine(title) ? { label: "", title } : null;
}

/** "Tổng cộng", "Cộng", "Tổng": a total row, not an activity. */
export function isTotalRow(row: Cell[], columns: Columns): boolean {
  const first = row.map(cellText).filter((text) => text && !/^[\d.,\s]+$/.test(text))[0] ?? "";
  return /^(tong cong|tong so|tong kinh phi)\b|^(tong|cong)\s*(\(.*\))?\s*:?$/.test(foldVietnamese(first)) && !(columns.stt !== undefined && /^\d/.test(cellText(row[columns.stt])));
}

/** Data rows, with the halves of rows split across a page joined again. */
export function activityRows(rows: Cell[][], columns: Columns): ActivityRow[] {
  const result: ActivityRow[] = [];
  const data = rows.filter((row) => !isFillerRow(row) && !isTotalRow(row, columns) && !groupRow(row, columns));
  const autoNumbered = columns.stt !== undefined && data.length > 1 && data.every((row) => !cellText(row[columns.stt!]));
  for (const row of rows) {
    if (isFillerRow(row) || isTotalRow(row, columns)) continue;
    const group = groupRow(row, columns);
    if (group) {
      result.push({ label: group.label, cells: [], group });
      continue;
    }
    const previous = result.at(-1);
    if (previous && !previous.group && continuesRow(row, columns, autoNumbered)) {
      const width = Math.max(previous.cells.length, row.length);
      previous.cells = Array.from({ length: width }, (_, i) => appendCell(previous.cells[i] ?? [], row[i] ?? []));
    } else {
      const stt = columns.stt === undefined ? "" : cellText(row[columns.stt]).replace(/\.$/, "");
      result.push({ label: stt || String(result.length + 1), cells: row.map((cell) => [...cell]) });
    }
  }
  return result;
}

/** "4.1" under "4": a sub-task written as a row of its own. */
export const isSubRowOf = (label: string, parent: string) => /^\d+(\.\d+)+$/.test(label) && label.startsWith(`${parent}.`);
