import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";

/** A user's notifications are theirs alone. */
export function ownNotificationsWhere(user: SessionUser): Prisma.NotificationWhereInput {
  return { userId: user.id };
}
