import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { unitsOfOrganizationWhere, visibleUnitsWhere } from "@/lib/units/access";
import { allOf } from "@/lib/auth/filters";
import { isAppError } from "@/lib/errors";
import { fromDbDateOrNull, todayInVietnam } from "@/lib/dates";
import { toUnitLife } from "@/lib/units/history";
import { formerNameLines, unitStateOn } from "@/lib/units/lifecycle";
import { previewMerge } from "@/lib/units/merge";

export async function listUnits(user: SessionUser, options: { includeInactive?: boolean } = {}) {
  return db.unit.findMany({
    where: allOf(visibleUnitsWhere(user), !options.includeInactive && { active: true }),
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      active: true,
      version: true,
      closedAt: true,
      mergedIntoId: true,
      mergedInto: { select: { name: true } },
      _count: { select: { users: true, led: true } },
    },
  });
}

/** The units a filter offers (groups excepted): the same for every user of the organisation, so it is cached (components/activities/cached-work.ts). */
export async function unitChoicesOfOrganization(organizationId: string) {
  return db.unit.findMany({
    where: allOf(unitsOfOrganizationWhere(organizationId), { active: true, kind: { not: "GROUP" } }),
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number];

/** One unit's page: names through time, what became of it, the units merged into it; null when not visible. */
export async function getUnitDetail(user: SessionUser, id: string) {
  const unit = await db.unit.findFirst({
    where: allOf(visibleUnitsWhere(user), { id }),
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      active: true,
      version: true,
      validFrom: true,
      closedAt: true,
      closeReason: true,
      mergedInto: { select: { id: true, name: true } },
      mergedFrom: { select: { id: true, name: true, closedAt: true }, orderBy: { name: "asc" } },
      nameHistory: { select: { name: true, shortName: true, validFrom: true, validTo: true, reason: true }, orderBy: { validTo: "desc" } },
      _count: { select: { users: true, led: true } },
    },
  });
  if (!unit) return null;
  const life = toUnitLife({ ...unit, mergedIntoId: unit.mergedInto?.id ?? null });
  return {
    ...unit,
    validFrom: fromDbDateOrNull(unit.validFrom),
    closedAt: fromDbDateOrNull(unit.closedAt),
    state: unitStateOn(life, todayInVietnam()),
    formerNames: formerNameLines(life.history),
    reasons: unit.nameHistory.map((h) => h.reason),
    mergedFrom: unit.mergedFrom.map((m) => ({ id: m.id, name: m.name, closedAt: fromDbDateOrNull(m.closedAt) })),
  };
}
export type UnitDetail = NonNullable<Awaited<ReturnType<typeof getUnitDetail>>>;

/** Units a merge may go into: open, not groups, not the unit itself. */
export async function listMergeTargets(user: SessionUser, exceptId: string) {
  return db.unit.findMany({
    where: allOf(visibleUnitsWhere(user), { active: true, closedAt: null, kind: { not: "GROUP" }, id: { not: exceptId } }),
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** The merge preview page: the lists, or the Vietnamese reason there is none (bad target, already closed). */
export async function getMergePreview(user: SessionUser, id: string, targetId: string) {
  try {
    return { preview: await previewMerge(db, user, id, targetId), error: null };
  } catch (error) {
    if (!isAppError(error) || error.code === "FORBIDDEN" || error.code === "NOT_FOUND") throw error;
    const fields = error.fieldErrors ? Object.values(error.fieldErrors).flat() : [];
    return { preview: null, error: fields[0] ?? error.message };
  }
}
