import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { assertCan } from "@/lib/auth/roles";

/** The organisation a user may change: their own, and only as an ADMIN. */
export function manageableOrganizationWhere(user: SessionUser): Prisma.OrganizationWhereInput {
  assertCan(user, "organization.manage");
  return { id: user.organizationId };
}
