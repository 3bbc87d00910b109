// Step 4b: the plan page at 40, 240 and 1,000 activities (bench/seed-large.ts
// seedSizedPlans). One at a time, seven rounds of: a progress update posted to
// one of the plan's activities (a write that changes the page, so whatever a
// cache holds for the plan is stale), the page ("first view": the first
// reader after a change), the page again ("repeat view": the next reader).
// Without a cache both cost the same; with one, the repeat view is the
// cache's answer. Then the page under load (10 connections, no writes: every
// view after the first is a repeat view).
import type { Db } from "@/lib/db-client";
import type { SizedPlan } from "../seed-large";
import { load } from "../lib/load";
import { fewest, medianMs, sequential, stats } from "../lib/stats";
import type { Row } from "./pages";

export type SizeRow = Row & { activities: number; firstViewMs: number; repeatViewMs: number; firstViewSql: number; repeatViewSql: number; firstViewCpuMs: number; repeatViewCpuMs: number };

const ROUNDS = 7;

/** Top-level activities without sub-tasks, still open: a progress update to one touches nothing else the driver writes. */
export function writableActivities(db: Db, planIds: string[], take = 2000) {
  return db.activity.findMany({
    where: { planId: { in: planIds }, plan: { status: "ISSUED" }, status: { in: ["IN_PROGRESS", "NOT_STARTED"] }, parentId: null, subTasks: { none: {} } },
    select: { id: true, version: true },
    orderBy: { id: "asc" },
    take,
  });
}

/** Posts one progress update; returns the activity's new version. */
export async function postUpdate(
  base: string,
  api: Record<string, string>,
  item: { id: string; version: number },
  route: string,
  progress = 45,
  // On a loaded machine the updates step may leave a request in flight that bumps the version
  // after it read it (409): given this, the version is read again and the write tried once more.
  fresh?: () => Promise<number>,
): Promise<number> {
  const response = await fetch(`${base}/api/v1/activities/${item.id}/updates`, {
    method: "POST",
    headers: { ...api, "Content-Type": "application/json", "x-bench-route": route },
    body: JSON.stringify({ version: item.version, note: "Cập nhật trước lần xem đầu", progress }),
  });
  const json = (await response.json()) as { version?: number; activity?: { version?: number } };
  if (response.status === 409 && fresh) return postUpdate(base, api, { ...item, version: await fresh() }, route, progress);
  if (response.status !== 201) throw new Error(`POST updates (${route}): ${response.status}`);
  return json.activity?.version ?? json.version ?? item.version + 1;
}

export async function measurePlanSizes(
  base: string,
  db: Db,
  plans: SizedPlan[],
  as: { leader: Record<string, string>; api: Record<string, string> },
  duration: number,
  log: (line: string) => void,
): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const plan of plans) {
    const name = `plan page, ${plan.activities} activities`;
    const url = `${base}/plans/${plan.planId}`;
    const targets = (await writableActivities(db, [plan.planId], ROUNDS)).map((a) => ({ ...a }));
    if (targets.length === 0) throw new Error(`${name}: không có hoạt động để cập nhật`);
    await sequential(url, as.leader, `warm:${name}`, 2);
    for (let round = 0; round < ROUNDS; round++) {
      const item = targets[round % targets.length]!;
      // The update step may leave one request in flight when it stops (its log says so); it can commit on one of
      // these activities after they were read: then postUpdate reads the version again and posts once more.
      const fresh = async () => (await db.activity.findUniqueOrThrow({ where: { id: item.id }, select: { version: true } })).version;
      item.version = await postUpdate(base, as.api, item, `write:${name}`, 20 + round, fresh);
      await sequential(url, as.leader, `first:${name}`, 1);
      await sequential(url, as.leader, `repeat:${name}`, 1);
    }
    const result = await load({ url, headers: { ...as.leader, "x-bench-route": name }, duration });
    const all = await stats(base);
    const first = all[`first:${name}`];
    const repeat = all[`repeat:${name}`];
    rows.push({
      ...result,
      name,
      path: `/plans/${plan.planId}`,
      activities: plan.activities,
      queriesPerRequest: fewest(repeat?.queries ?? []),
      serverMsMedian: medianMs(repeat?.serverMs),
      serverMsUnderLoad: medianMs(all[name]?.serverMs),
      firstViewMs: medianMs(first?.serverMs),
      repeatViewMs: medianMs(repeat?.serverMs),
      firstViewCpuMs: medianMs(first?.cpuMs),
      repeatViewCpuMs: medianMs(repeat?.cpuMs),
      firstViewSql: fewest(first?.queries ?? []),
      repeatViewSql: fewest(repeat?.queries ?? []),
    });
    log(`${name}: lần đầu ${medianMs(first?.serverMs)} ms, lần sau ${medianMs(repeat?.serverMs)} ms; ${result.reqPerSec} req/s`);
  }
  return rows;
}
