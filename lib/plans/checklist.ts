// "Kiểm tra trước khi trình": what a reviewer would catch, listed before the
// plan is submitted and checked again by the server on submission. Pure: unit
// tested in tests/unit/plan-checklist.test.ts.
//
// Blocking (the submission is refused): an activity without a lead unit (no
// one is answerable for it), a sub-task outside its activity's window (a part
// of the work cannot happen outside the work).
// Warnings (submitted after an explicit confirmation, which is recorded): a
// phase without activities (drafters keep a phase as an outline to fill; the
// reviewer decides), an activity outside its phase's window (real plans do this
// for preparations), dates in a year before the plan's year, and in a plan
// made from another one, texts that still carry the source's year or its
// ordinal ("lần thứ 14") unchanged.
import { formatDate, yearOf } from "@/lib/dates";
import { formatRange } from "@/lib/plans/diff";
import { TEXT_LABELS } from "@/lib/plans/field-labels";
import type { PlanTexts } from "@/lib/plans/snapshot";
import { allActivities, type VersionData } from "@/lib/plans/version-data";

export type CheckSeverity = "blocking" | "warning";
export type CheckCode = "NO_LEAD" | "EMPTY_PHASE" | "SUBTASK_OUTSIDE_PARENT" | "OUTSIDE_PHASE" | "PAST_YEAR" | "OLD_YEAR_TEXT" | "OLD_ORDINAL_TEXT";

export type CheckItem = {
  /** Stable for the same problem of the same row: the confirmation names these. */
  key: string;
  code: CheckCode;
  severity: CheckSeverity;
  /** Where: "Hoạt động 3 (mục 2.1)", "Lời dẫn". */
  where: string;
  message: string;
};

export const SEVERITY: Record<CheckCode, CheckSeverity> = {
  NO_LEAD: "blocking",
  EMPTY_PHASE: "warning",
  SUBTASK_OUTSIDE_PARENT: "blocking",
  OUTSIDE_PHASE: "warning",
  PAST_YEAR: "warning",
  OLD_YEAR_TEXT: "warning",
  OLD_ORDINAL_TEXT: "warning",
};

/** A text of the plan and where it is, for the stale-text checks. */
export type PlacedText = { key: string; where: string; text: string };

const ORDINAL = /lần\s+thứ\s+([0-9]+|[IVXLCDM]+)(?![\p{L}\p{N}])/giu;
const ordinalsIn = (text: string) => [...text.matchAll(ORDINAL)].map((m) => `lần thứ ${m[1]!.toUpperCase()}`);

/** A date or a year of `year` written in a text: "18/5/2022", "5/2022", "năm 2022", "2022". */
function mentionsYear(text: string, year: number): string | null {
  const match = new RegExp(`(?:\\d{1,2}\\s*[/.-]\\s*)?(?:\\d{1,2}\\s*[/.-]\\s*)?(?<!\\d)${year}(?!\\d)`, "u").exec(text);
  return match ? match[0].trim() : null;
}

/**
 * Texts still written for the source plan: they name the source's year (a date
 * or "năm 2022"), or an ordinal ("lần thứ 14") the source has too, so it was not
 * moved on. The legal basis is not among the texts: it cites past documents.
 */
export function staleTexts(texts: PlacedText[], source: { year: number; texts: string[] }, year: number): CheckItem[] {
  const items: CheckItem[] = [];
  const sourceOrdinals = new Set(source.texts.flatMap(ordinalsIn));
  for (const { key, where, text } of texts) {
    const old = source.year < year ? mentionsYear(text, source.year) : null;
    if (old) items.push({ key: `OLD_YEAR_TEXT:${key}`, code: "OLD_YEAR_TEXT", severity: "warning", where, message: `Còn ghi “${old}” của kế hoạch năm ${source.year}: xem lại cho năm ${year}.` });
    const ordinal = ordinalsIn(text).find((o) => sourceOrdinals.has(o));
    if (ordinal) items.push({ key: `OLD_ORDINAL_TEXT:${key}`, code: "OLD_ORDINAL_TEXT", severity: "warning", where, message: `Còn ghi “${ordinal}” như kế hoạch gốc: xem lại số lần.` });
  }
  return items;
}

type TextRow = { content: string; note: string };
/** What the stale-text checks read: a snapshot (the clone preview) and version data (the checklist) both fit. */
export type TextSource = Pick<PlanTexts, "intro" | "theme" | "closingText" | "purposes" | "requirements" | "slogans" | "contentItems"> & {
  title: string;
  phases: { title: string; activities: (TextRow & { subTasks: TextRow[] })[] }[];
};

