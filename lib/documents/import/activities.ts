// One activity from a table row: content and written sub-tasks from "Nội
// dung", units from the unit columns (a "thực hiện" column alone: the first
// unit leads), the window from "Thời gian" or else the phase's.
import { parseCost } from "@/lib/money";
import type { CalendarDate, DateWindow } from "@/lib/dates";
import { foldVietnamese } from "@/lib/text";
import { readContentCell, type WrittenSubTask } from "./content-cells";
import { activityColumns, activityRows, headerIndex, isProgrammeTable, isSubRowOf, withSubHeader, type ActivityRow, type Columns } from "./tables";
import { readUnitCell, type UnitCellEntry } from "./unit-cells";
import { mentionOf } from "./units";
import { parseTiming, parseWindow } from "./windows";
import type { Cell, ImportProblem, ParsedActivity, ParsedTiming, UnitCandidate, UnitMention } from "./types";

export type ActivityContext = {
  units: UnitCandidate[];
  year: number | null;
  phase: DateWindow | null;
  /** The phase's number, for messages: "2.1". */
  phaseCode: string;
  /** The plan's date: where a deadline with no enclosing window starts. */
  from?: CalendarDate | null;
  /** The day of the event the plan organises ("Thời gian: … ngày 27/7/2023"): where "Sau Hội thảo 05 ngày làm việc" counts from. */
  event?: CalendarDate | null;
  problems: ImportProblem[];
};

/** The activities of a table, in groups: those before the first group row (group null), then one per group row. */
export type ActivityGroup = { group: { label: string; title: string } | null; activities: ParsedActivity[] };

/** Null for a table that is a programme hour by hour: it holds no activities. */
export function readActivityGroups(rows: Cell[][], context: ActivityContext, within: (group: { label: string; title: string }) => ActivityContext): ActivityGroup[] | null {
  const at = headerIndex(rows);
  const sub = withSubHeader(rows[at] ?? [], rows[at + 1]);
  const columns = sub ?? activityColumns(rows[at] ?? []);
  if (!columns) return [];
  if (isProgrammeTable(rows.slice(at + 1), columns)) {
    context.problems.push({ severity: "warning", message: "Một bảng là chương trình theo giờ, không phải danh sách hoạt động: được giữ làm văn bản, không nhập thành hoạt động." });
    return null;
  }
  const groups: { group: ActivityGroup["group"]; rows: ActivityRow[] }[] = [{ group: null, rows: [] }];
  for (const row of activityRows(rows.slice(at + (sub ? 2 : 1)), columns)) {
    if (row.group) groups.push({ group: row.group, rows: [] });
    else groups.at(-1)!.rows.push(row);
  }
  return groups
    .filter((entry, i) => i > 0 || entry.rows.length)
    .map((entry) => ({ group: entry.group, activities: readRows(entry.rows, columns, entry.group ? within(entry.group) : context) }));
}

export function readActivityTable(rows: Cell[][], context: ActivityContext): ParsedActivity[] {
  return (readActivityGroups(rows, context, () => context) ?? []).flatMap((group) => group.activities);
}

function readRows(rows: ActivityRow[], columns: Columns, context: ActivityContext): ParsedActivity[] {
  const activities: ParsedActivity[] = [];
  let parentLabel = "";
  const leadColumn = columns.lead ?? columns.performers;
  let above: Cell = [];
  rows.forEach((row, i) => {
    // A lead cell merged down rows is written once: the rows below it have it empty. A parent row
    // (1 above 1.1, 1.2) names no unit of its own and takes none.
    const isParent = rows[i + 1] !== undefined && isSubRowOf(rows[i + 1]!.label, row.label);
    if (leadColumn !== undefined && !isParent) {
      const own = row.cells[leadColumn] ?? [];
      if (own.some(Boolean)) above = own;
      else if (above.length && (row.cells[columns.content] ?? []).some(Boolean)) row.cells[leadColumn] = above;
    }
    const parent = activities.at(-1);
    if (parent && isCostLine(row, columns)) {
      // "Giải thưởng: 01 giải Nhất, …" with its amount: money for the activity above, not an activity.
      const texts = (["content", "cost", "note"] as const).flatMap((role) => (columns[role] === undefined ? [] : [(row.cells[columns[role]!] ?? []).join(" ").trim()])).filter(Boolean);
      const line = texts.join(" — ");
      parent.note = [parent.note, line].filter(Boolean).join("\n");
      context.problems.push({ severity: "warning", message: `Dòng “${line.slice(0, 80)}” (hoạt động ${row.label} giai đoạn ${context.phaseCode}) là một khoản kinh phí, không phải hoạt động: được ghi vào ghi chú của hoạt động trước nó.` });
      return;
    }
    const activity = readActivity(row, columns, context);
    if (!activity) return;
    if (parent && isSubRowOf(row.label, parentLabel)) parent.subTasks.push(activity);
    else {
      activities.push(activity);
      parentLabel = row.label;
    }
  });
  return activities;
}

