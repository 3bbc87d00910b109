import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every query and service sees it. */
export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  unitId: string | null;
  unitName: string | null;
};

/** What a SessionUser is read from: a user row with its organisation's and unit's names. */
export type SessionUserRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organizationId: string;
  unitId: string | null;
  organization: { name: string };
  unit: { name: string } | null;
};

/** The Prisma select that reads a SessionUserRow. */
export const SESSION_USER_SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  organizationId: true,
  unitId: true,
  organization: { select: { name: true } },
  unit: { select: { name: true } },
} as const;

export function toSessionUser(user: SessionUserRow): SessionUser {
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
