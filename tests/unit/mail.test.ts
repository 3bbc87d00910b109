// The text of mail, the retry schedule, the digest hour and the mail settings' validation.
import { afterEach, describe, expect, it } from "vitest";
import { absoluteLink, composeDigestMail, composeNotificationMail, isPermanentFailure, MAX_ATTEMPTS, retryDelayMs } from "@/lib/mail/compose";
import { digestTime } from "@/lib/mail/digest";
import { mailFrom, smtpUrl } from "@/lib/env";
import { emailSchema, updateOwnMailSchema } from "@/lib/users/schemas";

const saved = { ...process.env };
afterEach(() => {
  for (const key of ["SMTP_URL", "MAIL_FROM"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("mail text", () => {
  it("writes a notification as a Vietnamese message with an absolute link", () => {
    const mail = composeNotificationMail(
      { title: "Quá hạn: Tổ chức Hội thảo\nkhoa học", body: "Kế hoạch số 12/KH-SKHCN. Hạn đã qua.", link: "/activities/abc#trao-doi" },
      "https://kehoach.langson.gov.vn/",
    );
    expect(mail.subject).toBe("[Kehoach] Quá hạn: Tổ chức Hội thảo khoa học");
    expect(mail.text).toContain("Kế hoạch số 12/KH-SKHCN. Hạn đã qua.");
    expect(mail.text).toContain("Xem chi tiết: https://kehoach.langson.gov.vn/activities/abc#trao-doi");
    expect(mail.text).toContain("https://kehoach.langson.gov.vn/profile");
  });

  it("keeps a link inside the app's address, under a path prefix too", () => {
    expect(absoluteLink("https://so.gov.vn/kehoach", "plans/1")).toBe("https://so.gov.vn/kehoach/plans/1");
    expect(absoluteLink("http://localhost:3000", "/plans/1")).toBe("http://localhost:3000/plans/1");
  });

  it("numbers a digest's notifications and counts them in the subject", () => {
    const mail = composeDigestMail(
      "2026-05-18",
      [
        { title: "Vướng mắc: Hội thảo", body: "Chưa có hội trường.", link: "/activities/a", createdAt: new Date("2026-05-17T03:00:00Z") },
        { title: "Kế hoạch chờ duyệt: Hội nghị", body: "", link: "/plans/p", createdAt: new Date("2026-05-17T10:30:00Z") },
      ],
      "http://localhost:3000",
    );
    expect(mail.subject).toBe("[Kehoach] Tổng hợp thông báo ngày 18/05/2026 (2)");
    expect(mail.text).toContain("1. Vướng mắc: Hội thảo\n   Chưa có hội trường.\n   17/05/2026 10:00 · http://localhost:3000/activities/a");
    expect(mail.text).toContain("2. Kế hoạch chờ duyệt: Hội nghị\n   17/05/2026 17:30 · http://localhost:3000/plans/p");
  });
});

describe("retries", () => {
  it("waits 1, 2, 4 … minutes, at most 6 hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 3_600_000);
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
  });

  it("gives up at once only on a 5xx answer", () => {
    expect(isPermanentFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ responseCode: 451 })).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNECTION" }))).toBe(false);
    expect(isPermanentFailure(null)).toBe(false);
  });
});

describe("digest time", () => {
  it("is 07:00 in Vietnam, 00:00 UTC", () => {
    expect(digestTime("2026-12-01").toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("settings", () => {
  it("takes an smtp(s) URL only, and a sender address with or without a name", () => {
    delete process.env.SMTP_URL;
    expect(smtpUrl()).toBeUndefined();
    process.env.SMTP_URL = "smtp://kehoach:mat-khau@mail.langson.gov.vn:587";
    expect(smtpUrl()).toBe("smtp://kehoach:mat-khau@mail.langson.gov.vn:587");
    process.env.SMTP_URL = "http://mail";
    expect(smtpUrl()).toBeUndefined();
    delete process.env.MAIL_FROM;
    expect(mailFrom()).toBe("Kehoach <kehoach@localhost>");
    process.env.MAIL_FROM = "Sở KH&CN <kehoach@langson.gov.vn>";
    expect(mailFrom()).toBe("Sở KH&CN <kehoach@langson.gov.vn>");
    process.env.MAIL_FROM = "không phải địa chỉ";
    expect(mailFrom()).toBe("Kehoach <kehoach@localhost>");
  });

  it("checks an e-mail address: empty clears it, absent keeps it, a wrong one says so in Vietnamese", () => {
    expect(emailSchema.parse(" Ten@LangSon.gov.vn ")).toBe("ten@langson.gov.vn");
    expect(emailSchema.parse("")).toBeNull();
    expect(emailSchema.parse(undefined)).toBeUndefined();
    const wrong = updateOwnMailSchema.safeParse({ version: "1", email: "ten@", mailPreference: "HOURLY" });
    expect(wrong.success).toBe(false);
    const messages = wrong.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(["email: Địa chỉ thư không hợp lệ (ví dụ: ten@langson.gov.vn).", "mailPreference: Chọn cách nhận thư."]);
  });
});
