// npm run bench: seeds its own large database (never the demo one), runs the
// production build behind bench/server.ts, drives the main routes with
// autocannon (10 connections, about 10 s each), and writes bench/results.json.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "@/scripts/db/prepare";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { createPrismaClient } from "@/lib/db-client";
import { newToken } from "@/lib/api-tokens/token";
import { todayInVietnam } from "@/lib/dates";
import { seedLarge } from "./seed-large";
import { signInCookie, waitFor } from "./lib/http";
import { load, type LoadResult } from "./lib/load";
import { firstLoadJs } from "./lib/bundle";
import { lighthouse } from "./lib/lighthouse";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const log = (line: string) => console.log(`[bench] ${line}`);
const started = Date.now();

type Stat = { requests: number; queries: number[]; serverMs: number[] };
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};

async function stats(reset = false): Promise<Record<string, Stat>> {
  return (await fetch(`${BASE}/__bench/stats${reset ? "?reset=1" : ""}`)).json() as Promise<Record<string, Stat>>;
}

async function sequential(url: string, headers: Record<string, string>, route: string, times = 5) {
  for (let i = 0; i < times; i++) {
    const response = await fetch(url, { headers: { ...headers, "x-bench-route": route } });
    if (response.status >= 400) throw new Error(`${route}: ${response.status}`);
    await response.arrayBuffer();
  }
}

