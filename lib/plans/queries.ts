import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { readablePlansWhere } from "@/lib/plans/access";
import { planDisplayTitle, toPlanDocument, type PlanDocument } from "@/lib/plans/document";
import { formatPlanNumber, planSymbol } from "@/lib/plans/numbering";
import { fromDbDateOrNull } from "@/lib/dates";

const unitSelect = { id: true, name: true, shortName: true, kind: true } as const;

export async function listPlans(user: SessionUser, filters: { year?: number; status?: PlanStatus } = {}) {
  const rows = await db.plan.findMany({
    where: {
      ...readablePlansWhere(user),
      ...(filters.year ? { year: filters.year } : {}),
      ...(filters.status ? { status: filters.status } : {}),
    },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      year: true,
      status: true,
      number: true,
      symbol: true,
      issueDate: true,
      eventDate: true,
      updatedAt: true,
      organization: { select: { code: true } },
      draftingUnit: { select: { shortName: true } },
      _count: { select: { phases: true, activities: { where: { parentId: null } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    displayTitle: planDisplayTitle(row.title),
    year: row.year,
    status: row.status,
    numberLabel: row.number === null ? null : formatPlanNumber(row.number, row.symbol ?? planSymbol(row.organization.code)),
    issueDate: fromDbDateOrNull(row.issueDate),
    eventDate: fromDbDateOrNull(row.eventDate),
    draftingUnit: row.draftingUnit?.shortName ?? null,
    phaseCount: row._count.phases,
    activityCount: row._count.activities,
    updatedAt: row.updatedAt,
  }));
}

export type PlanListRow = Awaited<ReturnType<typeof listPlans>>[number];

/** Years that have plans, newest first, for the year filter. */
export async function listPlanYears(user: SessionUser): Promise<number[]> {
  const rows = await db.plan.findMany({
    where: readablePlansWhere(user),
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((row) => row.year);
}

const activityInclude = {
  leadUnit: { select: unitSelect },
  supporters: { select: { unit: { select: unitSelect } }, orderBy: { unit: { sortOrder: "asc" } } },
} as const;

/** The whole plan for reading; 404 when it does not exist or is not readable. */
export async function getPlanDocument(user: SessionUser, id: string): Promise<PlanDocument> {
  if (!z.uuid().safeParse(id).success) throw notFound("kế hoạch");
  const plan = await db.plan.findFirst({
    where: { ...readablePlansWhere(user), id },
    include: {
      organization: { select: { name: true, headerName: true, parentName: true, code: true, place: true } },
      draftingUnit: { select: unitSelect },
      phases: { include: { activities: { include: activityInclude } } },
    },
  });
  if (!plan) throw notFound("kế hoạch");
  return toPlanDocument(plan);
}
