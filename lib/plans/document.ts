// The plan as a document: the shape pages, exports and the API read. Its
// activities are read through the activity read model (lib/activities/read-model.ts).
import { costFromDb } from "@/lib/money";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { fromDbDate, fromDbDateOrNull, type CalendarDate } from "@/lib/dates";
import { planSections, type PlanSection, type PlanTexts } from "@/lib/plans/snapshot";
import { readOutline, type PlanOutline } from "@/lib/plans/outline";
import { planSymbol, planNumberLabel } from "@/lib/plans/numbering";
import { planDisplayTitle } from "@/lib/plans/title";
import { sttOf, toActivityFields, type ActivityFields, type ActivityFieldsData, type UnitRef } from "@/lib/activities/read-model";

export type { UnitRef } from "@/lib/activities/read-model";
export { planDisplayTitle } from "@/lib/plans/title";

export type ActivityItem = ActivityFields & {
  stt: string;
  subTasks: ActivityItem[];
};

export type PhaseItem = {
  id: string;
  order: number;
  code: string;
  title: string;
  start: CalendarDate;
  end: CalendarDate;
  version: number;
  activities: ActivityItem[];
};

export type PlanDocument = PlanTexts & {
  id: string;
  organization: { name: string; headerName: string; parentName: string; code: string; place: string };
  number: number | null;
  symbol: string;
  numberLabel: string | null;
  title: string;
  displayTitle: string;
  year: number;
  eventDate: CalendarDate | null;
  place: string;
  issueDate: CalendarDate | null;
  status: PlanStatus;
  version: number;
  draftingUnit: UnitRef | null;
  updatedAt: Date;
  phases: PhaseItem[];
  /** Sections the plan has no field for (Tổ chức thực hiện, Kinh phí …), as the document wrote them. */
  extraSections: PlanSection[];
  /** The body in the document's own order and words; null: the fixed layout (lib/plans/outline.ts). */
  outline: PlanOutline | null;
  /** Kinh phí of the whole plan (đồng) and its source; null / "": not stated. */
  budgetAmount: number | null;
  budgetSource: string;
};

type DbUnit = UnitRef;
type DbActivity = ActivityFieldsData;

/** Nests sub-tasks under their parents and numbers them: 1, 2 … and 4.1, 4.2 … */
export function nestActivities(rows: readonly DbActivity[]): ActivityItem[] {
  const byOrder = [...rows].sort((a, b) => a.order - b.order);
  const top: DbActivity[] = [];
  const childrenOf = new Map<string, DbActivity[]>();
  for (const row of byOrder) {
    if (!row.parentId) top.push(row);
    else if (childrenOf.has(row.parentId)) childrenOf.get(row.parentId)!.push(row);
    else childrenOf.set(row.parentId, [row]);
  }
  // The document numbers by position, so that a gap in the stored order never shows.
  return top.map((row, index) => {
    const parent = { order: index + 1 };
    const children = (childrenOf.get(row.id) ?? []).map((child, childIndex) => ({ ...toActivityFields(child), stt: sttOf({ order: childIndex + 1, parent }), subTasks: [] }));
    return { ...toActivityFields(row), stt: sttOf(parent), subTasks: children };
  });
}

type DbPlan = PlanTexts & {
  id: string;
  organization: PlanDocument["organization"];
  number: number | null;
  symbol: string | null;
  title: string;
  year: number;
  eventDate: Date | null;
  place: string;
  issueDate: Date | null;
  status: PlanStatus;
  version: number;
  draftingUnit: DbUnit | null;
  updatedAt: Date;
  extraSections?: unknown;
  outline?: unknown;
  numberText?: string | null;
  budgetAmount?: bigint | null;
  budgetSource?: string;
  phases: { id: string; order: number; code: string; title: string; startDate: Date; endDate: Date; version: number; activities: DbActivity[] }[];
};

export function toPlanDocument(plan: DbPlan): PlanDocument {
  const symbol = plan.symbol ?? planSymbol(plan.organization.code);
  return {
    ...plan,
    symbol,
    numberLabel: planNumberLabel(plan),
    displayTitle: planDisplayTitle(plan.title),
    eventDate: fromDbDateOrNull(plan.eventDate),
    issueDate: fromDbDateOrNull(plan.issueDate),
    extraSections: planSections(plan.extraSections),
    outline: readOutline(plan.outline),
    budgetAmount: costFromDb(plan.budgetAmount ?? null),
    budgetSource: plan.budgetSource ?? "",
    phases: [...plan.phases]
      .sort((a, b) => a.order - b.order)
      .map((phase) => ({
        id: phase.id,
        order: phase.order,
        code: phase.code,
        title: phase.title,
        start: fromDbDate(phase.startDate),
        end: fromDbDate(phase.endDate),
        version: phase.version,
        activities: nestActivities(phase.activities),
      })),
  };
}
