// "Việc cần chú ý": what makes running work need a leader's eye, computed from
// the dates and the status, never typed. Each rule is written twice, side by
// side: as a test on one activity (for the row's badges) and as a SQL filter
// (for the list, its counts and its paging). Days are calendar days in Vietnam.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { daysBetween, formatDate, shiftDate, toDbDate, type CalendarDate } from "@/lib/dates";
import { CLOSED_STATUSES, isClosed } from "@/lib/activities/rules";

export const ATTENTION_KINDS = ["overdue", "blocked", "dueSoon", "unreported"] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export const ATTENTION_KIND_LABELS: Record<AttentionKind, string> = {
  overdue: "Quá hạn",
  blocked: "Vướng mắc",
  dueSoon: "Sắp đến hạn",
  unreported: "Chưa báo cáo",
};

/** "Sắp đến hạn" looks this many calendar days ahead unless the address says otherwise. */
export const DEFAULT_HORIZON_DAYS = 7;
export const MAX_HORIZON_DAYS = 90;

type Facts = { start: CalendarDate; end: CalendarDate; status: ActivityStatus; lastUpdateAt: Date | null };

/**
 * What needs attention about one activity:
 * - overdue: its window or deadline ended before today and it is not done or cancelled;
 * - blocked: a unit reported Vướng mắc;
 * - dueSoon: open, and it ends between today and `horizon` days from today;
 * - unreported: overdue, and nobody ever reported on it (no update since it was issued).
 */
export function attentionKinds(activity: Facts, today: CalendarDate, horizon = DEFAULT_HORIZON_DAYS): AttentionKind[] {
  if (isClosed(activity.status)) return [];
  const kinds: AttentionKind[] = [];
  const late = activity.end < today;
  if (late) kinds.push("overdue");
  if (activity.status === "BLOCKED") kinds.push("blocked");
  if (!late && daysBetween(today, activity.end) <= horizon) kinds.push("dueSoon");
  if (late && activity.lastUpdateAt === null) kinds.push("unreported");
  return kinds;
}

/** Days past the end of the window or deadline (0 when not late). */
export function daysLate(end: CalendarDate, today: CalendarDate): number {
  return Math.max(0, daysBetween(end, today));
}

/**
 * The list's order, most severe first: late and silent, late, blocked (but not
 * late), due soon. The buckets do not overlap and together are everything the
 * list shows; within one, the longest late (or the soonest due) first.
 */
export const SEVERITIES = ["lateSilent", "late", "blocked", "dueSoon"] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityOf(kinds: AttentionKind[]): Severity | null {
  if (kinds.includes("unreported")) return "lateSilent";
  if (kinds.includes("overdue")) return "late";
  if (kinds.includes("blocked")) return "blocked";
  if (kinds.includes("dueSoon")) return "dueSoon";
  return null;
}

// ---- the same rules as SQL filters ----

const open: Prisma.ActivityWhereInput = { status: { notIn: [...CLOSED_STATUSES] } };

/** Each kind as a filter, relative to today. */
export function attentionKindWhere(kind: AttentionKind, today: CalendarDate, horizon = DEFAULT_HORIZON_DAYS): Prisma.ActivityWhereInput {
  const t = toDbDate(today);
  switch (kind) {
    case "overdue":
      return { AND: [open, { endDate: { lt: t } }] };
    case "blocked":
      return { status: "BLOCKED" };
    case "dueSoon":
      return { AND: [open, { endDate: { gte: t, lte: toDbDate(shiftDate(today, horizon)) } }] };
    case "unreported":
      return { AND: [open, { endDate: { lt: t } }, { lastUpdateAt: null }] };
  }
}

/** Each severity bucket as a filter: disjoint, and their union is every activity that needs attention. */
export function severityWhere(severity: Severity, today: CalendarDate, horizon = DEFAULT_HORIZON_DAYS): Prisma.ActivityWhereInput {
  const t = toDbDate(today);
  switch (severity) {
    case "lateSilent":
      return attentionKindWhere("unreported", today, horizon);
    case "late":
      return { AND: [open, { endDate: { lt: t } }, { lastUpdateAt: { not: null } }] };
    case "blocked":
      return { AND: [{ status: "BLOCKED" }, { endDate: { gte: t } }] };
    case "dueSoon":
      return { AND: [attentionKindWhere("dueSoon", today, horizon), { status: { not: "BLOCKED" } }] };
  }
}

/** Within a bucket: the longest late, or the soonest due, first; then by plan and Stt, for a stable page. */
export const attentionOrderBy: Prisma.ActivityOrderByWithRelationInput[] = [{ endDate: "asc" }, { planId: "asc" }, { phaseId: "asc" }, { order: "asc" }, { id: "asc" }];

// ---- how a row and the filters are written ----

/** "01/05/2026 – 14/05/2026", or "Trước ngày 14/05/2026" for a deadline; one date when both ends are equal. */
export function attentionWindow(activity: { start: CalendarDate; end: CalendarDate; deadline: boolean }): string {
  if (activity.deadline) return `Trước ngày ${formatDate(activity.end)}`;
  return activity.start === activity.end ? formatDate(activity.end) : `${formatDate(activity.start)} – ${formatDate(activity.end)}`;
}

export type AttentionFilterNames = {
  unit?: string | null;
  role?: "lead" | "support";
  plan?: string | null;
  year?: number;
  status?: string | null;
  kind?: AttentionKind;
  days: number;
};

/** The active filters in words, for the printed header and the workbook: "Đơn vị: Phòng QLKH (chủ trì) · Loại: Quá hạn". */
export function describeAttentionFilters(filters: AttentionFilterNames): string {
  const parts: string[] = [];
  if (filters.unit) parts.push(`Đơn vị: ${filters.unit}${filters.role === "lead" ? " (chủ trì)" : filters.role === "support" ? " (phối hợp)" : " (chủ trì hoặc phối hợp)"}`);
  if (filters.year) parts.push(`Kế hoạch năm ${filters.year}`);
  if (filters.plan) parts.push(`Kế hoạch: ${filters.plan}`);
  if (filters.status) parts.push(`Trạng thái: ${filters.status}`);
  if (filters.kind) parts.push(`Loại: ${ATTENTION_KIND_LABELS[filters.kind]}`);
  parts.push(`Sắp đến hạn: trong ${filters.days} ngày tới`);
  return parts.join(" · ");
}
