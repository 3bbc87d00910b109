// One activity from a table row: content and written sub-tasks from "Nội
// dung", units from the unit columns (a "thực hiện" column alone: the first
// unit leads), the window from "Thời gian" or else the phase's.
import type { DateWindow } from "@/lib/dates";
import { foldVietnamese } from "@/lib/text";
import { readContentCell, type WrittenSubTask } from "./content-cells";
import { activityColumns, activityRows, headerIndex, isSubRowOf, type ActivityRow, type Columns } from "./tables";
import { readUnitCell, type UnitCellEntry } from "./unit-cells";
import { mentionOf } from "./units";
import { parseWindow } from "./windows";
import type { Cell, ImportProblem, ParsedActivity, UnitCandidate, UnitMention } from "./types";

export type ActivityContext = {
  units: UnitCandidate[];
  year: number | null;
  phase: DateWindow | null;
  /** The phase's number, for messages: "2.1". */
  phaseCode: string;
  problems: ImportProblem[];
};

export function readActivityTable(rows: Cell[][], context: ActivityContext): ParsedActivity[] {
  const at = headerIndex(rows);
  const columns = activityColumns(rows[at] ?? []);
  if (!columns) return [];
  const activities: ParsedActivity[] = [];
  let parentLabel = "";
  for (const row of activityRows(rows.slice(at + 1), columns)) {
    const activity = readActivity(row, columns, context);
    const parent = activities.at(-1);
    if (!activity) continue;
    if (parent && isSubRowOf(row.label, parentLabel)) parent.subTasks.push(activity);
    else {
      activities.push(activity);
      parentLabel = row.label;
    }
  }
  return activities;
}

const keyOf = (mention: UnitMention) => mention.unitId ?? `text:${foldVietnamese(mention.text)}`;

function distinct(mentions: UnitMention[], without: UnitMention | null): UnitMention[] {
  const seen = new Set(without ? [keyOf(without)] : []);
  return mentions.filter((mention) => {
    const key = keyOf(mention);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The units a cell names, in order. Units named inside sub-tasks count for the
 * parent too, except groups: "các phòng chuyên môn" asked to help with one
 * sub-task should not make every member of the group a supporter of the whole
 * activity; the group stays on the sub-task where the plan wrote it.
 */
function unitsOf(entries: UnitCellEntry[], units: UnitCandidate[]): UnitMention[] {
  const isGroup = (mention: UnitMention) => units.find((unit) => unit.id === mention.unitId)?.kind === "GROUP";
  return entries.flatMap((entry) =>
    entry.kind === "unit" ? [entry.mention] : [entry.subTask.lead, ...entry.subTask.supporters].filter((mention) => !isGroup(mention)),
  );
}

const markedLead = (entries: UnitCellEntry[]) => entries.flatMap((entry) => (entry.kind === "unit" && entry.marked ? [entry.mention] : []))[0] ?? null;

function readActivity(row: ActivityRow, columns: Columns, context: ActivityContext): ParsedActivity | null {
  const cell = (role: keyof Columns) => (columns[role] === undefined ? [] : (row.cells[columns[role]!] ?? []));
  const where = `hoạt động ${row.label} giai đoạn ${context.phaseCode}`;
  const { content, subTasks: written } = readContentCell(cell("content"));
  const leadCell = readUnitCell(cell("lead"), context.units);
  const supporterCell = readUnitCell(cell("supporters"), context.units);
  const performerCell = readUnitCell(cell("performers"), context.units);
  if (!content) {
    if (leadCell.length || performerCell.length) context.problems.push({ severity: "warning", message: `Bỏ qua ${where}: không có nội dung.` });
    return null;
  }

  const leadUnits = unitsOf(leadCell, context.units);
  const performers = unitsOf(performerCell, context.units);
  const lead = columns.lead !== undefined ? (markedLead(leadCell) ?? leadUnits[0] ?? null) : (markedLead(performerCell) ?? performers[0] ?? null);
  if (!lead) context.problems.push({ severity: "fatal", message: `Không xác định được đơn vị chủ trì ở ${where}.` });
  if (leadUnits.length > 1) context.problems.push({ severity: "warning", message: `Có nhiều đơn vị chủ trì ở ${where}; đơn vị đầu tiên được lấy làm chủ trì, các đơn vị khác làm phối hợp.` });
  const supporters = distinct([...leadUnits, ...unitsOf(supporterCell, context.units), ...performers], lead);

  const timeText = cell("time").join(" ").trim();
  let window = context.phase;
  if (timeText) {
    const found = parseWindow(timeText, { year: context.year, within: context.phase });
    if (found) window = found;
    else context.problems.push({ severity: "warning", message: `Không đọc được thời gian “${timeText}” ở ${where}; lấy thời gian của giai đoạn.` });
  }
  const start = window?.start ?? null;
  const end = window?.end ?? null;

  const fromCells = [...leadCell, ...supporterCell, ...performerCell].flatMap((entry) => (entry.kind === "subTask" ? [entry.subTask] : []));
  const subTasks: ParsedActivity[] = [
    ...written.map((sub, i) => writtenSubTask(sub, { start, end }, context, `${where}, việc ${i + 1}`)),
    ...fromCells.map((sub) => ({ content: sub.content, lead: sub.lead, supporters: distinct(sub.supporters, sub.lead), start, end, note: "", subTasks: [] })),
  ];
  return { content, lead, supporters, start, end, note: cell("note").join("\n").trim(), subTasks };
}

function writtenSubTask(sub: WrittenSubTask, parent: { start: string | null; end: string | null }, context: ActivityContext, where: string): ParsedActivity {
  const lead = mentionOf(sub.lead, context.units);
  const within = parent.start && parent.end ? { start: parent.start, end: parent.end } : null;
  let window = within;
  if (sub.windowText) {
    const found = parseWindow(sub.windowText, { year: context.year, within });
    if (found) window = found;
    else context.problems.push({ severity: "warning", message: `Không đọc được thời gian “${sub.windowText}” ở ${where}; lấy thời gian của hoạt động.` });
  }
  const supporters = distinct(sub.supporters.map((text) => mentionOf(text, context.units)), lead);
  return { content: sub.content, lead, supporters, start: window?.start ?? null, end: window?.end ?? null, note: sub.note, subTasks: [] };
}
