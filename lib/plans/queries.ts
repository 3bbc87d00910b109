import "server-only";
import { planQueryWhere } from "@/lib/search/plan-number";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import { planRights, readablePlansWhere, templateRights, type PlanRights } from "@/lib/plans/access";
import { allOf } from "@/lib/auth/filters";
import { PLAN_ACTIONS } from "@/lib/plans/workflow";
import { readSnapshot } from "@/lib/plans/service/snapshot-io";
import { planChecklist } from "@/lib/plans/service/checklist";
import { getNumberingForm } from "@/lib/plans/register-queries";
import type { PlanSnapshot } from "@/lib/plans/snapshot";
import { planDisplayTitle, toPlanDocument, type PlanDocument } from "@/lib/plans/document";
import { planNumberLabel } from "@/lib/plans/numbering";
import { fromDbDateOrNull, todayInVietnam } from "@/lib/dates";
import { decodeCursor, page } from "@/lib/api/cursor";
import { progressOfPlans } from "@/lib/dashboard/counting";
import { activityFieldsSelect } from "@/lib/activities/read-model";
import { isFrozenStatus } from "@/lib/plans/issued-copy";
import { issuedDocument } from "@/lib/plans/service/issued-copy";
import { readPlanFacts } from "@/lib/plans/page-facts";

const unitSelect = { id: true, name: true, shortName: true, kind: true } as const;

