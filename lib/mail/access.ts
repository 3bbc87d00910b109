import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { assertCan } from "@/lib/auth/roles";

/** The outbox of the user's organisation, for those who may read it (lib/auth/roles.ts). */
export function readableOutboxWhere(user: SessionUser): Prisma.MailMessageWhereInput {
  assertCan(user, "mail.outbox.read");
  return { organizationId: user.organizationId };
}
