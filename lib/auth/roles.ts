// Who may do what, as data. The access modules turn these into query filters.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "LEADER", "STAFF", "VIEWER"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Quản trị hệ thống",
  LEADER: "Lãnh đạo Sở",
  STAFF: "Cán bộ đơn vị",
  VIEWER: "Người xem",
};

export type Permission =
  | "plan.read.drafts" // see plans before they are issued
  | "plan.create"
  | "plan.review" // approve, return
  | "plan.issue"
  | "organization.manage" // the names, code and place printed on documents
  | "unit.manage"
  | "user.manage"
  | "audit.read";

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ["plan.read.drafts", "plan.create", "plan.issue", "organization.manage", "unit.manage", "user.manage", "audit.read"],
  LEADER: ["plan.read.drafts", "plan.create", "plan.review", "plan.issue", "audit.read"],
  STAFF: ["plan.read.drafts", "plan.create", "audit.read"],
  VIEWER: [],
};

export function roleCan(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}
