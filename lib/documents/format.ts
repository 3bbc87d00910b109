// How windows and sub-tasks are written in exported documents. The DOCX import
// reads these strings back, so a plan exported by Kehoach imports as the same
// plan: change them only together with the parser.
import { formatWindow, type CalendarDate } from "@/lib/dates";
import type { ActivityItem, PhaseItem, PlanDocument } from "@/lib/plans/document";
import type { OutlineAppendix } from "@/lib/plans/outline";
import { appendixReference } from "@/lib/plans/outline-text";

// formatWindow joins the two ends with an en dash (for screens); documents use
// a plain hyphen, as the department types it.
const EN_DASH = "–";

/** "03-14/5/2022", "28/4-05/5/2022", "28/12/2022-05/01/2023", "18/5/2022". */
export function documentWindow(start: CalendarDate, end: CalendarDate): string {
  return formatWindow(start, end).replace(EN_DASH, "-");
}

/** An activity's time as the plan wrote it: a deadline "Trước ngày 10/5/2024", else its window. */
export function activityTime(activity: Pick<ActivityItem, "start" | "end" | "deadline">): string {
  return activity.deadline ? `Trước ngày ${formatWindow(activity.end, activity.end)}` : documentWindow(activity.start, activity.end);
}

const ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The section numbers of a plan document, in turn: I, II, III … */
export function romanCounter(): () => string {
  let next = 0;
  return () => ROMANS[next++] ?? String(next);
}

/** Whether any activity of the plan has a Sản phẩm: the column is printed only then. */
export function usesOutput(plan: Pick<PlanDocument, "phases">): boolean {
  const has = (activity: ActivityItem): boolean => Boolean(activity.output.trim()) || activity.subTasks.some(has);
  return plan.phases.some((phase) => phase.activities.some(has));
}

/** A phase heading's window: "03-14/5/2022", "28/4 đến ngày 05/5/2022", "18/5/2022". */
export function phaseWindow(start: CalendarDate, end: CalendarDate): string {
  const window = formatWindow(start, end);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  return window.replace(EN_DASH, sameMonth ? "-" : " đến ngày ");
}

/** "2.1. Hoạt động chào mừng … (từ ngày 03-14/5/2022)" */
export function phaseHeading(phase: Pick<PhaseItem, "code" | "title" | "start" | "end">): string {
  return `${phaseNumberText(phase.code)} ${phaseTitleWindow(phase)}`;
}

/** A phase's number before its heading: "a)" is written with its bracket; numbers take a dot ("2.1.", "I."). */
export function phaseNumberText(code: string): string {
  return code.endsWith(")") ? code : `${code}.`;
}

/** "Hoạt động chào mừng … (từ ngày 03-14/5/2022)": a phase's title and window, as a heading or an appendix group row writes them. */
export function phaseTitleWindow(phase: Pick<PhaseItem, "title" | "start" | "end">): string {
  return `${phase.title} (từ ngày ${phaseWindow(phase.start, phase.end)})`;
}

type SubTaskFields = Pick<ActivityItem, "content" | "leadUnit" | "supporters" | "start" | "end" | "note">;

/**
 * One sub-task as a line of its parent's "Nội dung" cell:
 * "- <content> (chủ trì: <lead>; phối hợp: <a>; <b>; thời gian: <window>; ghi chú: <note>)".
 * Empty parts are left out, and the window when it is the parent's.
 */
export function subTaskLine(sub: SubTaskFields, parent: Pick<ActivityItem, "start" | "end">): string {
  const parts = [`chủ trì: ${sub.leadUnit.name}`];
  if (sub.supporters.length) parts.push(`phối hợp: ${sub.supporters.map((unit) => unit.name).join("; ")}`);
  if (sub.start !== parent.start || sub.end !== parent.end) parts.push(`thời gian: ${documentWindow(sub.start, sub.end)}`);
  if (sub.note.trim()) parts.push(`ghi chú: ${oneLine(sub.note)}`);
  return `- ${oneLine(sub.content)} (${parts.join("; ")})`;
}

/** Paragraph text that must stay on one line: line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ").trim();
}

/** “text” with curly quotes, whatever quotes the text came with (as the plan page does). */
export function quoted(text: string): string {
  return `“${text.replace(/^["“]|["”]$/g, "")}”`;
}

/** The appendix's "(Kèm theo Kế hoạch số …)" line: as the document wrote it, else made from the plan's number and date. */
export function planAppendixReference(plan: Pick<PlanDocument, "numberLabel" | "symbol" | "issueDate" | "year" | "organization">, appendix: OutlineAppendix): string {
  return appendixReference(appendix, { numberLabel: plan.numberLabel, symbol: plan.symbol, issueDate: plan.issueDate, year: plan.year, organizationName: plan.organization.name });
}
