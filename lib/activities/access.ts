// Who may do what on an activity while a plan runs: the map's permissions
// (lib/auth/roles.ts) for the user's role, given their unit's part in the
// activity (lead, support). Pure, so it is tested as a table.
import type { ActivityStatus, PlanStatus, Prisma, Role } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { can, type Facts } from "@/lib/auth/roles";
import { forbidden } from "@/lib/errors";
import { readablePlansWhere } from "@/lib/plans/access";

export type UnitPart = "lead" | "support" | null;

export type TrackingRights = {
  /** Status, progress, result, actual dates, targets. */
  changeStatus: boolean;
  /** Notes, figures, evidence links and files. */
  report: boolean;
  /** Cancelling (and reopening a cancelled activity). */
  cancel: boolean;
  comment: boolean;
};

/** Tracking happens while the plan runs; comments are open whatever its status. */
export function trackingRights(role: Role, part: UnitPart, planStatus: PlanStatus): TrackingRights {
  const running = planStatus === "ISSUED";
  const user = { role };
  const facts: Facts = { leadUnit: part === "lead", supportUnit: part === "support" };
  return {
    changeStatus: running && can(user, "activity.changeStatus", facts),
    report: running && can(user, "activity.report", facts),
    cancel: running && can(user, "activity.cancel", facts),
    comment: can(user, "activity.comment", facts),
  };
}

/** The user's unit's part: lead, supporter (directly or through a group it belongs to), or none. */
export function unitPart(
  unitId: string | null,
  activity: { leadUnitId: string; supporterUnitIds: string[] },
  groupsOfUnit: string[],
): UnitPart {
  if (!unitId) return null;
  if (activity.leadUnitId === unitId) return "lead";
  if (activity.supporterUnitIds.some((id) => id === unitId || groupsOfUnit.includes(id))) return "support";
  return null;
}

export type StatusCheck = { ok: true } | { ok: false; field: string; message: string };

/** A change of status the rights allow, with the reason it needs. */
export function checkStatusChange(from: ActivityStatus, to: ActivityStatus, rights: TrackingRights, reason: string): StatusCheck {
  if (from === to) return { ok: true };
  if (!rights.changeStatus) return { ok: false, field: "status", message: "Chỉ đơn vị chủ trì hoặc lãnh đạo Sở được đổi trạng thái." };
  if ((to === "CANCELLED" || from === "CANCELLED") && !rights.cancel) {
    return { ok: false, field: "status", message: "Chỉ lãnh đạo Sở được hủy hoặc mở lại hoạt động đã hủy." };
  }
  if ((to === "BLOCKED" || to === "CANCELLED") && !reason.trim()) {
    return { ok: false, field: "statusReason", message: to === "BLOCKED" ? "Ghi rõ vướng mắc." : "Ghi rõ lý do hủy." };
  }
  return { ok: true };
}

/** Activities a user may read: those of plans they may read. Combine with other filters through allOf (lib/auth/filters.ts). */
export function readableActivitiesWhere(user: SessionUser): Prisma.ActivityWhereInput {
  return { organizationId: user.organizationId, plan: readablePlansWhere(user) };
}

/**
 * The activities of the organisation's issued plans: what "Việc của đơn vị"
 * lists. Every role reads issued plans (readablePlansWhere holds back only
 * drafts and plans under review; tests/unit/rights-map.test.ts keeps it so),
 * which is what lets one list be shared by every reader of the organisation
 * (components/activities/cached-work.ts). Combine through allOf.
 */
export function publishedWorkWhere(organizationId: string): Prisma.ActivityWhereInput {
  return { organizationId, plan: { organizationId, status: "ISSUED" } };
}

/** Whose work "Việc cần chú ý" covers: all of the organisation's (unitId null), or only the user's own unit's. */
export type AttentionScope = { unitId: string | null };

/** The map's `attention.read` grant decides: on everything, or through the user's own unit; else refused. */
export function attentionScope(user: SessionUser): AttentionScope {
  if (can(user, "attention.read")) return { unitId: null };
  if (user.unitId && can(user, "attention.read", { ownUnit: true })) return { unitId: user.unitId };
  throw forbidden("Bạn không có quyền xem danh sách việc cần chú ý.");
}
