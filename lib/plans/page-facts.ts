// The plan's own row as one user may read it: the access check of every tab
// of /plans/[id] (its layout) and what the plan page decides rights from.
// The row is the same for every reader, so it comes from the shared cache
// (tagged plan:<id>: any write to the row notifies it, lib/cache/), and the
// user's right to read it is decided here, per request, from the row
// (planReadableBy, the same rule as readablePlansWhere). The layout and the
// page of one request share the answer through React's cache(). Writes never
// use it: services read and lock the row in their own transaction.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { remember } from "@/lib/cache/memo";
import { planTag } from "@/lib/cache/tags";
import { planReadableBy } from "@/lib/plans/access";

const factsSelect = {
  id: true,
  organizationId: true,
  title: true,
  status: true,
  version: true,
  number: true,
  issueDate: true,
  createdById: true,
  draftingUnitId: true,
  updatedAt: true,
} as const;

export type PlanFactsRow = NonNullable<Awaited<ReturnType<typeof readPlanFacts>>>;

function cachedPlanRow(planId: string) {
  return remember("cachedPlanRow", [planId], [planTag(planId)], () => db.plan.findUnique({ where: { id: planId }, select: factsSelect }));
}

/** The plan's row, or null when it does not exist or the user may not read it. */
export const readPlanFacts = cache(async (user: SessionUser, id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  // Lower case: the key and the tag name the plan as the database notifies it.
  const row = await cachedPlanRow(id.toLowerCase());
  return row && planReadableBy(user, row) ? row : null;
});
