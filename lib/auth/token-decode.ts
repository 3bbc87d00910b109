// A session cookie's claims, decoded once per cookie value (see
// lib/auth/session-token.ts for why). Apart from session-token.ts so that
// code outside Next.js (the server's front door) can use it: it imports
// nothing from next/*.
import type { JWT, JWTDecodeParams } from "next-auth/jwt";
import { decode } from "next-auth/jwt";

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

/** Tokens kept (tests). */
export function keptSessionTokens(): number {
  return global.kehoachSessionTokens?.byToken.size ?? 0;
}
