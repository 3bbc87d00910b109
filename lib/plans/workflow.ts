// The plan's life: from which status each action moves a plan, to which, and
// the permission it takes (lib/auth/roles.ts). Pure data and functions, used by
// the services (to refuse) and the plan's rights (lib/plans/access.ts).
import type { PlanStatus, Role } from "@/lib/generated/prisma/enums";
import { can, type Facts, type Permission } from "@/lib/auth/roles";

export type PlanAction = "submit" | "withdraw" | "return" | "approve" | "issue" | "amend" | "complete" | "archive";

/** What we know about the actor in relation to one plan. */
export type Actor = {
  role: Role;
  /** Created the plan. */
  isAuthor: boolean;
  /** Belongs to the plan's drafting unit. */
  inDraftingUnit: boolean;
};

const factsOf = (actor: Actor): Facts => ({ author: actor.isAuthor, draftingUnit: actor.inDraftingUnit });

/** The actor holds the permission for this plan. */
export const actorCan = (actor: Actor, permission: Permission) => can(actor, permission, factsOf(actor));

type Rule = {
  from: readonly PlanStatus[];
  to: PlanStatus;
  label: string;
  permission: Permission;
  /** A comment the user must write: the return's reasons, the amendment's reason. */
  needsComment?: string;
};

export const WORKFLOW: Record<PlanAction, Rule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", label: "Trình duyệt", permission: "plan.submit" },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", label: "Rút lại để sửa", permission: "plan.submit" },
  return: { from: ["SUBMITTED"], to: "RETURNED", label: "Trả lại", permission: "plan.review", needsComment: "Nhập ý kiến để đơn vị soạn thảo sửa." },
  approve: { from: ["SUBMITTED"], to: "APPROVED", label: "Phê duyệt", permission: "plan.review" },
  issue: { from: ["APPROVED"], to: "ISSUED", label: "Ban hành", permission: "plan.issue" },
  amend: { from: ["ISSUED"], to: "DRAFT", label: "Điều chỉnh", permission: "plan.amend", needsComment: "Nhập lý do điều chỉnh kế hoạch." },
  complete: { from: ["ISSUED"], to: "COMPLETED", label: "Kết thúc kế hoạch", permission: "plan.complete" },
  archive: { from: ["COMPLETED"], to: "ARCHIVED", label: "Lưu trữ", permission: "plan.archive" },
};

export const PLAN_ACTIONS = Object.keys(WORKFLOW) as PlanAction[];

export type TransitionCheck = { ok: true; to: PlanStatus } | { ok: false; reason: string };

export function checkTransition(action: PlanAction, status: PlanStatus, actor: Actor): TransitionCheck {
  const rule = WORKFLOW[action];
  if (!rule.from.includes(status)) {
    return { ok: false, reason: `Không thể “${rule.label.toLowerCase()}” kế hoạch đang ở trạng thái này.` };
  }
  if (!actorCan(actor, rule.permission)) return { ok: false, reason: `Bạn không có quyền “${rule.label.toLowerCase()}” kế hoạch này.` };
  return { ok: true, to: rule.to };
}

/** The actions this actor can take now, for the buttons on the plan page. */
export function availableActions(status: PlanStatus, actor: Actor): PlanAction[] {
  return PLAN_ACTIONS.filter((action) => checkTransition(action, status, actor).ok);
}

export const EDITABLE_STATUSES: readonly PlanStatus[] = ["DRAFT", "RETURNED"];

/** Editing the document: while DRAFT or RETURNED, by whoever holds plan.edit for it. */
export function canEditPlan(status: PlanStatus, actor: Actor): boolean {
  return EDITABLE_STATUSES.includes(status) && actorCan(actor, "plan.edit");
}
