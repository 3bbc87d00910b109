// Names an older document may use for a unit that exists now: its former names, and the names of units merged into
// it (followed along a chain of merges). The import's unit matcher lists them after the open units, under the
// open unit's id, so a 2022 document naming a merged unit is mapped to its successor; a dissolved unit (no
// successor) is never proposed.
import type { Db, Tx } from "@/lib/db-client";
import { todayInVietnam } from "@/lib/dates";
import type { UnitRef } from "@/lib/activities/read-model";
import { organizationUnitLives } from "@/lib/units/history";
import { successorOf, unitStateOn } from "@/lib/units/lifecycle";

export async function unitAliases(client: Db | Tx, organizationId: string, open: readonly UnitRef[]): Promise<UnitRef[]> {
  const lives = await organizationUnitLives(client, organizationId);
  const today = todayInVietnam();
  const byId = new Map(open.map((u) => [u.id, u]));
  const aliases: UnitRef[] = [];
  for (const life of lives.values()) {
    const target = byId.get(successorOf(life.id, lives, today) ?? "");
    if (!target) continue;
    if (unitStateOn(life, today) !== "open") aliases.push({ ...target, name: life.name, shortName: life.shortName });
    for (const former of life.history) aliases.push({ ...target, name: former.name, shortName: former.shortName });
  }
  return aliases;
}
