// The plan's own row as one user may read it: the access check of every tab
// of /plans/[id] (its layout) and what the plan page decides rights from.
// One statement, no relations, read once per request: the layout and the page
// of one request share it through React's cache().
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { allOf } from "@/lib/auth/filters";
import { readablePlansWhere } from "@/lib/plans/access";

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

/** The plan's row, or null when it does not exist or the user may not read it. */
export const readPlanFacts = cache(async (user: SessionUser, id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  return db.plan.findFirst({ where: allOf(readablePlansWhere(user), { id }), select: factsSelect });
});