/** A money line written as a row: "Giải thưởng: 01 giải Nhất, 02 giải Nhì …", "Chi phí: …", with an amount. */
const COST_LINE = /^(co cau )?(giai thuong|tien thuong|chi phi|kinh phi|du toan)\b[^:]{0,40}:/;

function isCostLine(row: ActivityRow, columns: Columns): boolean {
  if (columns.cost === undefined) return false;
  const content = foldVietnamese((row.cells[columns.content] ?? []).join(" "));
  return COST_LINE.test(content) && parseCost((row.cells[columns.cost] ?? []).join(" ").trim()) !== null;
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
  const named = columns.lead !== undefined ? (markedLead(leadCell) ?? leadUnits[0] ?? null) : (markedLead(performerCell) ?? performers[0] ?? null);
  if (!named) context.problems.push({ severity: "warning", message: `Văn bản không ghi đơn vị chủ trì ở ${where}: hãy chọn đơn vị.` });
  const lead = named ?? missingLead(`${row.label}`, context, content);
  if (leadUnits.length > 1) context.problems.push({ severity: "warning", message: `Có nhiều đơn vị chủ trì ở ${where}; đơn vị đầu tiên được lấy làm chủ trì, các đơn vị khác làm phối hợp.` });
  const supporters = distinct([...leadUnits, ...unitsOf(supporterCell, context.units), ...performers], lead);

  const timeText = cell("time").join(" ").trim();
  let window = context.phase;
  let timing: ParsedTiming | null = null;
  if (timeText) {
    const found = parseTiming(timeText, { year: context.year, within: context.phase, from: context.from, event: context.event });
    if (found) {
      window = found.window;
      timing = { kind: found.kind, text: timeText };
    } else context.problems.push({ severity: "warning", message: `Không đọc được thời gian “${timeText}” ở ${where}; lấy thời gian của giai đoạn.` });
  }
  const start = window?.start ?? null;
  const end = window?.end ?? null;

  const fromCells = [...leadCell, ...supporterCell, ...performerCell].flatMap((entry) => (entry.kind === "subTask" ? [entry.subTask] : []));
  const subTasks: ParsedActivity[] = [
    ...written.map((sub, i) => writtenSubTask(sub, { start, end }, context, `${where}, việc ${i + 1}`)),
    ...fromCells.map((sub) => ({ ...NO_EXTRAS, content: sub.content, lead: sub.lead, supporters: distinct(sub.supporters, sub.lead), start, end, note: "", subTasks: [] })),
  ];
  const output = cell("output").join("\n").trim();
  const { cost, note } = readCostCell(cell("cost").join(" ").trim(), cell("note").join("\n").trim(), where, context);
  return { content, lead, supporters, start, end, note, timing, output, cost, subTasks };
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
  return { ...NO_EXTRAS, content: sub.content, lead, supporters, start: window?.start ?? null, end: window?.end ?? null, note: sub.note, subTasks: [] };
}

const NO_EXTRAS = { timing: null, output: "", cost: null } as const;

/**
 * The Kinh phí cell: "15.000.000", "15 triệu", "1,5 tỷ" → đồng. Text that is no amount ("Ngân sách tỉnh",
 * "Lồng ghép") is not lost: it goes to the note, and the preview says so.
 */
function readCostCell(text: string, note: string, where: string, context: ActivityContext): { cost: number | null; note: string } {
  // "-", "–": the document says there is no cost.
  if (!text || /^[-–—]$/.test(text)) return { cost: null, note };
  const cost = parseCost(text);
  if (cost !== null) return { cost, note };
  context.problems.push({ severity: "warning", message: `Không đọc được kinh phí “${text}” ở ${where}; giữ nguyên trong ghi chú.` });
  return { cost: null, note: [note, `Kinh phí: ${text}`].filter(Boolean).join("\n") };
}

/** The document names no lead: a placeholder the user maps to a unit, one per activity. */
export function missingLead(label: string, context: Pick<ActivityContext, "phaseCode">, content: string): UnitMention {
  return { text: `(Không ghi chủ trì) ${context.phaseCode}.${label}: ${content.slice(0, 60)}`, unitId: null, candidates: [], placeholder: true };
}
