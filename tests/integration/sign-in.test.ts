import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword, SIGN_IN_MESSAGES } from "@/lib/auth/sign-in";
import { loadSessionUser } from "@/lib/auth/session";
import { THROTTLE } from "@/lib/auth/throttle";
import { TEST_PASSWORD, createWorld } from "./support/factories";

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("sign-in", () => {
  it("accepts the right password and gives the same message for a wrong password or unknown user", async () => {
    const { staffA } = await createWorld();
    const ip = address();
    await expect(signInWithPassword(db, { username: staffA.username, password: TEST_PASSWORD, address: ip })).resolves.toMatchObject({ id: staffA.id });
    const wrong = await signInWithPassword(db, { username: staffA.username, password: "sai-mat-khau", address: ip }).catch((e) => e);
    const unknown = await signInWithPassword(db, { username: "khong-ton-tai", password: "sai-mat-khau", address: ip }).catch((e) => e);
    expect(wrong.message).toBe(SIGN_IN_MESSAGES.INVALID);
    expect(unknown.message).toBe(SIGN_IN_MESSAGES.INVALID);
  });

  it("answers a username with NUL or half a character like an unknown user, not with a database error", async () => {
    const { staffA } = await createWorld();
    for (const username of [`${staffA.username}\u0000`, `${staffA.username}\ud800`, "\u0000"]) {
      await expect(signInWithPassword(db, { username, password: TEST_PASSWORD, address: address() }), JSON.stringify(username)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
        message: SIGN_IN_MESSAGES.INVALID,
      });
    }
  });

  it("locks a username after repeated failures, even for the right password", async () => {
    const { staffA } = await createWorld();
    for (let i = 0; i < THROTTLE.maxFailuresPerUsername; i++) {
      await signInWithPassword(db, { username: staffA.username, password: `sai-${i}`, address: address() }).catch(() => {});
    }
    await expect(signInWithPassword(db, { username: staffA.username, password: TEST_PASSWORD, address: address() })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: SIGN_IN_MESSAGES.LOCKED,
    });
  });

  it("locks an address that tries many usernames", async () => {
    const ip = address();
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress; i++) {
      await signInWithPassword(db, { username: `doan-${i}`, password: "x", address: ip }).catch(() => {});
    }
    const { staffA } = await createWorld();
    await expect(signInWithPassword(db, { username: staffA.username, password: TEST_PASSWORD, address: ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("refuses a deactivated user, and their old session stops working", async () => {
    const { staffA } = await createWorld();
    const signedIn = await signInWithPassword(db, { username: staffA.username, password: TEST_PASSWORD, address: address() });
    expect(await loadSessionUser(signedIn.id, signedIn.sessionVersion)).toMatchObject({ id: staffA.id });
    await db.user.update({ where: { id: staffA.id }, data: { active: false, sessionVersion: { increment: 1 } } });
    expect(await loadSessionUser(signedIn.id, signedIn.sessionVersion)).toBeNull();
    await expect(signInWithPassword(db, { username: staffA.username, password: TEST_PASSWORD, address: address() })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
