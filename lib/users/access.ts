import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { assertCan } from "@/lib/auth/roles";

/** Users an ADMIN may list and change: those of the same organisation. */
export function manageableUsersWhere(user: SessionUser): Prisma.UserWhereInput {
  assertCan(user, "user.manage");
  return { organizationId: user.organizationId };
}