async function main() {
  const database = await prepareDatabase({ dataDir: path.join(ROOT, ".data/bench"), databaseName: "kehoach_bench", fresh: true, log });
  const db = createPrismaClient(database.url, { poolSize: 4 });
  let server: ReturnType<typeof spawn> | undefined;
  const shutdown = async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
    await db.$disconnect();
    await database.stop();
  };
  process.on("SIGINT", () => void shutdown().then(() => process.exit(130)));
  try {
    // 1× tenth of the data first, to compare query counts with the full set.
    let t = Date.now();
    const small = await seedLarge(db, { planCount: 40, log });
    const smallSeconds = (Date.now() - t) / 1000;
    log(`Đã nạp 1/10 dữ liệu: ${small.plans} kế hoạch, ${small.activities} hoạt động, ${small.updates} cập nhật trong ${smallSeconds.toFixed(1)} s.`);

    await buildIfNeeded(log);
    server = spawn(process.execPath, ["--import", "tsx", "bench/server.ts"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: "10",
        AUTH_SECRET: "bench-secret-0123456789abcdef",
        NEXTAUTH_URL: BASE,
        PORT: String(PORT),
        KEHOACH_REMINDERS: "0",
        KEHOACH_API_RATE_LIMIT: "100000000",
        KEHOACH_LOG_LEVEL: "warn",
        NODE_ENV: "production",
      },
    });
    await waitFor(`${BASE}/login`);
    const leader = { Cookie: await signInCookie(BASE, small.leaderUsername, "bench-mat-khau") };
    const staff = { Cookie: await signInCookie(BASE, small.staffUsername, "bench-mat-khau") };
    const year = Number(todayInVietnam().slice(0, 4));

    await stats(true);
    await sequential(`${BASE}/`, leader, "home@1x");
    await sequential(`${BASE}/timeline?year=${year}`, leader, "yearTimeline@1x");

    t = Date.now();
    const full = await seedLarge(db, { planCount: 360, organizationId: small.organizationId, seed: 7 });
    const seedSeconds = smallSeconds + (Date.now() - t) / 1000;
    const counts = {
      units: await db.unit.count({ where: { organizationId: small.organizationId } }),
      users: await db.user.count({ where: { organizationId: small.organizationId } }),
      plans: await db.plan.count({ where: { organizationId: small.organizationId } }),
      activities: await db.activity.count({ where: { organizationId: small.organizationId } }),
      updates: await db.activityUpdate.count({ where: { organizationId: small.organizationId } }),
    };
    log(`Dữ liệu lớn: ${JSON.stringify(counts)}; nạp trong ${seedSeconds.toFixed(1)} s.`);
    await sequential(`${BASE}/`, leader, "home@10x");
    await sequential(`${BASE}/timeline?year=${year}`, leader, "yearTimeline@10x");

    const { token, hash, prefix } = newToken();
    const leaderUser = await db.user.findUniqueOrThrow({ where: { username: small.leaderUsername } });
    await db.apiToken.create({ data: { organizationId: small.organizationId, userId: leaderUser.id, name: "bench", tokenHash: hash, prefix } });
    const api = { Authorization: `Bearer ${token}` };

    const routes: { name: string; path: string; headers: Record<string, string> }[] = [
      { name: "floor (/help)", path: "/help", headers: leader },
      { name: "home dashboard", path: "/", headers: leader },
      { name: "largest plan page", path: `/plans/${small.largestPlanId}`, headers: leader },
      { name: "plan dashboard", path: `/plans/${small.largestPlanId}/dashboard`, headers: leader },
      { name: "my unit's work", path: `/my-work?unit=${small.busiestUnitId}`, headers: staff },
      { name: "timeline: largest plan", path: `/plans/${small.largestPlanId}/timeline`, headers: leader },
      { name: `timeline: year ${year}`, path: `/timeline?year=${year}`, headers: leader },
      { name: "GET /api/v1/activities?overdue=true", path: "/api/v1/activities?overdue=true&limit=50", headers: api },
    ];
    const results: (LoadResult & { name: string; path: string; queriesPerRequest: number; serverMsMedian: number })[] = [];
    for (const route of routes) {
      await sequential(`${BASE}${route.path}`, route.headers, `warm:${route.name}`, 3);
      const result = await load({ url: `${BASE}${route.path}`, headers: { ...route.headers, "x-bench-route": route.name }, duration: DURATION });
      const s = (await stats())[route.name];
      results.push({ ...result, name: route.name, path: route.path, queriesPerRequest: median(s?.queries ?? []), serverMsMedian: Math.round(median(s?.serverMs ?? []) * 10) / 10 });
      log(`${route.name}: ${result.reqPerSec} req/s, p95 ${result.p95} ms`);
    }

    // Updates spread over many running activities; every connection keeps its own
    // activities and versions, so no two race for one row.
    const running = await db.activity.findMany({
      where: { organizationId: small.organizationId, plan: { status: "ISSUED" }, status: { in: ["IN_PROGRESS", "NOT_STARTED"] } },
      select: { id: true, version: true },
      take: 2000,
    });
    const before = await db.activityUpdate.count({ where: { organizationId: small.organizationId } });
    let created = 0;
    let next = 0;
    type Ctx = { items?: { id: string; version: number }[]; turn?: number; current?: { id: string; version: number } };
    const update = await load({
      url: `${BASE}/api/v1/activities`,
      method: "POST",
      headers: { ...api, "Content-Type": "application/json", "x-bench-route": "POST /api/v1/activities/{id}/updates" },
      duration: DURATION,
      requests: [
        {
          method: "POST",
          setupRequest: (req: Record<string, unknown>, context: Ctx) => {
            if (!context.items) {
              const size = Math.floor(running.length / 10);
              context.items = running.slice((next % 10) * size, (next % 10) * size + size).map((a) => ({ ...a }));
              next += 1;
              context.turn = 0;
            }
            const item = context.items[context.turn! % context.items.length]!;
            context.turn! += 1;
            context.current = item;
            return { ...req, path: `/api/v1/activities/${item.id}/updates`, body: JSON.stringify({ version: item.version, note: "Cập nhật thử tải", progress: 50 }) };
          },
          onResponse: (status: number, body: string, context: Ctx) => {
            const json = JSON.parse(body || "{}") as { version?: number; current?: { version?: number } };
            if (status === 201) created += 1;
            const version = json.version ?? json.current?.version;
            if (context.current && version) context.current.version = version;
          },
        },
      ] as never,
    });
    const after = await db.activityUpdate.count({ where: { organizationId: small.organizationId } });
    const s = (await stats())["POST /api/v1/activities/{id}/updates"];
    results.push({ ...update, name: "POST /api/v1/activities/{id}/updates", path: "/api/v1/activities/{id}/updates", queriesPerRequest: median(s?.queries ?? []), serverMsMedian: Math.round(median(s?.serverMs ?? []) * 10) / 10 });
    const lostUpdates = created - (after - before);
    log(`Cập nhật: ${created} trả lời 201, ${after - before} bản ghi mới; mất ${lostUpdates}.`);

    const all = await stats();
    const queryCounts = {
      "home@1x": median(all["home@1x"]?.queries ?? []),
      "home@10x": median(all["home@10x"]?.queries ?? []),
      "yearTimeline@1x": median(all["yearTimeline@1x"]?.queries ?? []),
      "yearTimeline@10x": median(all["yearTimeline@10x"]?.queries ?? []),
    };
    const floor = results[0]!.reqPerSec;
    const bundles = firstLoadJs(ROOT);
    const scores = process.env.BENCH_LIGHTHOUSE === "0" ? null : await lighthouse(BASE, leader.Cookie, small.largestPlanId);

    const table = results.map((r) => ({
      route: r.name,
      "req/s": r.reqPerSec,
      "× floor": Math.round((r.reqPerSec / floor) * 100) / 100,
      "p50 ms": r.p50,
      "p95 ms": r.p95,
      "p99 ms": r.p99,
      errors: r.errors,
      non2xx: r.non2xx,
      "SQL/req": r.queriesPerRequest,
      "server ms (median)": r.serverMsMedian,
    }));
    console.table(table);
    console.table(queryCounts);
    console.table(bundles);
    if (scores) console.table(scores);
    const output = {
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
      dataset: { ...counts, seedSeconds: Math.round(seedSeconds * 10) / 10 },
      load: { connections: 10, durationSeconds: DURATION, routes: results.map((r) => ({ ...r, ratioToFloor: Math.round((r.reqPerSec / floor) * 100) / 100 })) },
      updates: { created201: created, newRows: after - before, lostUpdates },
      queryCounts,
      firstLoadJsGzipKb: bundles,
      lighthouse: scores,
      totalSeconds: Math.round((Date.now() - started) / 1000),
      fullSeed: { largestPlanId: small.largestPlanId, busiestUnitId: full.busiestUnitId },
    };
    writeFileSync(path.join(ROOT, "bench/results.json"), `${JSON.stringify(output, null, 2)}\n`);
    log(`Xong sau ${output.totalSeconds} s. Kết quả: bench/results.json`);
  } finally {
    await shutdown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
