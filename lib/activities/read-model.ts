// One way to read activities. The Stt, the label, "which activities does a
// unit take part in", the select and the mapper are written here once and
// serve every reader: the plan document, a unit's work list, the activity
// page, the API, the calendar feed and the tracking services. No database
// client of its own (readers pass theirs), so the pure parts are unit tested
// and the filters run on real PostgreSQL.
import { costFromDb } from "@/lib/money";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db-client";
import { fromDbDate, fromDbDateOrNull, toDbDate, type CalendarDate } from "@/lib/dates";
import { foldVietnamese } from "@/lib/text";
import { planDisplayTitle } from "@/lib/plans/title";
import { planNumberLabel } from "@/lib/plans/numbering";
import { unitPart, type UnitPart } from "@/lib/activities/access";
import { CLOSED_STATUSES, endOfWeek, isDueSoon, isOverdue, workGroup, type WorkGroup } from "@/lib/activities/rules";

// ---- numbering and naming ----

/** An activity's number in its phase: "3", or "4.2" for the second sub-task of activity 4. */
export function sttOf(activity: { order: number; parent?: { order: number } | null }): string {
  return activity.parent ? `${activity.parent.order}.${activity.order}` : String(activity.order);
}

/** How the audit log and notifications name an activity: "hoạt động 3 (mục 2.1)", "việc 4.2 (mục 2.2)". */
export function activityLabel(activity: { order: number; parent?: { order: number } | null; phase: { code: string } }): string {
  return `${activity.parent ? "việc" : "hoạt động"} ${sttOf(activity)} (mục ${activity.phase.code})`;
}

/** What activityLabel needs, to add to a select or include. */
export const labelSelect = { order: true, parent: { select: { order: true } }, phase: { select: { code: true } } } as const satisfies Prisma.ActivitySelect;

// ---- who takes part ----

export type WorkRole = "lead" | "support";

/** A supporter row that counts for the unit: the unit itself, or a group it belongs to ("Các phòng chuyên môn…"). */
function supportedBy(unitId: string): Prisma.ActivitySupportWhereInput {
  return { OR: [{ unitId }, { unit: { members: { some: { memberId: unitId } } } }] };
}

/**
 * The activities a unit takes part in: it leads them, or supports them
 * directly or through a group it belongs to (the groups are resolved in SQL,
 * so the filter composes into any query). With a role, only that part; a
 * unit that leads an activity has the lead part even when it is also among
 * the supporters, as unitPart says.
 */
export function unitWorkWhere(unitId: string, { role: part }: { role?: WorkRole } = {}): Prisma.ActivityWhereInput {
  const lead: Prisma.ActivityWhereInput = { leadUnitId: unitId };
  const supports: Prisma.ActivityWhereInput = { supporters: { some: supportedBy(unitId) } };
  const byPart: Record<WorkRole, Prisma.ActivityWhereInput> = { lead, support: { AND: [{ leadUnitId: { not: unitId } }, supports] } };
  return part ? byPart[part] : { OR: [lead, supports] };
}

/** The groups a unit belongs to: what unitPart needs besides the activity. */
export async function unitGroupIds(client: Db | Tx, unitId: string | null): Promise<string[]> {
  if (!unitId) return [];
  const rows = await client.unitGroupMember.findMany({ where: { memberId: unitId }, select: { groupId: true } });
  return rows.map((row) => row.groupId);
}

/** A unit's short name (it signs what its staff write) and its groups, for a write that needs both. */
export async function unitWithGroups(client: Db | Tx, unitId: string | null): Promise<{ shortName: string; groupIds: string[] } | null> {
  if (!unitId) return null;
  const unit = await client.unit.findUnique({ where: { id: unitId }, select: { shortName: true, memberOf: { select: { groupId: true } } } });
  return unit ? { shortName: unit.shortName, groupIds: unit.memberOf.map((m) => m.groupId) } : null;
}

/** A unit's part in an activity whose lead and supporters are known. */
export function partOf(unitId: string | null, groupIds: string[], activity: { leadUnitId: string; supporterUnitIds: string[] }): UnitPart {
  return unitPart(unitId, activity, groupIds);
}

// ---- filters a list applies in SQL ----

/** The "Việc của đơn vị" groups as date and status conditions: the SQL twin of workGroup (lib/activities/rules.ts). */
export function workGroupWhere(group: WorkGroup, today: CalendarDate): Prisma.ActivityWhereInput {
  if (group === "done") return { status: { in: [...CLOSED_STATUSES] } };
  const open: Prisma.ActivityWhereInput = { status: { notIn: [...CLOSED_STATUSES] } };
  const weekEnd = toDbDate(endOfWeek(today));
  if (group === "overdue") return { AND: [open, { endDate: { lt: toDbDate(today) } }] };
  if (group === "week") return { AND: [open, { endDate: { gte: toDbDate(today), lte: weekEnd } }] };
  return { AND: [open, { endDate: { gt: weekEnd } }] };
}

/**
 * Every word of the query in the activity (content, note), its parent, its
 * plan's title or the name of one of its units, accents and case ignored:
 * the folded searchText columns, kept in step on every write.
 */
export function activitySearchWhere(query: string | undefined): Prisma.ActivityWhereInput | undefined {
  const words = foldVietnamese(query ?? "").split(" ").filter(Boolean);
  if (!words.length) return undefined;
  return {
    AND: words.map((word) => ({
      OR: [
        { searchText: { contains: word } },
        { parent: { searchText: { contains: word } } },
        { plan: { searchText: { contains: word } } },
        { leadUnit: { searchText: { contains: word } } },
        { supporters: { some: { unit: { searchText: { contains: word } } } } },
      ],
    })),
  };
}

