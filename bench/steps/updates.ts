// Step 5: progress updates posted through the API, one at a time and then under load.
import type { Db } from "@/lib/db-client";
import { load } from "../lib/load";
import { medianMs, median, stats } from "../lib/stats";
import type { Row } from "./pages";

export type UpdateCounts = { created201: number; newRows: number; lostUpdates: number; inFlightAtStop: number };

// Updates spread over many running activities. autocannon resets a
// connection's context between requests, so the pool is shared: a request
// takes an activity nobody else is updating, and gives it back with the
// version the server answered, so no two requests race for one row.
// Top-level activities without sub-tasks: updating a sub-task also moves
// its parent's derived progress (and version), which would make the
// driver's own requests conflict.
export async function measureUpdates(
  base: string,
  db: Db,
  organizationId: string,
  api: Record<string, string>,
  duration: number,
  log: (line: string) => void,
): Promise<{ row: Row; counts: UpdateCounts }> {
  const running = await db.activity.findMany({
    where: { organizationId, plan: { status: "ISSUED" }, status: { in: ["IN_PROGRESS", "NOT_STARTED"] }, parentId: null, subTasks: { none: {} } },
    select: { id: true, version: true },
    take: 2000,
  });
  const available = running.map((a) => ({ ...a }));
  let created = 0;
  // A few one at a time first, for SQL per request and server time.
  for (const item of available.slice(0, 7)) {
    const response = await fetch(`${base}/api/v1/activities/${item.id}/updates`, {
      method: "POST",
      headers: { ...api, "Content-Type": "application/json", "x-bench-route": "seq:POST updates" },
      body: JSON.stringify({ version: item.version, note: "Cập nhật thử tải", progress: 40 }),
    });
    const json = (await response.json()) as { version?: number };
    if (response.status !== 201) throw new Error(`POST updates: ${response.status}`);
    item.version = json.version ?? item.version;
  }
  const before = await db.activityUpdate.count({ where: { organizationId } });
  type Ctx = { current?: { id: string; version: number } };
  const update = await load({
    url: `${base}/api/v1/activities`,
    method: "POST",
    headers: { ...api, "Content-Type": "application/json", "x-bench-route": "POST /api/v1/activities/{id}/updates" },
    duration,
    requests: [
      {
        method: "POST",
        setupRequest: (req: Record<string, unknown>, context: Ctx) => {
          const item = available.shift()!;
          context.current = item;
          return { ...req, path: `/api/v1/activities/${item.id}/updates`, body: JSON.stringify({ version: item.version, note: "Cập nhật thử tải", progress: 50 }) };
        },
        onResponse: (status: number, body: string, context: Ctx) => {
          const item = context.current;
          if (status === 201) created += 1;
          if (!item) return;
          try {
            const json = JSON.parse(body || "{}") as { version?: number; activity?: { version?: number }; current?: { version?: number } };
            item.version = json.activity?.version ?? json.current?.version ?? json.version ?? item.version;
          } catch {
            // keep the version we had
          }
          available.push(item);
        },
      },
    ] as never,
  });
  const after = await db.activityUpdate.count({ where: { organizationId } });
  const postStats = await stats(base);
  const row: Row = {
    ...update,
    name: "POST /api/v1/activities/{id}/updates",
    path: "/api/v1/activities/{id}/updates",
    queriesPerRequest: median(postStats["seq:POST updates"]?.queries ?? []),
    serverMsMedian: medianMs(postStats["seq:POST updates"]?.serverMs),
    serverMsUnderLoad: medianMs(postStats["POST /api/v1/activities/{id}/updates"]?.serverMs),
  };
  // A lost update is a 201 without its row. Rows without a 201 seen here are
  // the requests still in flight when the run stopped (at most one per connection).
  const lostUpdates = Math.max(0, created - (after - before));
  const cutOff = Math.max(0, after - before - created);
  log(`Cập nhật: ${created} trả lời 201, ${after - before} bản ghi mới; mất ${lostUpdates}; ${cutOff} yêu cầu đang chạy khi dừng đo.`);
  return { row, counts: { created201: created, newRows: after - before, lostUpdates, inFlightAtStop: cutOff } };
}
