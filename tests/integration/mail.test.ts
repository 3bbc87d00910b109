// E-mail for real: notifications go into the outbox in their own transaction,
// and a worker sends them to a real SMTP server running in this process.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { runReminders } from "@/lib/activities/reminders";
import { notifyUsers } from "@/lib/notifications/service";
import { deliverDueMail } from "@/lib/mail/worker";
import { smtpTransport } from "@/lib/mail/transport";
import { queueDailyDigests, digestTime } from "@/lib/mail/digest";
import { MAIL_JOB } from "@/lib/jobs/schedule";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import type { MailPreference } from "@/lib/generated/prisma/enums";
import { startSmtpServer } from "@/tests/support/smtp";
import { createPlan, createWorld, inTransaction, unique } from "./support/factories";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const BASE = "https://kehoach.thu-nghiem.gov.vn";
beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = BASE;
  process.env.MAIL_FROM = "Kehoach Sở KH&CN <kehoach@thu-nghiem.gov.vn>";
});
afterAll(async () => {
  await smtp.close();
  delete process.env.SMTP_URL;
});
beforeEach(() => {
  delete process.env.SMTP_URL;
});

async function giveMail(userId: string, preference: MailPreference = "IMMEDIATE") {
  const email = `${unique("nguoi-dung")}@thu-nghiem.gov.vn`;
  await db.user.update({ where: { id: userId }, data: { email, mailPreference: preference } });
  return email;
}

const outboxOf = (email: string) => db.mailMessage.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });

async function dueSoonWorld() {
  const world = await createWorld();
  const today = todayInVietnam();
  const plan = await createPlan(world.organization.id, {
    status: "ISSUED",
    number: 12,
    issueDate: today,
    year: Number(today.slice(0, 4)),
    phases: [{ title: "Triển khai", start: shiftDate(today, -5), end: shiftDate(today, 5), activities: [{ content: "Tổ chức Hội thảo khoa học", lead: world.unitA.id, end: shiftDate(today, 2) }] }],
  });
  const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id } });
  return { ...world, plan, activity };
}

