// "Báo cáo kết quả thực hiện Kế hoạch": what the report says, built from the
// plan and the facts gathered from its activity updates. Pure: the writers
// (DOCX) only lay it out.
import { budgetSummary, type BudgetSummary } from "@/lib/documents/costs";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { ActivityItem, PlanDocument } from "@/lib/plans/document";
import { isOverdue } from "@/lib/activities/rules";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { documentDateLine } from "@/lib/plans/document-date";
import { planNumberLine } from "@/lib/plans/numbering";
import { yearOf, type CalendarDate } from "@/lib/dates";
import { lowerFirst } from "@/lib/text";
import { documentWindow, phaseTitleWindow } from "@/lib/documents/format";
import { reportHeadings, type ReportHeadings, type ReportSectionTexts } from "@/lib/documents/report-numbering";
import type { OfficialHeading, SignerBlock } from "@/lib/documents/official";

export type Figure = { label: string; value: string };
export type Evidence = { url: string; title: string };

/**
 * What the updates of one activity recorded, in the order they were recorded
 * (oldest first): a later value of a label replaces an earlier one.
 */
export type ActivityFacts = { activityId: string; figures: Figure[]; evidence: Evidence[] };

export type ReportRow = {
  activityId: string;
  stt: string;
  isSubTask: boolean;
  content: string;
  leadUnitName: string;
  status: ActivityStatus;
  statusLabel: string;
  overdue: boolean;
  /** The actual dates when recorded, else the planned window marked "(kế hoạch)". */
  timeText: string;
  result: string;
  figures: Figure[];
  evidence: Evidence[];
};

export type ReportPhase = { heading: string; rows: ReportRow[] };

export type ReportTotals = {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  blocked: number;
  cancelled: number;
  overdue: number;
};

export type ReportUnitRow = { unitName: string; lead: number; done: number; overdue: number };

export type PlanReport = {
  heading: OfficialHeading;
  /** The report's own numbering: I. with 1., 2. per phase, then II.–IV. for the sections with text. */
  headings: ReportHeadings;
  signer: SignerBlock;
  /** Document title in the file's properties. */
  displayTitle: string;
  today: CalendarDate;
  /** "Kết quả thực hiện tính đến ngày 20/5/2022 như sau:" */
  intro: string;
  /** "Trên đây là báo cáo kết quả thực hiện …./." */
  closing: string;
  phases: ReportPhase[];
  totals: ReportTotals;
  units: ReportUnitRow[];
  /** Kinh phí: the sum of the activities' planned costs (sub-tasks included), the plan's budget and its source. */
  cost: BudgetSummary;
};

function timeText(activity: ActivityItem): string {
  const { actualStart, actualEnd } = activity;
  if (actualStart && actualEnd) return documentWindow(actualStart, actualEnd);
  if (actualStart) return `từ ${documentWindow(actualStart, actualStart)}`;
  if (actualEnd) return documentWindow(actualEnd, actualEnd);
  return `${documentWindow(activity.start, activity.end)} (kế hoạch)`;
}

/** Latest value of each label wins (keeping the label's first place); evidence once per URL. */
function mergeFacts(facts: ActivityFacts[]): Map<string, { figures: Figure[]; evidence: Evidence[] }> {
  const merged = new Map<string, { figures: Map<string, string>; evidence: Map<string, Evidence> }>();
  for (const fact of facts) {
    const entry = merged.get(fact.activityId) ?? { figures: new Map<string, string>(), evidence: new Map<string, Evidence>() };
    for (const figure of fact.figures) entry.figures.set(figure.label.trim(), figure.value.trim());
    for (const item of fact.evidence) if (!entry.evidence.has(item.url)) entry.evidence.set(item.url, item);
    merged.set(fact.activityId, entry);
  }
  return new Map(
    [...merged].map(([id, entry]) => [
      id,
      { figures: [...entry.figures].map(([label, value]) => ({ label, value })), evidence: [...entry.evidence.values()] },
    ]),
  );
}

function reportTitle(plan: PlanDocument): string {
  if (!plan.numberLabel) return `Kết quả thực hiện ${plan.displayTitle}`;
  const issued = plan.issueDate ? ` ngày ${documentWindow(plan.issueDate, plan.issueDate)}` : "";
  return `Kết quả thực hiện Kế hoạch số ${plan.numberLabel}${issued} về ${lowerFirst(plan.title)}`;
}

function countTotals(activities: ActivityItem[], today: CalendarDate): ReportTotals {
  const count = (status: ActivityStatus) => activities.filter((a) => a.status === status).length;
  return {
    total: activities.length,
    done: count("DONE"),
    inProgress: count("IN_PROGRESS"),
    notStarted: count("NOT_STARTED"),
    blocked: count("BLOCKED"),
    cancelled: count("CANCELLED"),
    overdue: activities.filter((a) => isOverdue(a, today)).length,
  };
}

