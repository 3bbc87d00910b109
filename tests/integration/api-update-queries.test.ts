// POST /activities/{id}/updates answers with the new update and the
// activity's new state, in a fixed, small number of SQL statements: the same
// for an activity with one earlier update as for one with fifty and a long
// discussion (it used to send back the whole activity: 40 statements measured here).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { sessionUsers } from "@/lib/auth/session-cache";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import type { UpdateSpec } from "@/prisma/seed/plan-spec";
import { createPlan, createWorld } from "./support/factories";
import { api, tokenFor } from "./support/api";

async function trackedActivities() {
  const world = await createWorld();
  const today = todayInVietnam();
  const history = (n: number): UpdateSpec[] =>
    Array.from({ length: n }, (_, i) => ({ at: new Date(Date.now() - (n - i) * 60_000).toISOString(), by: world.staffA.id, progress: Math.min(90, i + 1), note: `Lần ${i + 1}` }));
  const plan = await createPlan(world.organization.id, {
    status: "ISSUED",
    number: 1,
    issueDate: today,
    year: Number(today.slice(0, 4)),
    phases: [
      {
        title: "Triển khai",
        start: shiftDate(today, -10),
        end: shiftDate(today, 10),
        activities: [
          { content: "Một cập nhật", lead: world.unitA.id, supporters: [world.unitB.id], updates: history(1) },
          { content: "Năm mươi cập nhật", lead: world.unitA.id, supporters: [world.unitB.id], updates: history(50) },
        ],
      },
    ],
  });
  const activities = await db.activity.findMany({ where: { planId: plan.id } });
  const few = activities.find((a) => a.content === "Một cập nhật")!;
  const many = activities.find((a) => a.content === "Năm mươi cập nhật")!;
  await db.activityComment.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({ organizationId: world.organization.id, activityId: many.id, authorId: world.staffB.id, body: `Ý kiến ${i + 1}` })),
  });
  return { world, few, many, caller: { token: await tokenFor(world.staffA), owner: world.staffA.id } };
}

async function post({ token, owner }: { token: string; owner: string }, activity: { id: string; version: number }, body: Record<string, unknown>) {
  // The token's user is remembered for a second (lib/auth/session-cache.ts): every post here reads it, so that counts compare.
  sessionUsers().forgetUser(owner);
  return withQueryCount(() => api("POST", `/activities/${activity.id}/updates`, { token, body: { version: activity.version, ...body } }));
}

// The token, its user (remembered for a second after), the rate limit, BEGIN, the lock, the activity
// with its supporters, plan, parent, phase and sub-task count, the user's unit and groups (each one
// statement: Prisma's relationJoins), the update, the activity, the audit row, COMMIT: 11 (it was 40,
// reading back the whole history, 19 with one statement per relation, 12 with the sub-tasks counted apart).
const MAX_QUERIES = 11;

describe("POST /activities/{id}/updates", () => {
  it("takes the same small number of SQL statements whatever the activity's history", async () => {
    const { few, many, caller } = await trackedActivities();
    // Warm up: the first request of a process loads modules and the rate-limit row.
    await post(caller, few, { note: "khởi động" });
    const fresh = async (id: string) => db.activity.findUniqueOrThrow({ where: { id } });
    const one = await post(caller, await fresh(few.id), { note: "Đã gửi giấy mời", progress: 70 });
    const fifty = await post(caller, await fresh(many.id), { note: "Đã gửi giấy mời", progress: 95 });
    expect([one.result.status, fifty.result.status]).toEqual([201, 201]);
    console.info(`POST /activities/{id}/updates: ${one.queries} SQL statements (1 earlier update), ${fifty.queries} (50 earlier updates, 30 comments)`);
    expect(fifty.queries).toBe(one.queries);
    expect(one.queries).toBeLessThanOrEqual(MAX_QUERIES);
    // The answer carries the new update and the version to send next, not the history.
    expect(fifty.result.json).toMatchObject({ id: many.id, version: many.version + 1, progress: 95, update: { note: "Đã gửi giấy mời", progress: 95 } });
    expect(fifty.result.json).not.toHaveProperty("updates");
  });
});
