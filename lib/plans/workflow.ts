// The plan's life: who may move it from which status to which. Pure data and
// functions, used by the services (to refuse) and the pages (to offer buttons).
import type { PlanStatus, Role } from "@/lib/generated/prisma/enums";

export type PlanAction = "submit" | "withdraw" | "return" | "approve" | "issue" | "amend" | "complete" | "archive";

/** What we know about the actor in relation to one plan. */
export type Actor = {
  role: Role;
  /** Created the plan. */
  isAuthor: boolean;
  /** STAFF of the plan's drafting unit. */
  inDraftingUnit: boolean;
};

type Rule = {
  from: readonly PlanStatus[];
  to: PlanStatus;
  label: string;
  who: (actor: Actor) => boolean;
  /** A comment the user must write: the return's reasons, the amendment's reason. */
  needsComment?: string;
};

const isDrafter = (a: Actor) => a.isAuthor || (a.role === "STAFF" && a.inDraftingUnit);
const isLeader = (a: Actor) => a.role === "LEADER";

export const WORKFLOW: Record<PlanAction, Rule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", label: "Trình duyệt", who: (a) => (isDrafter(a) && a.role !== "VIEWER") || isLeader(a) },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", label: "Rút lại để sửa", who: (a) => (isDrafter(a) && a.role !== "VIEWER") || isLeader(a) },
  return: { from: ["SUBMITTED"], to: "RETURNED", label: "Trả lại", who: isLeader, needsComment: "Nhập ý kiến để đơn vị soạn thảo sửa." },
  approve: { from: ["SUBMITTED"], to: "APPROVED", label: "Phê duyệt", who: isLeader },
  issue: { from: ["APPROVED"], to: "ISSUED", label: "Ban hành", who: (a) => a.role === "LEADER" || a.role === "ADMIN" },
  amend: { from: ["ISSUED"], to: "DRAFT", label: "Điều chỉnh", who: isLeader, needsComment: "Nhập lý do điều chỉnh kế hoạch." },
  complete: { from: ["ISSUED"], to: "COMPLETED", label: "Kết thúc kế hoạch", who: isLeader },
  archive: { from: ["COMPLETED"], to: "ARCHIVED", label: "Lưu trữ", who: (a) => a.role === "LEADER" || a.role === "ADMIN" },
};

export const PLAN_ACTIONS = Object.keys(WORKFLOW) as PlanAction[];

export type TransitionCheck = { ok: true; to: PlanStatus } | { ok: false; reason: string };

export function checkTransition(action: PlanAction, status: PlanStatus, actor: Actor): TransitionCheck {
  const rule = WORKFLOW[action];
  if (!rule.from.includes(status)) {
    return { ok: false, reason: `Không thể “${rule.label.toLowerCase()}” kế hoạch đang ở trạng thái này.` };
  }
  if (!rule.who(actor)) return { ok: false, reason: `Bạn không có quyền “${rule.label.toLowerCase()}” kế hoạch này.` };
  return { ok: true, to: rule.to };
}

/** The actions this actor can take now, for the buttons on the plan page. */
export function availableActions(status: PlanStatus, actor: Actor): PlanAction[] {
  return PLAN_ACTIONS.filter((action) => checkTransition(action, status, actor).ok);
}

export const EDITABLE_STATUSES: readonly PlanStatus[] = ["DRAFT", "RETURNED"];

/** Editing the document: while DRAFT or RETURNED, by its drafters, a LEADER or an ADMIN. */
export function canEditPlan(status: PlanStatus, actor: Actor): boolean {
  if (!EDITABLE_STATUSES.includes(status)) return false;
  return actor.role === "LEADER" || actor.role === "ADMIN" || (actor.role === "STAFF" && isDrafter(actor));
}
