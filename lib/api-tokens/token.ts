// Personal API tokens: "kh_" and 32 random bytes; only their SHA-256 is stored.
// The tokens carry 256 bits of randomness, so a fast hash is enough here.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "kh_";

export function newToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, 10) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
