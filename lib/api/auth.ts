// Who is calling the API: a personal token (Authorization: Bearer …) or the
// browser's session cookie. Tokens act with exactly their user's rights and
// stop working when the token is revoked (by its owner, or for good when the
// user is deactivated or an administrator resets the password) or expired.
// A session cookie works while its session is on record (lib/auth/session.ts).
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { loadSessionUser, loadTokenUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/user";
import { hashToken, TOKEN_PREFIX } from "@/lib/api-tokens/token";
import { authSecret } from "@/lib/env";

export type ApiCaller = { user: SessionUser; via: "token" | "session" };
export type AuthFailure = { reason: string };

const LAST_USED_EVERY_MS = 60_000; // write lastUsedAt at most once a minute per token

export async function authenticateRequest(request: Request): Promise<ApiCaller | AuthFailure | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match || !match[1]!.startsWith(TOKEN_PREFIX)) return { reason: "Mã truy cập không đúng định dạng (Authorization: Bearer kh_…)." };
    const token = await db.apiToken.findUnique({
      where: { tokenHash: hashToken(match[1]!) },
      select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
    });
    const now = new Date();
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
      return { reason: "Mã truy cập không hợp lệ, đã bị thu hồi hoặc đã hết hạn." };
    }
    // The token's row is read on every call (revoking it takes effect at once); its user, who must be
    // active, as a session's user is: remembered for at most a second (lib/auth/session-cache.ts).
    const user = await loadTokenUser(token.userId, token.id);
    if (!user) return { reason: "Mã truy cập không hợp lệ, đã bị thu hồi hoặc đã hết hạn." };
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
      await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    }
    return { user, via: "token" };
  }
  const session = await getToken({ req: request as never, secret: authSecret(), decode: decodeSessionToken }).catch(() => null);
  if (!session?.uid) return null;
  const user = await loadSessionUser(session.uid, session.sv ?? 0, session.sid);
  return user ? { user, via: "session" } : null;
}
