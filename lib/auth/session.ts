import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { markIfDatabaseUnavailable } from "@/lib/db-errors";
import { authOptions } from "@/lib/auth/options";
import type { SessionUser } from "@/lib/auth/user";

/**
 * The user behind this request's session, read fresh from the database, so a
 * deactivated user or a changed password ends older sessions at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  // Every page asks this first: when the database is down, its error page says so.
  return loadSessionUser(session.uid, session.sv ?? 0).catch((error: unknown) => {
    throw markIfDatabaseUnavailable(error);
  });
});

export async function loadSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true, sessionVersion },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      organizationId: true,
      unitId: true,
      organization: { select: { name: true } },
      unit: { select: { name: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization.name,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
  };
}

/** For pages and server actions: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
