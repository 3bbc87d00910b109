import { describe, expect, it } from "vitest";
import { formatWait, signInErrorMessage, tooManyAttemptsCode, tooManyAttemptsMessage, SIGN_IN_MESSAGES } from "@/lib/auth/sign-in-errors";
import { THROTTLE, decideWait, waitSeconds } from "@/lib/auth/throttle";

const now = new Date("2026-11-30T08:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const none = { pairFailures: 0, pairLast: null, deviceFailures: 0, deviceLast: null, userFailures: 0, userLast: null, knownAddress: false, knownDevice: false, addressFailures: 0, addressLast: null };

describe("sign-in throttle rules", () => {
  it("free failures first, then a wait that doubles and stops at the cap", () => {
    expect(waitSeconds(4, now, 5, now)).toBe(0);
    expect([5, 6, 7, 8, 9, 10, 11, 40].map((n) => waitSeconds(n, now, 5, now))).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
    // The wait runs from the last failure.
    expect(waitSeconds(5, ago(20), 5, now)).toBe(10);
    expect(waitSeconds(5, ago(30), 5, now)).toBe(0);
  });

  it("a known-good device is judged on its own failures only; a known-good address on its own; anything else on all three counts", () => {
    const attacked = { ...none, userFailures: 50, userLast: now, addressFailures: 50, addressLast: now };
    expect(decideWait({ ...attacked, knownDevice: true, pairFailures: 9, pairLast: now }, now)).toBe(0);
    expect(decideWait({ ...attacked, knownDevice: true, deviceFailures: 5, deviceLast: now }, now)).toBe(30);
    expect(decideWait({ ...attacked, knownAddress: true }, now)).toBe(0);
    expect(decideWait({ ...attacked, knownAddress: true, pairFailures: 6, pairLast: now }, now)).toBe(60);
    expect(decideWait(attacked, now)).toBe(THROTTLE.maxDelaySeconds);
    expect(decideWait({ ...none, userFailures: THROTTLE.perUsername.free, userLast: now }, now)).toBe(30);
    expect(decideWait({ ...none, addressFailures: THROTTLE.perAddress.free + 1, addressLast: now }, now)).toBe(60);
  });
});

describe("sign-in messages", () => {
  it("names the wait in seconds, or in whole minutes beyond a minute and a half", () => {
    const nbsp = (text: string) => text.replace(" ", "\u00a0");
    expect([1, 30, 60, 90, 91, 120, 121, 900].map(formatWait)).toEqual(["1 giây", "30 giây", "60 giây", "90 giây", "2 phút", "2 phút", "3 phút", "15 phút"].map(nbsp));
    expect(tooManyAttemptsMessage(30)).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 30\u00a0giây.");
  });

  it("the code next-auth carries turns back into the message; anything else is a known message or the generic one", () => {
    expect(signInErrorMessage(tooManyAttemptsCode(240))).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 4\u00a0phút.");
    expect(signInErrorMessage("CredentialsSignin")).toBe(SIGN_IN_MESSAGES.INVALID);
    expect(signInErrorMessage("SessionRequired")).toBe(SIGN_IN_MESSAGES.SESSION_REQUIRED);
    for (const odd of [null, undefined, "", "TooManyAttempts", "TooManyAttempts:", "TooManyAttempts:-5", "TooManyAttempts:9999999", "<script>", "Callback"]) {
      expect(signInErrorMessage(odd)).toBe(SIGN_IN_MESSAGES.GENERIC);
    }
  });
});