/** The texts a clone may carry over, with where they are (the legal basis and the signature excluded: they cite and sign, they do not plan). */
export function placedTexts(plan: TextSource): PlacedText[] {
  const texts: PlacedText[] = [{ key: "title", where: "Trích yếu", text: plan.title }];
  for (const field of ["intro", "theme", "closingText"] as const) texts.push({ key: field, where: TEXT_LABELS[field], text: plan[field] });
  for (const field of ["purposes", "requirements", "slogans", "contentItems"] as const) {
    plan[field].forEach((text, i) => texts.push({ key: `${field}.${i}`, where: `${TEXT_LABELS[field]} (ý ${i + 1})`, text }));
  }
  plan.phases.forEach((phase, p) => {
    const code = `2.${p + 1}`;
    texts.push({ key: `phase.${p}`, where: `Giai đoạn ${code}`, text: phase.title });
    phase.activities.forEach((activity, a) => {
      const rows = [{ row: activity, stt: `${a + 1}`, kind: "Hoạt động" }, ...activity.subTasks.map((sub, s) => ({ row: sub, stt: `${a + 1}.${s + 1}`, kind: "Việc" }))];
      for (const { row, stt, kind } of rows) {
        texts.push({ key: `activity.${p}.${stt}.content`, where: `${kind} ${stt} (mục ${code}), nội dung`, text: row.content });
        texts.push({ key: `activity.${p}.${stt}.note`, where: `${kind} ${stt} (mục ${code}), ghi chú`, text: row.note });
      }
    });
  });
  return texts.filter((t) => t.text.trim());
}

/** Everything a reviewer would catch in this plan; `source`: the plan it was cloned from, if any. */
export function checkPlan(plan: VersionData, source?: { year: number; texts: string[] }): CheckItem[] {
  const items: CheckItem[] = [];
  const add = (code: CheckCode, key: string, where: string, message: string) => items.push({ key: `${code}:${key}`, code, severity: SEVERITY[code], where, message });
  for (const phase of plan.phases) {
    if (!phase.activities.length) add("EMPTY_PHASE", phase.id, `Giai đoạn ${phase.code}`, `Giai đoạn “${phase.title}” chưa có hoạt động nào: thêm hoạt động hoặc xóa giai đoạn.`);
  }
  for (const placed of allActivities(plan)) {
    const { phase, activity, parent } = placed;
    const where = `${parent ? "Việc" : "Hoạt động"} ${activity.stt} (mục ${phase.code})`;
    const window = formatRange(activity.start, activity.end);
    if (!activity.leadUnit) add("NO_LEAD", activity.id, where, "Chưa có đơn vị chủ trì.");
    if (parent && (activity.start < parent.start || activity.end > parent.end)) {
      add("SUBTASK_OUTSIDE_PARENT", activity.id, where, `Thời gian ${window} nằm ngoài thời gian của hoạt động ${parent.stt} (${formatRange(parent.start, parent.end)}).`);
    }
    if (!parent && (activity.start < phase.start || activity.end > phase.end)) {
      add("OUTSIDE_PHASE", activity.id, where, `Thời gian ${window} nằm ngoài thời gian của giai đoạn (${formatRange(phase.start, phase.end)}).`);
    }
    const past = [activity.start, activity.end].find((d) => yearOf(d) < plan.year);
    if (past) add("PAST_YEAR", activity.id, where, `Ngày ${formatDate(past)} thuộc năm ${yearOf(past)}, trước năm kế hoạch ${plan.year}.`);
  }
  for (const phase of plan.phases) {
    const past = [phase.start, phase.end].find((d) => yearOf(d) < plan.year);
    if (past) add("PAST_YEAR", phase.id, `Giai đoạn ${phase.code}`, `Ngày ${formatDate(past)} thuộc năm ${yearOf(past)}, trước năm kế hoạch ${plan.year}.`);
  }
  if (source) items.push(...staleTexts(placedTexts(plan), source, plan.year));
  return items;
}

export const blockingOf = (items: CheckItem[]) => items.filter((i) => i.severity === "blocking");
export const warningsOf = (items: CheckItem[]) => items.filter((i) => i.severity === "warning");

/** The texts of a source plan, for staleTexts. */
export function sourceTexts(plan: TextSource): string[] {
  return placedTexts(plan).map((t) => t.text);
}
