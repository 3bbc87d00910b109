import "server-only";
// The device cookie: a random id a browser gets at its first successful
// sign-in and keeps for a year. The throttle stores only its hash with each
// attempt; a user's earlier success with the same id makes the browser a
// known-good device for that user (lib/auth/throttle.ts).
import { randomBytes } from "node:crypto";
import type { cookies } from "next/headers";
import { servedOverHttps } from "@/lib/env";

export const DEVICE_COOKIE = "kehoach-device";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;

type CookieJar = Awaited<ReturnType<typeof cookies>>;

/** This browser's device id, or a fresh one to give it if the sign-in succeeds. */
export function deviceId(jar: CookieJar): string {
  const value = jar.get(DEVICE_COOKIE)?.value;
  return value && WELL_FORMED.test(value) ? value : randomBytes(32).toString("base64url");
}

/** After a successful sign-in: the browser keeps (or gets) its id for another year. */
export function rememberDevice(jar: CookieJar, id: string) {
  jar.set(DEVICE_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
}
