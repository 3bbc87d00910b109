// The session cookie's claims, kept per cookie value (lib/auth/session-token.ts):
// the same token decodes once, a token that does not decode is never kept,
// and nothing is served past the token's expiry or under another secret.
import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token";

const secret = "unit-test-secret-0123456789abcdef";
const claims = { uid: "0190aaaa-0000-4000-8000-000000000001", sv: 3, sid: "0190aaaa-0000-4000-8000-000000000002" };

describe("decodeSessionToken", () => {
  it("gives what next-auth's decode gives, and decodes each token once", async () => {
    const token = await encode({ token: claims, secret });
    const first = decodeSessionToken({ token, secret });
    const second = decodeSessionToken({ token, secret });
    expect(second).toBe(first);
    expect(await first).toEqual(await decode({ token, secret }));
    expect(await first).toMatchObject(claims);
  });

  it("a token that does not decode is refused and not kept", async () => {
    const token = await encode({ token: claims, secret });
    const tampered = `${token.slice(0, -4)}AAAA`;
    const first = decodeSessionToken({ token: tampered, secret });
    await expect(first).rejects.toThrow();
    const again = decodeSessionToken({ token: tampered, secret });
    expect(again).not.toBe(first);
    await expect(again).rejects.toThrow();
  });

  it("is not served past the token's expiry", async () => {
    const token = await encode({ token: claims, secret, maxAge: 30 });
    const first = decodeSessionToken({ token, secret });
    const exp = Number((await first)!.exp);
    expect(decodeSessionToken({ token, secret }, () => exp * 1000 - 1)).toBe(first);
    expect(decodeSessionToken({ token, secret }, () => exp * 1000)).not.toBe(first);
  });

  it("a token is not read with another secret's memory", async () => {
    const token = await encode({ token: claims, secret });
    expect(await decodeSessionToken({ token, secret })).toMatchObject(claims);
    await expect(decodeSessionToken({ token, secret: "another-secret-0123456789abcdef" })).rejects.toThrow();
  });
});
