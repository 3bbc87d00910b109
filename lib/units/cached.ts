// The organisation's units as every page names them, read once per change of
// names (remember(), lib/cache/memo.ts): a unit's row, its groups and its
// former names notify org:<id>:names (a rename writes the unit's row in the
// same transaction as the former name).
import "server-only";
import { remember } from "@/lib/cache/memo";
import { db } from "@/lib/db";
import { orgNamesTag } from "@/lib/cache/tags";
import { organizationUnitLives, unitsInOrder } from "@/lib/units/history";

/** Every unit of the organisation with its lifecycle (names, closing, successor), by id. */
export function cachedUnitLives(organizationId: string) {
  return remember("cachedUnitLives", [organizationId], [orgNamesTag(organizationId)], () => organizationUnitLives(db, organizationId));
}

/** Every unit of the organisation in its order, named (tables by unit keep the units they count). */
export function cachedUnitList(organizationId: string) {
  return remember("cachedUnitList", [organizationId], [orgNamesTag(organizationId)], () => unitsInOrder(db, organizationId));
}
