import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { ownTokensWhere } from "@/lib/api-tokens/access";

export function listApiTokens(user: SessionUser) {
  return db.apiToken.findMany({
    where: ownTokensWhere(user),
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, expiresAt: true, lastUsedAt: true, revokedAt: true, revokedReason: true, createdAt: true },
  });
}
