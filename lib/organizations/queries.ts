import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { manageableOrganizationWhere } from "@/lib/organizations/access";

export async function getOrganizationSettings(user: SessionUser) {
  const organization = await db.organization.findFirst({
    where: manageableOrganizationWhere(user),
    select: { id: true, version: true, name: true, headerName: true, parentName: true, code: true, place: true, numberingSource: true },
  });
  if (!organization) throw notFound("cơ quan");
  return organization;
}

export type OrganizationSettings = Awaited<ReturnType<typeof getOrganizationSettings>>;
