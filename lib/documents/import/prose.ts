// Assignments written in prose under "Tổ chức thực hiện", for plans with no
// activity table: "1. Văn phòng Sở:" then "- Chủ trì …; phối hợp với …" and
// "- Thời gian: trước ngày 10/5/2024", or "6. Các doanh nghiệp …: đăng ký …
// trước ngày 15/5/2024" on one line. Each unit's block is one activity led by
// the first unit named; a block with several tasks lists them as sub-tasks.
import type { CalendarDate, DateWindow } from "@/lib/dates";
import { hasBullet, stripBullet } from "./clean";
import { missingLead } from "./activities";
import { segmentUnits, UNIT_HEAD, unitsInText } from "./unit-cells";
import type { ImportProblem, ParsedActivity, ParsedTiming, UnitCandidate, UnitMention } from "./types";
import { parseTiming } from "./windows";

/** The plan's own span, where a phase or a deadline has nothing better: from its date (or 1 January) to 31 December. */
export function planWindow(issueDate: CalendarDate | null, year: number | null): DateWindow | null {
  if (year === null) return null;
  const start = issueDate && issueDate.startsWith(`${year}-`) ? issueDate : `${year}-01-01`;
  return { start, end: `${year}-12-31` };
}

type Context = { year: number | null; from: CalendarDate | null; units: UnitCandidate[]; problems: ImportProblem[] };

const LABEL = /^(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))\s*/u;
const TIME_LINE = /^thời (?:gian|hạn)(?: hoàn thành| thực hiện)?\s*:\s*/iu;
/** A time inside a task's sentence: "… trước ngày 15/5/2024", "… từ ngày 02/5 đến ngày 22/5/2024". */
const TIME_IN_TEXT = /(?:trước|chậm nhất|từ|trong|vào)\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?(?:\s*(?:đến|-|–)\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?)?/iu;
const PARTNERS = /phối hợp (?:với|cùng)\s+/iu;

type Block = { label: string; units: UnitMention[]; tasks: string[]; time: string };

/** "Văn phòng Sở:", "Đề nghị Báo Lạng Sơn, Đài …: cử phóng viên …": the units a block is for, and the text after the colon. */
function unitLine(line: string, units: UnitCandidate[]): { label: string; units: UnitMention[]; rest: string } | null {
  const label = LABEL.exec(line)?.[0] ?? "";
  const text = line.slice(label.length);
  const colon = text.indexOf(":");
  if (colon < 3 || colon > 160) return null;
  const head = text.slice(0, colon).replace(/^đề nghị\s+/iu, "").trim();
  if (/\d/.test(head) || head.split(/\s+/).length > 24) return null;
  const mentions = segmentUnits([head], units).map((segment) => segment.mention);
  if (!mentions.length || !(mentions[0]!.unitId || UNIT_HEAD.test(head) || /^Các\s/u.test(head))) return null;
  return { label: label.replace(/[.)\s]+$/, ""), units: mentions, rest: text.slice(colon + 1).trim() };
}

function blocksOf(paragraphs: string[], units: UnitCandidate[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const line of paragraphs) {
    if (hasBullet(line)) {
      const item = stripBullet(line);
      if (!open) continue;
      if (TIME_LINE.test(item)) open.time = item.replace(TIME_LINE, "").replace(/[.;]$/, "");
      else open.tasks.push(item);
      continue;
    }
    const found = unitLine(line, units);
    open = found ? { label: found.label || String(blocks.length + 1), units: found.units, tasks: found.rest ? [found.rest] : [], time: "" } : null;
    if (open) blocks.push(open);
  }
  return blocks.filter((block) => block.tasks.length);
}

const partnersOf = (task: string, units: UnitCandidate[]) => {
  const at = PARTNERS.exec(task);
  return at ? unitsInText(task.slice(at.index + at[0].length), units) : [];
};

export function proseActivities(paragraphs: string[], context: Context): ParsedActivity[] {
  return blocksOf(paragraphs, context.units).map((block) => {
    const [first, ...others] = block.units;
    const timeText = block.time || (block.tasks.length === 1 ? (TIME_IN_TEXT.exec(block.tasks[0]!)?.[0] ?? "") : "");
    const found = timeText ? parseTiming(timeText, { year: context.year, from: context.from }) : null;
    if (timeText && !found) context.problems.push({ severity: "warning", message: `Không đọc được thời gian “${timeText}” của ${first!.text}; lấy thời gian của kế hoạch.` });
    const timing: ParsedTiming | null = found ? { kind: found.kind, text: timeText } : null;
    const lead = first ?? missingLead(block.label, { phaseCode: "1" }, block.tasks[0]!);
    const task = (text: string, withOthers: boolean): ParsedActivity => ({
      content: text.replace(/;$/, ""),
      lead,
      supporters: [...(withOthers ? others : []), ...partnersOf(text, context.units)],
      start: found?.window.start ?? null,
      end: found?.window.end ?? null,
      note: "",
      timing: withOthers ? timing : null,
      output: "",
      cost: null,
      subTasks: [],
    });
    const activity = task(block.tasks[0]!, true);
    return block.tasks.length > 1 ? { ...activity, subTasks: block.tasks.map((text) => task(text, false)) } : activity;
  });
}
