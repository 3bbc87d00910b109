import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { manageableUsersWhere } from "@/lib/users/access";

export async function listUsers(user: SessionUser) {
  return db.user.findMany({
    where: manageableUsersWhere(user),
    orderBy: [{ active: "desc" }, { role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      displayName: true,
      jobTitle: true,
      role: true,
      active: true,
      version: true,
      lastLoginAt: true,
      unitId: true,
      email: true,
      mailPreference: true,
      unit: { select: { shortName: true, name: true } },
    },
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

/** The signed-in user's own mail settings (Tài khoản). */
export function getOwnMailSettings(user: SessionUser) {
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, mailPreference: true, version: true } });
}
