// Reads the lifecycle of units (current name, closing, successor, former names) for lifecycle.ts's pure helpers.
import type { Db, Tx } from "@/lib/db-client";
import { fromDbDate, fromDbDateOrNull } from "@/lib/dates";
import type { UnitLife } from "@/lib/units/lifecycle";
import { unitRefSelect } from "@/lib/activities/read-model";

const lifeSelect = {
  id: true,
  name: true,
  shortName: true,
  closedAt: true,
  mergedIntoId: true,
  nameHistory: { select: { name: true, shortName: true, validFrom: true, validTo: true }, orderBy: { validTo: "asc" } },
} as const;

type LifeRow = { id: string; name: string; shortName: string; closedAt: Date | null; mergedIntoId: string | null; nameHistory: { name: string; shortName: string; validFrom: Date | null; validTo: Date }[] };

export function toUnitLife(row: LifeRow): UnitLife {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    closedAt: fromDbDateOrNull(row.closedAt),
    mergedIntoId: row.mergedIntoId,
    history: row.nameHistory.map((h) => ({ name: h.name, shortName: h.shortName, validFrom: fromDbDateOrNull(h.validFrom), validTo: fromDbDate(h.validTo) })),
  };
}

/** The lifecycle of the given units (one query; ids the caller has already scoped to an organisation). */
export async function unitLife(client: Db | Tx, ids: string[]): Promise<Map<string, UnitLife>> {
  if (!ids.length) return new Map();
  const rows = await client.unit.findMany({ where: { id: { in: [...new Set(ids)] } }, select: lifeSelect });
  return new Map(rows.map((row) => [row.id, toUnitLife(row)]));
}

/** Every unit of an organisation with its lifecycle: for successor resolution (chains of merges). */
export async function organizationUnitLives(client: Db | Tx, organizationId: string): Promise<Map<string, UnitLife>> {
  const rows = await client.unit.findMany({ where: { organizationId }, select: lifeSelect });
  return new Map(rows.map((row) => [row.id, toUnitLife(row)]));
}

/** Every unit of an organisation, named, in its order (tables by unit and a phase's rows name units from it). */
export function unitsInOrder(client: Db | Tx, organizationId: string) {
  return client.unit.findMany({ where: { organizationId }, select: unitRefSelect, orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }] });
}
