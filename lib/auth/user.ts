import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden } from "@/lib/errors";
import { roleCan, type Permission } from "@/lib/auth/roles";

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

export function can(user: Pick<SessionUser, "role">, permission: Permission): boolean {
  return roleCan(user.role, permission);
}

export function assertCan(user: Pick<SessionUser, "role">, permission: Permission): void {
  if (!can(user, permission)) throw forbidden();
}
