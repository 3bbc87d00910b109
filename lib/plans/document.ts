// The plan as a document: the shape pages, exports and the API read.
import type { ActivityStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { fromDbDate, fromDbDateOrNull, type CalendarDate } from "@/lib/dates";
import { planSections, type PlanSection, type PlanTexts } from "@/lib/plans/snapshot";
import { lowerFirst } from "@/lib/text";
import { planSymbol, planNumberLabel } from "@/lib/plans/numbering";

export type UnitRef = { id: string; name: string; shortName: string; kind: "INTERNAL" | "EXTERNAL" | "GROUP" };

export type ActivityItem = {
  id: string;
  phaseId: string;
  parentId: string | null;
  order: number;
  stt: string;
  content: string;
  description: string;
  leadUnit: UnitRef;
  supporters: UnitRef[];
  start: CalendarDate;
  end: CalendarDate;
  note: string;
  /** Sản phẩm, as the plan writes it ("" when none). */
  output: string;
  /** The time is a deadline ("Trước ngày …"): documents print it so. */
  deadline: boolean;
  status: ActivityStatus;
  progress: number;
  result: string;
  actualStart: CalendarDate | null;
  actualEnd: CalendarDate | null;
  lastUpdateAt: Date | null;
  version: number;
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
};

/** "Kế hoạch triển khai các hoạt động …": how people name a plan in lists. */
export function planDisplayTitle(title: string): string {
  return `Kế hoạch ${lowerFirst(title)}`;
}

type DbUnit = UnitRef;
type DbActivity = {
  id: string;
  phaseId: string;
  parentId: string | null;
  order: number;
  content: string;
  description: string;
  leadUnit: DbUnit;
  supporters: { unit: DbUnit }[];
  startDate: Date;
  endDate: Date;
  note: string;
  output?: string;
  deadline?: boolean;
  status: ActivityStatus;
  progress: number;
  result: string;
  actualStart: Date | null;
  actualEnd: Date | null;
  lastUpdateAt: Date | null;
  version: number;
};

function toActivity(row: DbActivity, stt: string, subTasks: ActivityItem[]): ActivityItem {
  return {
    id: row.id,
    phaseId: row.phaseId,
    parentId: row.parentId,
    order: row.order,
    stt,
    content: row.content,
    description: row.description,
    leadUnit: row.leadUnit,
    supporters: row.supporters.map((s) => s.unit),
    start: fromDbDate(row.startDate),
    end: fromDbDate(row.endDate),
    note: row.note,
    output: row.output ?? "",
    deadline: row.deadline ?? false,
    status: row.status,
    progress: row.progress,
    result: row.result,
    actualStart: fromDbDateOrNull(row.actualStart),
    actualEnd: fromDbDateOrNull(row.actualEnd),
    lastUpdateAt: row.lastUpdateAt,
    version: row.version,
    subTasks,
  };
}

/** Nests sub-tasks under their parents and numbers them: 1, 2 … and 4.1, 4.2 … */
export function nestActivities(rows: DbActivity[]): ActivityItem[] {
  const byOrder = [...rows].sort((a, b) => a.order - b.order);
  const top = byOrder.filter((row) => !row.parentId);
  return top.map((row, index) => {
    const stt = String(index + 1);
    const children = byOrder
      .filter((child) => child.parentId === row.id)
      .map((child, childIndex) => toActivity(child, `${stt}.${childIndex + 1}`, []));
    return toActivity(row, stt, children);
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
