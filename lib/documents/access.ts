// Who may import a plan document: whoever may create plans; naming a unit
// that does not exist yet creates it, which takes unit.manage; a unit outside
// the department may also be added by whoever has unit.addExternal (leaders).
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/roles";

export function importRights(user: SessionUser) {
  return {
    import: can(user, "plan.create"),
    // Keeping an imported plan's number, issue date and signer, recorded as issued.
    importIssued: can(user, "plan.create") && can(user, "plan.importIssued"),
    createUnits: can(user, "unit.manage"),
    createExternalUnits: can(user, "unit.addExternal"),
  };
}