// ---- the select and the mapper ----

export type UnitRef = { id: string; name: string; shortName: string; kind: "INTERNAL" | "EXTERNAL" | "GROUP" };

export const unitRefSelect = { id: true, name: true, shortName: true, kind: true } as const satisfies Prisma.UnitSelect;

/** What every reader shows of an activity itself: the plan document reads exactly this. */
export const activityFieldsSelect = {
  id: true,
  phaseId: true,
  parentId: true,
  order: true,
  content: true,
  description: true,
  note: true,
  output: true,
  deadline: true,
  cost: true,
  startDate: true,
  endDate: true,
  status: true,
  progress: true,
  result: true,
  actualStart: true,
  actualEnd: true,
  lastUpdateAt: true,
  version: true,
  leadUnit: { select: unitRefSelect },
  // The units' own order (unitsInOrder, lib/units/history.ts): units of one sortOrder come in one order everywhere.
  supporters: { select: { unit: { select: unitRefSelect } }, orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }, { unitId: "asc" }] },
} as const satisfies Prisma.ActivitySelect;

/** An activity in a list across plans: its fields, and where it sits (plan, phase, parent). */
export const activityRowSelect = {
  ...activityFieldsSelect,
  statusReason: true,
  parent: { select: { order: true, content: true } },
  phase: { select: { code: true, title: true } },
  plan: { select: { id: true, title: true, number: true, numberText: true, symbol: true, status: true, organization: { select: { code: true } } } },
} as const satisfies Prisma.ActivitySelect;

export type ActivityFieldsData = Prisma.ActivityGetPayload<{ select: typeof activityFieldsSelect }>;
type RowData = Prisma.ActivityGetPayload<{ select: typeof activityRowSelect }>;

export type ActivityFields = {
  id: string;
  phaseId: string;
  parentId: string | null;
  order: number;
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
  /** Kinh phí in đồng; null: none. */
  cost: number | null;
  status: ActivityStatus;
  progress: number;
  result: string;
  actualStart: CalendarDate | null;
  actualEnd: CalendarDate | null;
  lastUpdateAt: Date | null;
  version: number;
};

/** The fields with dates as calendar dates (no time zone drift) and units flattened. */
export function toActivityFields(row: ActivityFieldsData): ActivityFields {
  return {
    id: row.id,
    phaseId: row.phaseId,
    parentId: row.parentId,
    order: row.order,
    content: row.content,
    description: row.description,
    leadUnit: row.leadUnit,
    supporters: row.supporters.map((s) => s.unit),
    start: fromDbDate(row.startDate),
    end: fromDbDate(row.endDate),
    note: row.note,
    output: row.output,
    deadline: row.deadline,
    cost: costFromDb(row.cost),
    status: row.status,
    progress: row.progress,
    result: row.result,
    actualStart: fromDbDateOrNull(row.actualStart),
    actualEnd: fromDbDateOrNull(row.actualEnd),
    lastUpdateAt: row.lastUpdateAt,
    version: row.version,
  };
}

/** A plan as an activity row names it: "05/KH-SKHCN", "Kế hoạch triển khai …". */
export function planRefOf(plan: { id: string; title: string; status: RowData["plan"]["status"]; number: number | null; symbol: string | null; organization: { code: string } }) {
  return { id: plan.id, status: plan.status, displayTitle: planDisplayTitle(plan.title), numberLabel: planNumberLabel(plan) };
}

/** One activity of a list, with its Stt, its plan and whether it is late, relative to today. */
export function toActivityRow(row: RowData, today: CalendarDate) {
  const fields = toActivityFields(row);
  return {
    ...fields,
    stt: sttOf(row),
    statusReason: row.statusReason,
    parentContent: row.parent?.content ?? null,
    phase: { code: row.phase.code, title: row.phase.title },
    plan: planRefOf(row.plan),
    group: workGroup(fields, today),
    overdue: isOverdue(fields, today),
    dueSoon: isDueSoon(fields, today),
  };
}

export type ActivityRow = ReturnType<typeof toActivityRow>;

// ---- an update in an activity's history ----

/** What an update shows besides its own fields: who wrote it, and its files. */
export const updateItemInclude = {
  author: { select: { displayName: true, unit: { select: { shortName: true } } } },
  attachments: { select: { id: true, fileName: true, size: true, contentType: true } },
} as const satisfies Prisma.ActivityUpdateInclude;

type UpdateData = Prisma.ActivityUpdateGetPayload<{ include: typeof updateItemInclude }>;

/** "Nguyễn Văn A (Phòng QLKH)", or "—" for an author since removed. */
export function authorLabel(author: { displayName: string; unit: { shortName: string } | null } | null): string {
  return author ? `${author.displayName}${author.unit ? ` (${author.unit.shortName})` : ""}` : "—";
}

/** One update of the history, with dates as calendar dates. */
export function toUpdateItem(u: UpdateData) {
  return {
    id: u.id,
    at: u.createdAt,
    author: authorLabel(u.author),
    status: u.status,
    previousStatus: u.previousStatus,
    statusReason: u.statusReason,
    progress: u.progress,
    note: u.note,
    result: u.result,
    actualStart: fromDbDateOrNull(u.actualStart),
    actualEnd: fromDbDateOrNull(u.actualEnd),
    figures: (u.figures ?? []) as { label: string; value: string }[],
    evidence: (u.evidence ?? []) as { url: string; title: string }[],
    targetValues: (u.targetValues ?? []) as { label: string; achieved: number }[],
    attachments: u.attachments,
  };
}

export type UpdateItem = ReturnType<typeof toUpdateItem>;
