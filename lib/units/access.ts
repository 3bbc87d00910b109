import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { actsForUnit, assertCan } from "@/lib/auth/roles";

/** Units a user may see: every unit of their own organisation. */
export function visibleUnitsWhere(user: SessionUser): Prisma.UnitWhereInput {
  return unitsOfOrganizationWhere(user.organizationId);
}

/** The units every user of the organisation sees, whatever their role: what a list shared by all of them may name. */
export function unitsOfOrganizationWhere(organizationId: string): Prisma.UnitWhereInput {
  return { organizationId };
}

/** Units a user may change: only an ADMIN, only in their own organisation. */
export function manageableUnitsWhere(user: SessionUser): Prisma.UnitWhereInput {
  assertCan(user, "unit.manage");
  return { organizationId: user.organizationId };
}

/** The unit whose work this user does (staff: their own), shown first on the dashboards; null for the others. */
export function ownWorkUnitId(user: SessionUser): string | null {
  return user.unitId && actsForUnit(user.role) ? user.unitId : null;
}
