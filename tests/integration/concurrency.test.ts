// Fifty reports on one activity at the same moment, all carrying the version
// they read: exactly one wins, the others get 409 with the newest values, and
// nothing is written twice. The handlers share this process's one Prisma
// client, so the requests also queue for its small connection pool.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { api, tokenFor } from "./support/api";
import { createIssuedPlan, createWorld } from "./support/factories";

const PARALLEL = 50;

async function issuedActivity() {
  const world = await createWorld();
  const today = todayInVietnam();
  const plan = await createIssuedPlan(world.organization.id, [{ content: "Tổ chức hội thảo khoa học", lead: world.unitA.id, supporters: [world.unitB.id], end: shiftDate(today, 10) }], { start: -5, end: 20 });
  const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id } });
  return { ...world, plan, activity };
}

describe("concurrent updates of one activity", () => {
  it(`${PARALLEL} parallel POST /activities/{id}/updates with one version: one 201, the rest 409, one write`, { timeout: 120_000 }, async () => {
    const w = await issuedActivity();
    const token = await tokenFor(w.staffA);
    const path = `/activities/${w.activity.id}/updates`;
    const [updatesBefore, auditBefore] = await Promise.all([
      db.activityUpdate.count({ where: { activityId: w.activity.id } }),
      db.auditLog.count({ where: { entityId: w.activity.id, action: "track" } }),
    ]);

    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        api("POST", path, { token, body: { version: w.activity.version, status: "IN_PROGRESS", progress: i + 1, note: `Báo cáo số ${i + 1}` } }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;

    // Every request got an answer, and no answer is a server or database failure.
    expect(responses).toHaveLength(PARALLEL);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500), `statuses: ${statuses.join(",")}`).toEqual([]);
    const winners = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 409);
    expect(winners).toHaveLength(1);
    expect(refused).toHaveLength(PARALLEL - 1);

    const saved = await db.activity.findUniqueOrThrow({ where: { id: w.activity.id } });
    expect(saved.version).toBe(w.activity.version + 1);
    const won = winners[0]!.json as { version: number; status: string; progress: number };
    expect(won).toMatchObject({ version: saved.version, status: "IN_PROGRESS", progress: saved.progress });
    for (const response of refused) {
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(response.json).toMatchObject({
        status: 409,
        current: { version: saved.version, status: "IN_PROGRESS", progress: saved.progress },
      });
    }

    const updates = await db.activityUpdate.findMany({ where: { activityId: w.activity.id }, orderBy: { createdAt: "asc" } });
    expect(updates).toHaveLength(updatesBefore + 1);
    expect(updates.at(-1)).toMatchObject({ authorId: w.staffA.id, status: "IN_PROGRESS", previousStatus: "NOT_STARTED", progress: saved.progress, note: `Báo cáo số ${saved.progress}` });
    expect(await db.auditLog.count({ where: { entityId: w.activity.id, action: "track" } })).toBe(auditBefore + 1);
    console.info(`${PARALLEL} parallel updates answered in ${seconds.toFixed(2)} s`);
  });
});
