import type { Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { writeAudit } from "@/lib/audit/service";
import { invalid, notFound } from "@/lib/errors";
import { todayInVietnam } from "@/lib/dates";
import { newToken } from "@/lib/api-tokens/token";
import type { CreateTokenInput } from "@/lib/api-tokens/schemas";
import { ownTokensWhere } from "@/lib/api-tokens/access";
import { allOf } from "@/lib/auth/filters";

export const MAX_TOKENS_PER_USER = 20;

/** Creates a token; the plain token is returned this once and never stored. */
export async function createApiToken(tx: Tx, user: SessionUser, input: CreateTokenInput) {
  if (input.expiresOn && input.expiresOn <= todayInVietnam()) throw invalid({ expiresOn: ["Ngày hết hạn phải sau hôm nay."] });
  const active = await tx.apiToken.count({ where: allOf<Prisma.ApiTokenWhereInput>(ownTokensWhere(user), { revokedAt: null }) });
  if (active >= MAX_TOKENS_PER_USER) throw invalid({ name: [`Mỗi tài khoản có tối đa ${MAX_TOKENS_PER_USER} mã còn hiệu lực; hãy thu hồi mã không dùng.`] });
  const { token, hash, prefix } = newToken();
  // Expires at the end of the chosen day in Việt Nam (UTC+7).
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T23:59:59+07:00`) : null;
  const record = await tx.apiToken.create({
    data: { organizationId: user.organizationId, userId: user.id, name: input.name, tokenHash: hash, prefix, expiresAt },
  });
  await writeAudit(tx, user, user.organizationId, {
    action: "create-token",
    entityType: "User",
    entityId: user.id,
    entityLabel: "mã truy cập API",
    after: { name: input.name, prefix, expiresAt },
  });
  return { token, id: record.id };
}

export async function revokeApiToken(tx: Tx, user: SessionUser, input: { id: string }) {
  const result = await tx.apiToken.updateMany({ where: allOf<Prisma.ApiTokenWhereInput>(ownTokensWhere(user), { id: input.id, revokedAt: null }), data: { revokedAt: new Date(), revokedReason: "MANUAL" } });
  if (result.count === 0) throw notFound("mã truy cập");
  await writeAudit(tx, user, user.organizationId, { action: "revoke-token", entityType: "User", entityId: user.id, entityLabel: "mã truy cập API", after: { tokenId: input.id } });
}
