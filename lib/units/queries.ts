import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { visibleUnitsWhere } from "@/lib/units/access";
import { allOf } from "@/lib/auth/filters";

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
      _count: { select: { users: true, led: true } },
    },
  });
}

export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number];
