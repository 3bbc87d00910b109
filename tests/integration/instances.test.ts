// Shared state of several app instances on one database, with two Prisma
// clients (two connection pools) or two copies of the route modules standing
// for two server processes. tests/e2e/instances.spec.ts does the same with two
// real servers.
import { afterAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { runDueJobs, type Job } from "@/lib/jobs/lease";
import { REMINDERS_JOB } from "@/lib/jobs/schedule";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { tokenFor } from "./support/api";
import { createIssuedPlan, createWorld } from "./support/factories";

const instanceA = createPrismaClient(process.env.DATABASE_URL!, { poolSize: 3 });
const instanceB = createPrismaClient(process.env.DATABASE_URL!, { poolSize: 3 });
afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

describe("background jobs on two instances", () => {
  it("a due reminder job started on both instances at the same moment runs once, and its reminder is sent once", async () => {
    const world = await createWorld();
    const today = todayInVietnam();
    const plan = await createIssuedPlan(world.organization.id, [{ content: "Báo cáo sơ kết", lead: world.unitA.id, end: shiftDate(today, 2) }], { start: -5, end: 5 });
    // Due now, whatever ran before.
    await db.scheduledJob.deleteMany({ where: { name: REMINDERS_JOB.name } });
    let runs = 0;
    const counted: Job = { ...REMINDERS_JOB, run: (client) => ((runs += 1), REMINDERS_JOB.run(client)) };
    const ticks = await Promise.all(
      Array.from({ length: 4 }, (_, i) => [runDueJobs(instanceA, [counted], `A${i}`), runDueJobs(instanceB, [counted], `B${i}`)]).flat(),
    );
    expect(runs).toBe(1);
    expect(ticks.flat()).toHaveLength(1);
    // Not due again within its period, on either instance.
    await runDueJobs(instanceA, [counted], "A");
    await runDueJobs(instanceB, [counted], "B");
    expect(runs).toBe(1);
    const reminders = await db.notification.findMany({ where: { planId: plan.id, kind: "activity.due-soon" }, select: { userId: true } });
    expect(reminders).toEqual([{ userId: world.staffA.id }]);
    // Due again once the period has passed.
    await db.scheduledJob.update({ where: { name: REMINDERS_JOB.name }, data: { lastStartedAt: new Date(Date.now() - REMINDERS_JOB.everyMs - 1000) } });
    await Promise.all([runDueJobs(instanceA, [counted], "A"), runDueJobs(instanceB, [counted], "B")]);
    expect(runs).toBe(2);
    expect(await db.notification.count({ where: { planId: plan.id, kind: "activity.due-soon" } })).toBe(1);
  });

  it("a job that fails does not stop the others, and is tried again next period", async () => {
    const name = `failing-${Date.now()}`;
    const failing: Job = { name, everyMs: 60_000, run: async () => Promise.reject(new Error("boom")) };
    const other: Job = { name: `${name}-other`, everyMs: 60_000, run: async () => 7 };
    const outcomes = await runDueJobs(instanceA, [failing, other], "A");
    expect(outcomes).toEqual([{ job: name, error: expect.any(Error) }, { job: `${name}-other`, result: 7 }]);
  });
});

describe("the API rate limit on two instances", () => {
  it("counts one caller's requests on both instances against one limit", async () => {
    const { viewer } = await createWorld();
    const token = await tokenFor(viewer);
    process.env.KEHOACH_API_RATE_LIMIT = "4";
    // Two copies of the route module, as two server processes would have.
    const first = (await import("@/app/api/v1/units/route")).GET;
    vi.resetModules();
    const second = (await import("@/app/api/v1/units/route")).GET;
    expect(second).not.toBe(first);
    const call = async (handler: typeof first) =>
      (await handler(new NextRequest("http://localhost/api/v1/units", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) })).status;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await call(first), await call(second));
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    // A counter, not a record: kept out of the write-ahead log so a request never waits for a WAL flush.
    const [table] = await db.$queryRaw<{ relpersistence: string }[]>`SELECT relpersistence::text AS relpersistence FROM pg_class WHERE relname = 'RateLimitWindow'`;
    expect(table?.relpersistence).toBe("u");
  });
});