describe("mail at once", () => {
  it("a reminder reaches the lead unit's staff by e-mail: Vietnamese subject and body, an absolute link to the activity", async () => {
    const world = await dueSoonWorld();
    const email = await giveMail(world.staffA.id);
    const silent = await giveMail(world.staffB.id, "OFF");
    await runReminders(db);
    const queued = await outboxOf(email);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ status: "PENDING", attempts: 0, kind: "notification" });

    process.env.SMTP_URL = smtp.url;
    await deliverDueMail(db, smtpTransport(smtp.url));
    const [mail, ...more] = smtp.to(email);
    if (!mail) throw new Error("no mail arrived");
    expect(more).toHaveLength(0);
    expect(mail.from).toBe("kehoach@thu-nghiem.gov.vn");
    expect(mail.subject).toBe("[Kehoach] Sắp đến hạn: Tổ chức Hội thảo khoa học");
    expect(mail.text).toContain("Sắp đến hạn: Tổ chức Hội thảo khoa học");
    expect(mail.text).toContain(`Xem chi tiết: ${BASE}/activities/${world.activity.id}`);
    expect(await outboxOf(email)).toMatchObject([{ status: "SENT", attempts: 1, lastError: "" }]);
    expect((await outboxOf(email))[0]?.sentAt).toBeInstanceOf(Date);
    // The unit's other account asked for no mail; it still has the notification in the app.
    expect(await outboxOf(silent)).toHaveLength(0);
  });

  it("a notification and its mail are one transaction: a rollback leaves neither", async () => {
    const world = await createWorld();
    const email = await giveMail(world.leader.id);
    await expect(
      inTransaction(async (tx) => {
        await notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Không được gửi", link: "/" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await outboxOf(email)).toHaveLength(0);
    expect(await db.notification.count({ where: { userId: world.leader.id } })).toBe(0);
  });

  it("demo mode (no SMTP_URL): the mail job sends nothing and the message stays in the outbox", async () => {
    const world = await createWorld();
    const email = await giveMail(world.leader.id);
    await inTransaction((tx) => notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Kế hoạch chờ duyệt: Thử", link: "/plans" }));
    expect(await MAIL_JOB.run(db)).toBe(0);
    expect(await outboxOf(email)).toMatchObject([{ status: "PENDING", attempts: 0 }]);
    expect(smtp.to(email)).toHaveLength(0);
  });
});

describe("retries", () => {
  it("a message the server refuses with 451 is kept, tried again after a wait, and then delivered once", async () => {
    const world = await createWorld();
    const email = await giveMail(world.leader.id);
    await inTransaction((tx) => notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Vướng mắc: Hội thảo", link: "/plans" }));
    smtp.refuse(451, email);
    const transport = smtpTransport(smtp.url);
    const before = Date.now();
    await deliverDueMail(db, transport);
    const [waiting] = await outboxOf(email);
    if (!waiting) throw new Error("nothing queued");
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toContain("451");
    // The first retry waits a minute (lib/mail/compose.ts retryDelayMs), measured by the database's clock.
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(before + 30_000);
    await deliverDueMail(db, transport);
    expect(smtp.to(email)).toHaveLength(0);
    expect(await outboxOf(email)).toMatchObject([{ status: "PENDING", attempts: 1 }]);

    await db.mailMessage.update({ where: { id: waiting.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await deliverDueMail(db, transport);
    expect(smtp.to(email)).toHaveLength(1);
    expect(await outboxOf(email)).toMatchObject([{ status: "SENT", attempts: 2, lastError: "" }]);
  });

  it("with the mail server down (connection refused) the message waits and keeps the error", async () => {
    const world = await createWorld();
    const email = await giveMail(world.leader.id);
    await inTransaction((tx) => notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Máy chủ thư tắt", link: "/plans" }));
    const down = await startSmtpServer();
    await down.close();
    await deliverDueMail(db, smtpTransport(down.url));
    const [waiting] = await outboxOf(email);
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting?.lastError).toMatch(/ECONNREFUSED/);
  });

  it("a message refused for good (550) is marked failed with the server's answer, not retried", async () => {
    const world = await createWorld();
    const email = await giveMail(world.leader.id);
    await inTransaction((tx) => notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Thử", link: "/plans" }));
    smtp.refuse(550, email);
    await deliverDueMail(db, smtpTransport(smtp.url));
    const [failed] = await outboxOf(email);
    if (!failed) throw new Error("nothing queued");
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(failed.lastError).toContain("550");
  });
});

describe("two workers", () => {
  const instanceA = createPrismaClient(process.env.DATABASE_URL!, { poolSize: 3 });
  const instanceB = createPrismaClient(process.env.DATABASE_URL!, { poolSize: 3 });
  afterAll(async () => {
    await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
  });

  it("two instances sending the same outbox at the same moment deliver every message exactly once", async () => {
    const world = await createWorld();
    const email = await giveMail(world.leader.id);
    await inTransaction(async (tx) => {
      for (let i = 1; i <= 45; i++) await notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: `Thông báo số ${i}`, link: `/plans?n=${i}` });
    });
    const transport = smtpTransport(smtp.url);
    const [a, b, c, d] = await Promise.all([
      deliverDueMail(instanceA, transport),
      deliverDueMail(instanceB, transport),
      deliverDueMail(instanceA, transport),
      deliverDueMail(instanceB, transport),
    ]);
    const subjects = smtp.to(email).map((mail) => mail.subject);
    expect(subjects).toHaveLength(45);
    expect(new Set(subjects).size).toBe(45);
    expect(a + b + c + d).toBeGreaterThanOrEqual(45);
    expect(await db.mailMessage.count({ where: { toAddress: email, status: "SENT", attempts: 1 } })).toBe(45);
  });
});

describe("daily digest", () => {
  it("at 07:00 Vietnam time, one message per digest reader with the 24 hours' notifications; a second run adds none", async () => {
    const world = await createWorld();
    const digestReader = await giveMail(world.leader.id, "DIGEST");
    const atOnce = await giveMail(world.staffA.id, "IMMEDIATE");
    const day = "2031-05-18";
    const seven = digestTime(day);
    expect(seven.toISOString()).toBe("2031-05-18T00:00:00.000Z");
    const at = (hoursBefore: number) => new Date(seven.getTime() - hoursBefore * 3_600_000);
    await inTransaction(async (tx) => {
      await notifyUsers(tx, world.organization.id, [world.leader.id, world.staffA.id], { kind: "test", title: "Vướng mắc: Tổ chức Hội thảo khoa học", body: "Chưa có hội trường.", link: "/activities/a" });
      await notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Kế hoạch chờ duyệt: Hội nghị 2031", link: "/plans/p" });
      await notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Cũ hơn một ngày", link: "/plans/old" });
    });
    const mine = await db.notification.findMany({ where: { userId: world.leader.id }, orderBy: { id: "asc" } });
    await db.notification.update({ where: { id: mine[0]!.id }, data: { createdAt: at(20) } });
    await db.notification.update({ where: { id: mine[1]!.id }, data: { createdAt: at(1) } });
    await db.notification.update({ where: { id: mine[2]!.id }, data: { createdAt: at(25) } });
    // A digest reader gets no mail at once.
    expect(await outboxOf(digestReader)).toHaveLength(0);
    expect(await outboxOf(atOnce)).toHaveLength(1);

    expect(await queueDailyDigests(db, new Date(seven.getTime() - 60_000))).toBe(0);
    expect(await queueDailyDigests(db, new Date(seven.getTime() + 5 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await queueDailyDigests(db, new Date(seven.getTime() + 15 * 60_000))).toBe(0);
    expect(await outboxOf(digestReader)).toHaveLength(1);

    await deliverDueMail(db, smtpTransport(smtp.url));
    const [digest, ...more] = smtp.to(digestReader);
    if (!digest) throw new Error("no digest arrived");
    expect(more).toHaveLength(0);
    expect(digest.subject).toBe("[Kehoach] Tổng hợp thông báo ngày 18/05/2031 (2)");
    expect(digest.text).toContain("1. Vướng mắc: Tổ chức Hội thảo khoa học");
    expect(digest.text).toContain("Chưa có hội trường.");
    expect(digest.text).toContain(`${BASE}/activities/a`);
    expect(digest.text).toContain("2. Kế hoạch chờ duyệt: Hội nghị 2031");
    expect(digest.text).not.toContain("Cũ hơn một ngày");
  });
});
