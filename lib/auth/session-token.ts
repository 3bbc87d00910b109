// The session cookie (a next-auth JWT, encrypted with a key derived from
// AUTH_SECRET) read once per cookie rather than three times per page.
//
// next-auth derives the key anew (HKDF) for every decode and encode, and a page
// used to decode the cookie twice (proxy.ts, then getServerSession) and encode
// a fresh one that a server component cannot even set: about a sixth of the
// floor page's CPU (bench/profile-floor.ts). A cookie's content never changes,
// so its decoded claims are kept by the cookie's exact value, at most a
// minute and never past the token's own expiry. What the claims point to (the
// session row, the user's state) is checked on every request all the same
// (lib/auth/session.ts), so keeping them changes no decision.
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { decodeSessionToken } from "@/lib/auth/token-decode";

// The decoding lives apart, with no next/headers, so the Kehoach server's
// front door (lib/security/front-door.ts) can use it outside Next.js.
export { decodeSessionToken, keptSessionTokens } from "@/lib/auth/token-decode";

export type SessionClaims = { uid: string; sv: number; sid?: string };

/**
 * What this request's session cookie says (user, session version, session
 * id), or null without a valid one. What getServerSession gave, without its
 * second decode and its new cookie, which a server component cannot set.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const req = { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} };
  const token = await getToken({ req: req as never, secret: authSecret(), decode: decodeSessionToken });
  return token?.uid ? { uid: token.uid, sv: token.sv ?? 0, sid: token.sid } : null;
}