export async function listPlans(user: SessionUser, filters: { year?: number; status?: PlanStatus } = {}) {
  const rows = await db.plan.findMany({
    // In AND, so a status filter narrows what the user may read and cannot replace a viewer's limit to published plans.
    where: allOf(readablePlansWhere(user), filters.year && { year: filters.year }, filters.status && { status: filters.status }),
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      year: true,
      status: true,
      number: true,
      numberText: true,
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
    numberLabel: planNumberLabel(row),
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
export async function listPlanYears(user: SessionUser, options: { published?: boolean } = {}): Promise<number[]> {
  const rows = await db.plan.findMany({
    where: options.published ? allOf(readablePlansWhere(user), { status: { in: PUBLISHED_PLAN_STATUSES } }) : readablePlansWhere(user),
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((row) => row.year);
}

/** The whole plan for reading, with what the user may do with it; 404 when it does not exist or is not readable. */
/**
 * Whether the user may read the plan: one indexed lookup, asked by the plan's
 * layout before any tab streams its skeleton, so an unknown or unreadable plan
 * answers 404 (once a page has started streaming, Next.js can only send 200).
 * Once per request (cache()): the tab's page asks the same before it uses a
 * cached fragment of the plan, and gets the layout's answer without a query.
 */
export async function planIsReadable(user: SessionUser, id: string): Promise<boolean> {
  // The same read as the plan page's (React cache): the layout's check costs the page nothing.
  return (await readPlanFacts(user, id)) !== null;
}

const documentInclude = {
  organization: { select: { name: true, headerName: true, parentName: true, code: true, place: true } },
  draftingUnit: { select: unitSelect },
  phases: { include: { activities: { select: activityFieldsSelect } } },
} as const;

export async function getPlanDocument(user: SessionUser, id: string): Promise<PlanDocument & { rights: PlanRights }> {
  if (!z.uuid().safeParse(id).success) throw notFound("kế hoạch");
  const plan = await db.plan.findFirst({ where: allOf(readablePlansWhere(user), { id }), include: documentInclude });
  if (!plan) throw notFound("kế hoạch");
  return { ...toPlanDocument(plan), rights: planRights(user, plan) };
}

/** The plan's heading fields (no phases), with the user's rights; 404 when not readable. What the plan page reads per request. */
export async function getPlanHead(user: SessionUser, id: string): Promise<PlanDocument & { rights: PlanRights }> {
  if (!z.uuid().safeParse(id).success) throw notFound("kế hoạch");
  const plan = await db.plan.findFirst({ where: allOf(readablePlansWhere(user), { id }), include: { organization: documentInclude.organization, draftingUnit: documentInclude.draftingUnit } });
  if (!plan) throw notFound("kế hoạch");
  return { ...toPlanDocument({ ...plan, phases: [] }), rights: planRights(user, plan) };
}

/**
 * The plan document of an organisation without its phases' activities: the
 * shell of the plan page's cached document (components/plans/cached-plan-document.tsx),
 * whose phases' rows are cached one phase at a time. It takes no user: the page
 * has read the plan through readPlanFacts (the access check) before it asks.
 */
export async function readPlanShellOfOrganization(organizationId: string, id: string): Promise<PlanDocument> {
  const plan = await db.plan.findFirst({
    where: { organizationId, id },
    include: { organization: documentInclude.organization, draftingUnit: documentInclude.draftingUnit, phases: true },
  });
  if (!plan) throw notFound("kế hoạch");
  return toPlanDocument({ ...plan, phases: plan.phases.map((phase) => ({ ...phase, activities: [] })) });
}

/**
 * The plan as its documents print it (DOCX, print view, report header): an
 * issued, completed or archived plan from its frozen copy, so later renames
 * of the organisation or a unit never change it; a draft with today's names.
 */
export async function getPrintedPlanDocument(user: SessionUser, id: string): Promise<PlanDocument & { rights: PlanRights }> {
  const live = await getPlanDocument(user, id);
  return isFrozenStatus(live.status) ? issuedDocument(db, live, user.organizationId) : live;
}

/** The plan's reviews, newest first: the same for every reader (the plan page reads them through a cached copy). */
export async function planReviewsOf(organizationId: string, planId: string) {
  return db.planReview.findMany({
    where: { planId, organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      comment: true,
      createdAt: true,
      actor: { select: { displayName: true, unit: { select: { shortName: true } } } },
    },
  });
}

export type PlanReviewRow = Awaited<ReturnType<typeof planReviewsOf>>[number];

/**
 * Everything the plan page needs besides the document: rights, actions, reviews.
 * `readReviews`: where the reviews come from (the page passes its cached copy).
 */
export async function getPlanWorkflow(user: SessionUser, planId: string, readReviews: (organizationId: string, planId: string) => Promise<PlanReviewRow[]> = planReviewsOf) {
  const plan = await readPlanFacts(user, planId);
  if (!plan) throw notFound("kế hoạch");
  const reviews = await readReviews(plan.organizationId, plan.id);
  const rights = planRights(user, plan);
  const lastReturn = plan.status === "RETURNED" ? reviews.find((r) => r.toStatus === "RETURNED") : undefined;
  // The checklist the Trình duyệt form shows first (the submission re-runs it).
  const checklist = rights.submit ? await planChecklist(db, { id: plan.id, organizationId: user.organizationId }) : [];
  // The register's number: what the issue and Sửa số dialogs offer (null for whoever can do neither).
  const numbering = await getNumberingForm(user, plan.id, rights);
  return {
    status: plan.status,
    version: plan.version,
    rights,
    /** The workflow actions the rights allow, in the workflow's order (the panel's buttons). */
    actions: PLAN_ACTIONS.filter((action) => rights[action]),
    lastReturn: lastReturn ?? null,
    reviews,
    checklist,
    numbering,
  };
}

export type PlanWorkflow = Awaited<ReturnType<typeof getPlanWorkflow>>;

/** Plans a new plan can be cloned from: any readable plan of any year. */
export async function listCloneSources(user: SessionUser) {
  const rows = await db.plan.findMany({
    where: readablePlansWhere(user),
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, year: true, eventDate: true, number: true, symbol: true, organization: { select: { code: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    displayTitle: planDisplayTitle(row.title),
    title: row.title,
    year: row.year,
    eventDate: fromDbDateOrNull(row.eventDate),
    numberLabel: planNumberLabel(row),
  }));
}

export async function listTemplates(user: SessionUser) {
  const rows = await db.planTemplate.findMany({
    where: { organizationId: user.organizationId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true, createdAt: true, createdById: true, createdBy: { select: { displayName: true } } },
  });
  return rows.map((row) => ({ ...row, rights: templateRights(user, row) }));
}

/** The snapshot a new plan would start from, for the preview of shifted dates. */
export async function getSourceSnapshot(user: SessionUser, source: { planId?: string; templateId?: string }): Promise<PlanSnapshot | null> {
  if (source.planId && z.uuid().safeParse(source.planId).success) {
    return readSnapshot(db, allOf(readablePlansWhere(user), { id: source.planId }));
  }
  if (source.templateId && z.uuid().safeParse(source.templateId).success) {
    const template = await db.planTemplate.findFirst({ where: { id: source.templateId, organizationId: user.organizationId } });
    return template ? (template.snapshot as unknown as PlanSnapshot) : null;
  }
  return null;
}

/** Plans for the API: filtered in SQL (q folds accents), one page at a time, newest first. */
export async function listPlansPage(
  user: SessionUser,
  query: { year?: number; status?: PlanStatus; q?: string; cursor?: string; limit: number },
  today = todayInVietnam(),
) {
  const cursorId = decodeCursor(query.cursor);
  const rows = await db.plan.findMany({
    // The access filter in AND, as in listPlans: a status filter only narrows it.
    where: allOf<Prisma.PlanWhereInput>(
      readablePlansWhere(user),
      query.q ? planQueryWhere(query.q) : undefined,
      query.year && { year: query.year },
      query.status && { status: query.status },
      cursorId && { id: { lt: cursorId } },
    ),
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: {
      id: true,
      title: true,
      year: true,
      status: true,
      number: true,
      numberText: true,
      symbol: true,
      eventDate: true,
      issueDate: true,
      version: true,
      organization: { select: { code: true } },
      _count: { select: { phases: true, activities: { where: { parentId: null } } } },
    },
  });
  const { items, nextCursor } = page(rows, query.limit);
  const progress = await progressOfPlans(db, user.organizationId, items.map((p) => p.id), today);
  return {
    nextCursor,
    items: items.map((row) => ({
      id: row.id,
      number: planNumberLabel(row),
      title: row.title,
      displayTitle: planDisplayTitle(row.title),
      year: row.year,
      status: row.status,
      eventDate: fromDbDateOrNull(row.eventDate),
      issueDate: fromDbDateOrNull(row.issueDate),
      version: row.version,
      progress: progress.get(row.id)!,
      counts: { phases: row._count.phases, activities: row._count.activities },
    })),
  };
}

/** Progress of one plan, by the same counting as every dashboard. */
export async function planProgress(user: SessionUser, planId: string, today = todayInVietnam()) {
  return (await progressOfPlans(db, user.organizationId, [planId], today)).get(planId)!;
}
