// Who may read and do what with plans and templates: the map's permissions
// (lib/auth/roles.ts) combined with how the user stands to the plan (author,
// drafting unit), turned into Prisma filters and the rights pages and the API
// show or hide actions with.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { can, roleCan, type Facts } from "@/lib/auth/roles";
import { forbidden } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/user";
import { PLAN_STATUSES, PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import { actorCan, canEditPlan, checkTransition, PLAN_ACTIONS, WORKFLOW, type Actor, type PlanAction } from "@/lib/plans/workflow";

/**
 * Plans a user may read: those of their own organisation; without
 * plan.read.drafts only published ones. A plan outside this filter is simply
 * not found (404). Combine it with other filters through allOf (lib/auth/filters.ts).
 */
export function readablePlansWhere(user: SessionUser): Prisma.PlanWhereInput {
  return {
    organizationId: user.organizationId,
    ...(can(user, "plan.read.drafts") ? {} : { status: { in: PUBLISHED_PLAN_STATUSES } }),
  };
}

/** The statuses of the plans a user may ever read: what the plan list offers as filters (a viewer: published ones only). */
export function readablePlanStatuses(user: SessionUser): PlanStatus[] {
  return can(user, "plan.read.drafts") ? [...PLAN_STATUSES] : [...PUBLISHED_PLAN_STATUSES];
}

/**
 * readablePlansWhere as a test of one plan row already read (the plan pages
 * read the row from the shared cache, lib/plans/page-facts.ts). The two agree
 * for every role, status and organisation: tests/integration/plan-readable.test.ts.
 */
export function planReadableBy(user: SessionUser, plan: { organizationId: string; status: PlanStatus }): boolean {
  return plan.organizationId === user.organizationId && readablePlanStatuses(user).includes(plan.status);
}

/**
 * Whether the user could take any workflow step (submit, review, issue …) on some plan: the plan page shows its
 * "Trình duyệt và ban hành" panel only to them, so a viewer does not get an empty one.
 */
export function takesPartInWorkflow(user: SessionUser): boolean {
  return PLAN_ACTIONS.some((action) => roleCan(user.role, WORKFLOW[action].permission));
}

type PlanFacts = { createdById: string | null; draftingUnitId: string | null };

/** The user as the workflow sees them in relation to one plan. */
export function actorFor(user: SessionUser, plan: PlanFacts): Actor {
  return {
    role: user.role,
    isAuthor: plan.createdById === user.id,
    inDraftingUnit: Boolean(user.unitId && plan.draftingUnitId === user.unitId),
  };
}

export type PlanRights = Record<PlanAction, boolean> & {
  /** Open the editor (the document's texts, phases, activities). */
  edit: boolean;
  /** Name another drafting unit than the user's own (the editor and new plans). */
  chooseDraftingUnit: boolean;
  /** Start a new plan from this one, or save it as a template. */
  createFrom: boolean;
  /** The plan's audit history. */
  history: boolean;
  /** The results report: only a plan that was issued has results. */
  report: boolean;
  /** "Thay đổi so với bản đã xem xét lần trước": whoever reviews the plan or submits it. */
  reviewChanges: boolean;
  /** Sửa số: the number, symbol and issue date of an issued plan (the văn thư, administrators). */
  correctNumber: boolean;
};

/**
 * Whether the user may correct the register's number of this plan: a plan that was issued with a number
 * (issued, completed or archived), by whoever holds plan.correctNumber. Whether a signed copy is attached is a
 * fact the correction itself checks under the plan's lock.
 */
export function canCorrectNumber(user: SessionUser, plan: { status: PlanStatus; number?: number | null }): boolean {
  return PUBLISHED_PLAN_STATUSES.includes(plan.status) && plan.number != null && can(user, "plan.correctNumber");
}

/** The results report of a plan (issued or later): who may read it and who may write its sections and recipients. */
export function reportRights(user: SessionUser, plan: PlanFacts & { status: PlanStatus }, report: { issued: boolean } = { issued: false }) {
  const published = PUBLISHED_PLAN_STATUSES.includes(plan.status);
  const actor = actorFor(user, plan);
  return {
    read: published,
    // An issued report is frozen as it was numbered: its sections are no longer edited.
    edit: published && !report.issued && actorCan(actor, "plan.report.edit"),
    // Whoever issues plans (văn thư, leaders, administrators) issues the report, once, with the register's number.
    issue: published && !report.issued && actorCan(actor, "plan.issue"),
  };
}

/** What this user may do with this plan now. */
export function planRights(user: SessionUser, plan: PlanFacts & { status: PlanStatus; number?: number | null }): PlanRights {
  const actor = actorFor(user, plan);
  const actions = Object.fromEntries(PLAN_ACTIONS.map((action) => [action, checkTransition(action, plan.status, actor).ok])) as Record<PlanAction, boolean>;
  return {
    ...actions,
    edit: canEditPlan(plan.status, actor),
    chooseDraftingUnit: actorCan(actor, "plan.chooseDraftingUnit"),
    createFrom: can(user, "plan.create"),
    history: can(user, "audit.read"),
    report: PUBLISHED_PLAN_STATUSES.includes(plan.status),
    reviewChanges: actorCan(actor, "plan.review") || actorCan(actor, "plan.submit"),
    correctNumber: canCorrectNumber(user, plan),
  };
}

/** The rights of the "new plan" pages: create at all, and for which drafting unit. */
export function newPlanRights(user: SessionUser) {
  return { create: can(user, "plan.create"), chooseDraftingUnit: can(user, "plan.chooseDraftingUnit") };
}

/** A template is deleted by whoever holds template.delete for it (its author, for staff). */
export function templateRights(user: SessionUser, template: { createdById: string | null }) {
  const facts: Facts = { author: template.createdById === user.id };
  return { delete: can(user, "plan.create") && can(user, "template.delete", facts) };
}

/**
 * The register (sổ đăng ký): every plan of the organisation that holds a number, for whoever holds register.read
 * (the văn thư, leaders, administrators); anyone else is refused (403).
 */
export function registerPlansWhere(user: SessionUser): Prisma.PlanWhereInput {
  if (!can(user, "register.read")) throw forbidden("Bạn không có quyền xem sổ đăng ký kế hoạch.");
  return { organizationId: user.organizationId, number: { not: null } };
}

/** Whether the user sees the register at all (the navigation's entry). */
export const canReadRegister = (user: SessionUser) => can(user, "register.read");
