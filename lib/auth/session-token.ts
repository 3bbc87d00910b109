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
import type { JWT, JWTDecodeParams } from "next-auth/jwt";
import { decode, getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/env";

const KEEP_MS = 60_000;
const MAX_ENTRIES = 10_000;

type Entry = { claims: Promise<JWT | null>; until: number };
type Store = { byToken: Map<string, Entry>; secret: unknown };

// proxy.ts and the app's modules are bundled apart but share globalThis in one server process.
const global = globalThis as unknown as { kehoachSessionTokens?: Store };

function store(secret: unknown): Store {
  const current = (global.kehoachSessionTokens ??= { byToken: new Map(), secret });
  // Another secret (tests that change it) makes everything kept meaningless.
  if (current.secret !== secret) Object.assign(current, { byToken: new Map(), secret });
  return current;
}

/** next-auth's decode, kept per token value: the `jwt.decode` of authOptions and of every getToken call. */
export function decodeSessionToken(params: JWTDecodeParams, now = Date.now): Promise<JWT | null> {
  const { token, secret } = params;
  if (!token || params.salt) return decode(params);
  const { byToken } = store(secret);
  const at = now();
  const known = byToken.get(token);
  if (known && known.until > at) return known.claims;
  if (byToken.size >= MAX_ENTRIES) {
    for (const [key, entry] of byToken) if (entry.until <= at) byToken.delete(key);
    for (const key of byToken.keys()) {
      if (byToken.size < MAX_ENTRIES) break;
      byToken.delete(key);
    }
  }
  const entry: Entry = { claims: decode(params), until: at + KEEP_MS };
  byToken.set(token, entry);
  const forget = () => {
    if (byToken.get(token) === entry) byToken.delete(token);
  };
  entry.claims.then((claims) => {
    if (!claims) return forget();
    // Never past the token's expiry (jose checks it only when decoding).
    if (typeof claims.exp === "number") entry.until = Math.min(entry.until, claims.exp * 1000);
  }, forget);
  return entry.claims;
}

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

/** Tokens kept (tests). */
export function keptSessionTokens(): number {
  return global.kehoachSessionTokens?.byToken.size ?? 0;
}
