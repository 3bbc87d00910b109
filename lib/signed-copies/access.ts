// Who may attach a signed copy: the map's plan.signedCopy.attach (leaders and
// admins now; the văn thư once that role exists), on a plan that has been
// issued and not archived. Reading a copy is reading its plan.
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { can, roleCan } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/user";

/** A signed copy belongs to an issued document: while it runs, and after it is completed (a late scan). */
export const SIGNED_COPY_STATUSES: readonly PlanStatus[] = ["ISSUED", "COMPLETED"];

export function mayAttachSignedCopies(user: SessionUser): boolean {
  return roleCan(user.role, "plan.signedCopy.attach");
}

export function signedCopyRights(user: SessionUser, plan: { status: PlanStatus }) {
  return { attach: can(user, "plan.signedCopy.attach") && SIGNED_COPY_STATUSES.includes(plan.status) };
}
