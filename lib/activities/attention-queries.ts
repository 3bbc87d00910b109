// "Việc cần chú ý": the running work of the Sở that is late, blocked, due soon
// or late without a report, across every plan being tracked and every unit the
// user may read. Who sees what is the map's `attention.read` grant
// (attentionScope): leaders everything, staff their own unit's work. Filters,
// counts, the severity order and paging all run in SQL, through the activity
// read model, so 18k activities cost the same few queries as 18.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allOf } from "@/lib/auth/filters";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { todayInVietnam, type CalendarDate } from "@/lib/dates";
import { readablePlansWhere } from "@/lib/plans/access";
import { attentionScope, readableActivitiesWhere } from "@/lib/activities/access";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import type { AttentionFiltersInput } from "@/lib/activities/schemas";
import { activityRowSelect, authorLabel, planRefOf, toActivityRow, unitWorkWhere } from "@/lib/activities/read-model";
import {
  ATTENTION_KINDS,
  attentionKinds,
  attentionKindWhere,
  attentionOrderBy,
  attentionWindow,
  daysLate,
  describeAttentionFilters,
  severityOf,
  severityWhere,
  SEVERITIES,
  type AttentionKind,
} from "@/lib/activities/attention";
import { canRemindLeadUnit } from "@/lib/notifications/access";
import { remindedToday } from "@/lib/notifications/remind";

export const ATTENTION_PAGE_SIZE = 50;
/** The workbook holds at most this many rows (most severe first) and says so when there are more. */
export const ATTENTION_EXPORT_CAP = 5000;

type Where = Prisma.ActivityWhereInput;

const attentionRowSelect = {
  ...activityRowSelect,
  leadUnitId: true,
  updates: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, author: { select: { displayName: true, unit: { select: { shortName: true } } } } } },
} as const satisfies Prisma.ActivitySelect;

type RowData = Prisma.ActivityGetPayload<{ select: typeof attentionRowSelect }>;

/** The filters as they apply: a unit-bound reader's unit replaces any other, and every named unit and plan must be readable. */
async function resolve(user: SessionUser, input: AttentionFiltersInput, today: CalendarDate) {
  const scope = attentionScope(user);
  const unitId = scope.unitId ?? input.unit;
  const [unit, plan] = await Promise.all([
    unitId ? db.unit.findFirst({ where: { id: unitId, organizationId: user.organizationId }, select: { id: true, name: true, shortName: true } }) : null,
    input.plan
      ? db.plan.findFirst({
          where: allOf<Prisma.PlanWhereInput>(readablePlansWhere(user), { id: input.plan }),
          select: { id: true, title: true, status: true, number: true, symbol: true, organization: { select: { code: true } } },
        })
      : null,
  ]);
  if (unitId && !unit) throw notFound("đơn vị");
  if (input.plan && !plan) throw notFound("kế hoạch");
  // Issued plans are the ones being tracked; the rest of the filters narrow.
  const base = allOf<Where>(
    readableActivitiesWhere(user),
    { plan: { status: "ISSUED" } },
    unit && unitWorkWhere(unit.id, { role: input.role }),
    plan && { planId: plan.id },
    input.year && { plan: { year: input.year } },
    input.status && { status: input.status },
  );
  const listed = allOf<Where>(base, input.kind && attentionKindWhere(input.kind, today, input.days));
  const planRef = plan && planRefOf(plan);
  const filtersText = describeAttentionFilters({
    unit: unit?.name,
    role: input.role,
    plan: planRef ? (planRef.numberLabel ?? planRef.displayTitle) : null,
    status: input.status ? ACTIVITY_STATUS_LABELS[input.status] : null,
    year: input.year,
    kind: input.kind,
    days: input.days,
  });
  return { scope, unit, plan: planRef, base, listed, filtersText };
}

function toAttentionRow(row: RowData, user: SessionUser, today: CalendarDate, horizon: number, reminded: Set<string>) {
  const item = toActivityRow(row, today);
  const kinds = attentionKinds({ start: item.start, end: item.end, status: item.status, lastUpdateAt: item.lastUpdateAt }, today, horizon);
  const last = row.updates[0];
  return {
    id: item.id,
    stt: item.stt,
    content: item.content,
    parentContent: item.parentContent,
    phase: item.phase,
    plan: item.plan,
    leadUnit: item.leadUnit,
    start: item.start,
    end: item.end,
    deadline: item.deadline,
    window: attentionWindow(item),
    status: item.status,
    statusReason: item.statusReason,
    progress: item.progress,
    kinds,
    severity: severityOf(kinds),
    daysLate: daysLate(item.end, today),
    lastUpdate: last ? { at: last.createdAt, author: authorLabel(last.author) } : null,
    canRemind: canRemindLeadUnit(user, { status: item.status, plan: { status: row.plan.status } }),
    remindedToday: reminded.has(item.id),
  };
}