// Like the dashboards' unit figures, every row a unit leads counts here,
// sub-tasks included (each has its own lead); units in order of appearance.
function countByLeadUnit(rows: ActivityItem[], today: CalendarDate): ReportUnitRow[] {
  const byUnit = new Map<string, ReportUnitRow>();
  for (const activity of rows) {
    const row = byUnit.get(activity.leadUnit.id) ?? { unitName: activity.leadUnit.name, lead: 0, done: 0, overdue: 0 };
    row.lead += 1;
    if (activity.status === "DONE") row.done += 1;
    if (isOverdue(activity, today)) row.overdue += 1;
    byUnit.set(activity.leadUnit.id, row);
  }
  return [...byUnit.values()];
}

/** What the report says besides the results (PlanReport): its closing sections and its own Nơi nhận. */
export type ReportContent = ReportSectionTexts & { recipients: string[] };

/**
 * Nơi nhận of a results report when nobody has written one: a report goes up
 * (to the province and the ministry, "b/c": to report), not to the plan's own recipients.
 */
export function defaultReportRecipients(plan: { draftingUnit: { shortName: string } | null }): string[] {
  const keeper = plan.draftingUnit ? `VT, ${plan.draftingUnit.shortName}` : "VT";
  return ["UBND tỉnh (b/c);", "Bộ Khoa học và Công nghệ (b/c);", "Lãnh đạo Sở;", `Lưu: ${keeper}.`];
}

/** What the report reads besides the live plan: the plan as issued (its header, number, signer) and the report's own content. */
export type ReportSources = {
  issued?: PlanDocument;
  content?: ReportContent | null;
  /** The report's own number and date once the văn thư issued it (lib/plans/report/issue.ts). */
  reportIssue?: { number: number; symbol: string; issueDate: CalendarDate } | null;
};

export function buildPlanReport(plan: PlanDocument, facts: ActivityFacts[], today: CalendarDate, sources: ReportSources = {}): PlanReport {
  const issued = sources.issued ?? plan;
  const content = sources.content ?? { assessment: "", shortcomings: "", proposals: "", recipients: defaultReportRecipients(issued) };
  const headings = reportHeadings(plan.phases.map(phaseTitleWindow), content);
  const factsById = mergeFacts(facts);
  const toRow = (activity: ActivityItem): ReportRow => ({
    activityId: activity.id,
    stt: activity.stt,
    isSubTask: activity.parentId !== null,
    content: activity.content,
    leadUnitName: activity.leadUnit.name,
    status: activity.status,
    statusLabel: ACTIVITY_STATUS_LABELS[activity.status],
    overdue: isOverdue(activity, today),
    timeText: timeText(activity),
    result: activity.result,
    figures: factsById.get(activity.id)?.figures ?? [],
    evidence: factsById.get(activity.id)?.evidence ?? [],
  });
  const topLevel = plan.phases.flatMap((phase) => phase.activities);
  const everyRow = topLevel.flatMap((activity) => [activity, ...activity.subTasks]);
  const title = reportTitle(issued);
  return {
    heading: {
      parentName: issued.organization.parentName,
      headerName: issued.organization.headerName,
      // A report is numbered and dated when the văn thư issues it: until then left blank to fill in.
      numberLine: sources.reportIssue ? planNumberLine(sources.reportIssue.number, sources.reportIssue.symbol) : planNumberLine(null, `BC-${issued.organization.code}`),
      dateLine: sources.reportIssue ? documentDateLine(issued.place, sources.reportIssue.issueDate, yearOf(sources.reportIssue.issueDate)) : documentDateLine(issued.place, null, yearOf(today)),
      kind: "BÁO CÁO",
      title,
    },
    headings,
    signer: {
      recipients: content.recipients,
      signerAuthority: issued.signerAuthority,
      signerTitle: issued.signerTitle,
      signerName: issued.signerName,
    },
    displayTitle: `Báo cáo ${lowerFirst(title)}`,
    today,
    intro: `Kết quả thực hiện tính đến ngày ${documentWindow(today, today)} như sau:`,
    closing: `Trên đây là báo cáo ${lowerFirst(title)}./.`,
    phases: plan.phases.map((phase, index) => ({
      heading: headings.phases[index]!,
      rows: phase.activities.flatMap((activity) => [toRow(activity), ...activity.subTasks.map(toRow)]),
    })),
    // Plan totals count top-level activities (a parent carries its sub-tasks), as the dashboards do.
    totals: countTotals(topLevel, today),
    units: countByLeadUnit(everyRow, today),
    cost: budgetSummary(plan),
  };
}
