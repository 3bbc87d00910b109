// Who may import a plan document: whoever may create plans; naming a unit
// that does not exist yet creates it, which takes unit.manage.
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/roles";

export function importRights(user: SessionUser) {
  return { import: can(user, "plan.create"), createUnits: can(user, "unit.manage") };
}
