import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";

/** A user's API tokens are theirs alone: nobody else lists or revokes them, whatever their role. */
export function ownTokensWhere(user: SessionUser): Prisma.ApiTokenWhereInput {
  return { userId: user.id };
}