export type AttentionRow = ReturnType<typeof toAttentionRow>;

/** Rows `skip`..`skip + take` of the severity order: the buckets one after another, each paged in SQL. */
async function loadRows(user: SessionUser, listed: Where, bucketCounts: number[], skip: number, take: number, today: CalendarDate, horizon: number) {
  const slices: { where: Where; skip: number; take: number }[] = [];
  let offset = skip;
  let remaining = take;
  SEVERITIES.forEach((severity, i) => {
    const count = bucketCounts[i]!;
    if (remaining <= 0) return;
    if (offset >= count) {
      offset -= count;
      return;
    }
    const n = Math.min(remaining, count - offset);
    slices.push({ where: allOf<Where>(listed, severityWhere(severity, today, horizon)), skip: offset, take: n });
    remaining -= n;
    offset = 0;
  });
  // The page's ids, bucket by bucket, then the rows in one read: the row select loads several
  // relations (a statement each), so it runs once per page, not once per bucket.
  const idPages = await Promise.all(slices.map((s) => db.activity.findMany({ where: s.where, orderBy: attentionOrderBy, skip: s.skip, take: s.take, select: { id: true } })));
  const ids = idPages.flat().map((row) => row.id);
  const found = ids.length ? await db.activity.findMany({ where: allOf<Where>(readableActivitiesWhere(user), { id: { in: ids } }), select: attentionRowSelect }) : [];
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const reminded = await remindedToday(db, user.organizationId, rows);
  return rows.map((row) => toAttentionRow(row, user, today, horizon, reminded));
}

async function countBuckets(listed: Where, today: CalendarDate, horizon: number): Promise<number[]> {
  return Promise.all(SEVERITIES.map((severity) => db.activity.count({ where: allOf<Where>(listed, severityWhere(severity, today, horizon)) })));
}

/** One page of the list, the count of each kind (under the other filters), and what the filter bar offers. */
export async function listAttention(user: SessionUser, input: AttentionFiltersInput, today: CalendarDate = todayInVietnam()) {
  const { scope, unit, plan, base, listed, filtersText } = await resolve(user, input, today);
  const horizon = input.days;
  const [bucketCounts, kindCounts, units, plans] = await Promise.all([
    countBuckets(listed, today, horizon),
    Promise.all(ATTENTION_KINDS.map((kind) => db.activity.count({ where: allOf<Where>(base, attentionKindWhere(kind, today, horizon)) }))),
    scope.unitId
      ? []
      : db.unit.findMany({ where: { organizationId: user.organizationId, active: true, kind: { not: "GROUP" } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.plan.findMany({
      where: allOf<Prisma.PlanWhereInput>(readablePlansWhere(user), { status: "ISSUED" }, scope.unitId && { activities: { some: unitWorkWhere(scope.unitId) } }),
      orderBy: [{ year: "desc" }, { number: "desc" }, { id: "asc" }],
      select: { id: true, title: true, year: true, status: true, number: true, symbol: true, organization: { select: { code: true } } },
    }),
  ]);
  const total = bucketCounts.reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / ATTENTION_PAGE_SIZE));
  const page = Math.min(input.page, pages);
  const rows = await loadRows(user, listed, bucketCounts, (page - 1) * ATTENTION_PAGE_SIZE, ATTENTION_PAGE_SIZE, today, horizon);
  return {
    today,
    /** Staff: the list is their unit's, and the unit cannot be changed. */
    unitBound: scope.unitId !== null,
    unit,
    plan,
    counts: Object.fromEntries(ATTENTION_KINDS.map((kind, i) => [kind, kindCounts[i]!])) as Record<AttentionKind, number>,
    total,
    page,
    pages,
    rows,
    units,
    // The plan choice follows the year chosen; the years offered are those of the running plans.
    plans: plans.filter((p) => !input.year || p.year === input.year).map(planRefOf),
    // A year named in the address stays offered (and shown chosen) even when none of its plans is running.
    years: [...new Set([...plans.map((p) => p.year), ...(input.year ? [input.year] : [])])].sort((x, y) => y - x),
    mayRemind: can(user, "activity.remind"),
    filtersText,
  };
}

export type AttentionList = Awaited<ReturnType<typeof listAttention>>;

/** Every row the filters select (up to ATTENTION_EXPORT_CAP), for the workbook. */
export async function attentionForExport(user: SessionUser, input: AttentionFiltersInput, today: CalendarDate = todayInVietnam()) {
  const { unit, listed, filtersText } = await resolve(user, input, today);
  const bucketCounts = await countBuckets(listed, today, input.days);
  const total = bucketCounts.reduce((a, b) => a + b, 0);
  const rows = await loadRows(user, listed, bucketCounts, 0, ATTENTION_EXPORT_CAP, today, input.days);
  return { today, total, rows, filtersText, unitShortName: unit?.shortName ?? null };
}
