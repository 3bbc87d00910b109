// "Việc của đơn vị", rendered once per change of the unit's work and shared by
// every reader of the organisation: the list holds only activities of issued
// plans, which every role reads (lib/activities/access.ts publishedWorkWhere),
// so nothing in it depends on who reads. The page checks the user first
// (requireUser; the organisation is the user's, so another organisation's unit
// is simply not found) and adds what is the reader's own: the quick-update
// buttons on the rows they may report on (components/activities/work-list.tsx).
//
// Keyed by its arguments: organisation, unit, the filters in the address, the
// page, and the Vietnam date ("quá hạn" turns over at midnight). Tagged with
// what it reads: unit:<u> (any activity-level write on work the unit leads or
// supports), unit:<g> for each group the unit belongs to (work the group
// supports), org:<o> (plans and phases: status, titles) and org:<o>:names
// (unit names, group membership).
//
// Two entries: the list's shape (the groups' counts, the ids shown, the
// plans), which follows from statuses, dates and units only and carries the
// schedule tags (unit:<u>:schedule …), and the rows made on it. A unit's
// progress report makes the rows again (one read of the rows shown) and leaves
// the shape: on a busy unit, the shape's counts are most of the list's cost.
import "server-only";
import { remember, tagEntry } from "@/lib/cache/memo";
import { unitChoicesOfOrganization } from "@/lib/units/queries";
import type { CalendarDate } from "@/lib/dates";
import { orgNamesTag, orgTag, unitScheduleTag, unitTag } from "@/lib/cache/tags";
import { unitWorkOfOrganization, unitWorkRows, unitWorkShape, type SharedUnitWork, type WorkFilters } from "@/lib/activities/work-queries";
import { workRowHalves } from "@/components/activities/work-rows";
import { optionsMarkup } from "@/components/ui/filter-form";

export type WorkViewFilters = Omit<WorkFilters, "unitId" | "q">;

/** The shared list, its rows as markup plus what the reader's part needs (who leads, who supports, the quick form's values). */
export async function unitWorkView(organizationId: string, unitId: string, filters: WorkViewFilters & { q?: string }, today: CalendarDate, page: number) {
  const work = await unitWorkOfOrganization(organizationId, { ...filters, unitId }, today, { page });
  return work && viewOf(work);
}

function viewOf(work: SharedUnitWork) {
  return {
    unit: work.unit,
    unitGroupIds: work.unitGroupIds,
    total: work.total,
    /** The filter's plans (those the unit works on), as options. */
    planOptions: optionsMarkup(
      work.plans.map((p) => ({ value: p.id, label: `${p.numberLabel ? `${p.numberLabel} · ` : ""}${p.displayTitle}` })),
      "Tất cả",
    ),
    groups: work.groups.map(({ items, ...group }) => ({
      ...group,
      rows: items.map((item) => ({
        id: item.id,
        ...workRowHalves(item),
        leadUnitId: item.leadUnitId,
        supporterUnitIds: item.supporterUnitIds,
        plan: { status: item.plan.status },
        quick: { id: item.id, version: item.version, status: item.status, statusReason: item.statusReason, progress: item.progress },
      })),
    })),
  };
}

export type WorkView = NonNullable<Awaited<ReturnType<typeof unitWorkView>>>;

function cachedUnitWorkShape(organizationId: string, unitId: string, filters: WorkViewFilters, today: CalendarDate, page: number) {
  return remember("cachedUnitWorkShape", [organizationId, unitId, filters, today, page], [unitScheduleTag(unitId), orgTag(organizationId), orgNamesTag(organizationId)], async () => {
    const shape = await unitWorkShape(organizationId, { ...filters, unitId }, today, { page });
    if (shape?.unitGroupIds.length) tagEntry(...shape.unitGroupIds.map(unitScheduleTag));
    return shape;
  });
}

async function cachedUnitWorkView(organizationId: string, unitId: string, filters: WorkViewFilters, today: CalendarDate, page: number) {
  return remember("cachedUnitWorkView", [organizationId, unitId, filters, today, page], [unitTag(unitId), orgTag(organizationId), orgNamesTag(organizationId)], async () => {
    const shape = await cachedUnitWorkShape(organizationId, unitId, filters, today, page);
    if (!shape) return null;
    if (shape.unitGroupIds.length) tagEntry(...shape.unitGroupIds.map(unitTag));
    return viewOf(await unitWorkRows(shape, today));
  });
}

/**
 * The unit's list for a page: cached, except a search by words (rare, and
 * each query its own key: it would only push other lists out of the cache).
 * Only the page of a chosen group is part of the key; a preview is page 1.
 */
export function readUnitWorkView(organizationId: string, unitId: string, { q, ...filters }: WorkViewFilters & { q?: string }, today: CalendarDate, page: number) {
  const shownPage = filters.due ? page : 1;
  if (q) return unitWorkView(organizationId, unitId, { ...filters, q }, today, shownPage);
  const key: WorkViewFilters = { planId: filters.planId, year: filters.year, role: filters.role, status: filters.status, due: filters.due };
  return cachedUnitWorkView(organizationId, unitId, key, today, shownPage);
}

/**
 * The units a filter offers: every active unit of the organisation (groups
 * excepted), which every user may see, as options (a department has dozens to
 * hundreds), and the first of them.
 */
export async function cachedUnitChoices(organizationId: string) {
  return remember("cachedUnitChoices", [organizationId], [orgNamesTag(organizationId)], async () => {
    const units = await unitChoicesOfOrganization(organizationId);
    return { firstId: units[0]?.id, options: optionsMarkup(units.map((u) => ({ value: u.id, label: u.name }))) };
  });
}
