import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { allOf } from "@/lib/auth/filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/dates";
import { readablePlansWhere } from "@/lib/plans/access";

/** A phase's own fields, for a PATCH to merge into; 404 when its plan is not readable. */
export async function getPhaseFields(user: SessionUser, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("giai đoạn");
  const phase = await db.phase.findFirst({
    where: allOf<Prisma.PhaseWhereInput>({ organizationId: user.organizationId }, { plan: readablePlansWhere(user) }, { id }),
    select: { id: true, planId: true, title: true, startDate: true, endDate: true, version: true },
  });
  if (!phase) throw notFound("giai đoạn");
  return { id: phase.id, planId: phase.planId, title: phase.title, start: fromDbDate(phase.startDate), end: fromDbDate(phase.endDate), version: phase.version };
}
