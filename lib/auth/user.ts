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
