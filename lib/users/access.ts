import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/user";

/** Users an ADMIN may list and change: those of the same organisation. */
export function manageableUsersWhere(user: SessionUser): Prisma.UserWhereInput {
  assertCan(user, "user.manage");
  return { organizationId: user.organizationId };
}
