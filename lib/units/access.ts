import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { assertCan } from "@/lib/auth/user";

/** Units a user may see: every unit of their own organisation. */
export function visibleUnitsWhere(user: SessionUser): Prisma.UnitWhereInput {
  return { organizationId: user.organizationId };
}

/** Units a user may change: only an ADMIN, only in their own organisation. */
export function manageableUnitsWhere(user: SessionUser): Prisma.UnitWhereInput {
  assertCan(user, "unit.manage");
  return { organizationId: user.organizationId };
}
