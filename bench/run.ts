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
import { lighthouse, type Scores } from "./lib/lighthouse";

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

/**
 * Lighthouse drives a Chromium of its own, which now and then is gone before
 * Lighthouse connects (ECONNREFUSED on its debugging port). One retry; after
 * that the run keeps its load results and reports the scores as missing.
 */
async function lighthouseOrNull<T>(run: () => Promise<T>): Promise<T | null> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await run();
    } catch (error) {
      log(`Lighthouse thất bại (lần ${attempt}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return null;
}

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
    // SQL per request and server time are read from sequential requests (one
    // at a time): under load, a request's count can lose its async context
    // inside the connection pool's queue, and server time then includes queueing.
    type Row = LoadResult & { name: string; path: string; queriesPerRequest: number; serverMsMedian: number; serverMsUnderLoad: number };
    const results: Row[] = [];
    for (const route of routes) {
      await sequential(`${BASE}${route.path}`, route.headers, `warm:${route.name}`, 3);
      await sequential(`${BASE}${route.path}`, route.headers, `seq:${route.name}`, 7);
      const result = await load({ url: `${BASE}${route.path}`, headers: { ...route.headers, "x-bench-route": route.name }, duration: DURATION });
      const all = await stats();
      const seq = all[`seq:${route.name}`];
      results.push({
        ...result,
        name: route.name,
        path: route.path,
        queriesPerRequest: median(seq?.queries ?? []),
        serverMsMedian: Math.round(median(seq?.serverMs ?? []) * 10) / 10,
        serverMsUnderLoad: Math.round(median(all[route.name]?.serverMs ?? []) * 10) / 10,
      });
      log(`${route.name}: ${result.reqPerSec} req/s, p95 ${result.p95} ms`);
    }

    // Updates spread over many running activities. autocannon resets a
    // connection's context between requests, so the pool is shared: a request
    // takes an activity nobody else is updating, and gives it back with the
    // version the server answered, so no two requests race for one row.
    // Top-level activities without sub-tasks: updating a sub-task also moves
    // its parent's derived progress (and version), which would make the
    // driver's own requests conflict.
    const running = await db.activity.findMany({
      where: { organizationId: small.organizationId, plan: { status: "ISSUED" }, status: { in: ["IN_PROGRESS", "NOT_STARTED"] }, parentId: null, subTasks: { none: {} } },
      select: { id: true, version: true },
      take: 2000,
    });
    const available = running.map((a) => ({ ...a }));
    let created = 0;
    // A few one at a time first, for SQL per request and server time.
    for (const item of available.slice(0, 7)) {
      const response = await fetch(`${BASE}/api/v1/activities/${item.id}/updates`, {
        method: "POST",
        headers: { ...api, "Content-Type": "application/json", "x-bench-route": "seq:POST updates" },
        body: JSON.stringify({ version: item.version, note: "Cập nhật thử tải", progress: 40 }),
      });
      const json = (await response.json()) as { version?: number };
      if (response.status !== 201) throw new Error(`POST updates: ${response.status}`);
      item.version = json.version ?? item.version;
    }
    const before = await db.activityUpdate.count({ where: { organizationId: small.organizationId } });
    type Ctx = { current?: { id: string; version: number } };
    const update = await load({
      url: `${BASE}/api/v1/activities`,
      method: "POST",
      headers: { ...api, "Content-Type": "application/json", "x-bench-route": "POST /api/v1/activities/{id}/updates" },
      duration: DURATION,
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
    const after = await db.activityUpdate.count({ where: { organizationId: small.organizationId } });
    const postStats = await stats();
    results.push({
      ...update,
      name: "POST /api/v1/activities/{id}/updates",
      path: "/api/v1/activities/{id}/updates",
      queriesPerRequest: median(postStats["seq:POST updates"]?.queries ?? []),
      serverMsMedian: Math.round(median(postStats["seq:POST updates"]?.serverMs ?? []) * 10) / 10,
      serverMsUnderLoad: Math.round(median(postStats["POST /api/v1/activities/{id}/updates"]?.serverMs ?? []) * 10) / 10,
    });
    // A lost update is a 201 without its row. Rows without a 201 seen here are
    // the requests still in flight when the run stopped (at most one per connection).
    const lostUpdates = Math.max(0, created - (after - before));
    const cutOff = Math.max(0, after - before - created);
    log(`Cập nhật: ${created} trả lời 201, ${after - before} bản ghi mới; mất ${lostUpdates}; ${cutOff} yêu cầu đang chạy khi dừng đo.`);

    const all = await stats();
    const queryCounts = {
      "home@1x": median(all["home@1x"]?.queries ?? []),
      "home@10x": median(all["home@10x"]?.queries ?? []),
      "yearTimeline@1x": median(all["yearTimeline@1x"]?.queries ?? []),
      "yearTimeline@10x": median(all["yearTimeline@10x"]?.queries ?? []),
    };
    const floor = results[0]!.reqPerSec;
    const bundles = firstLoadJs(ROOT);
    const scores = process.env.BENCH_LIGHTHOUSE === "0" ? null : await lighthouseOrNull(() => lighthouse(BASE, leader.Cookie, small.largestPlanId));

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
      "server ms (1 at a time)": r.serverMsMedian,
      "server ms (under load)": r.serverMsUnderLoad,
    }));
    console.table(table);
    const targets = checkTargets(results, floor, { lostUpdates, queryCounts, bundles, scores });
    console.table(targets);
    console.table(queryCounts);
    console.table(bundles);
    if (scores) console.table(scores);
    const output = {
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
      dataset: { ...counts, seedSeconds: Math.round(seedSeconds * 10) / 10 },
      load: { connections: 10, durationSeconds: DURATION, routes: results.map((r) => ({ ...r, ratioToFloor: Math.round((r.reqPerSec / floor) * 100) / 100 })) },
      updates: { created201: created, newRows: after - before, lostUpdates, inFlightAtStop: cutOff },
      queryCounts,
      firstLoadJsGzipKb: bundles,
      lighthouse: scores,
      targets,
      totalSeconds: Math.round((Date.now() - started) / 1000),
      fullSeed: { largestPlanId: small.largestPlanId, busiestUnitId: full.busiestUnitId },
    };
    writeFileSync(path.join(ROOT, "bench/results.json"), `${JSON.stringify(output, null, 2)}\n`);
    log(`Xong sau ${output.totalSeconds} s. Kết quả: bench/results.json`);
  } finally {
    await shutdown();
  }
}

type Target = { target: string; measured: string; met: boolean };

/** The targets, each with what was measured in this run. */
function checkTargets(
  results: { name: string; reqPerSec: number; p95: number }[],
  floor: number,
  extra: { lostUpdates: number; queryCounts: Record<string, number>; bundles: Record<string, number>; scores: Record<string, Scores> | null },
): Target[] {
  const out: Target[] = [];
  const byName = (prefix: string) => results.find((r) => r.name.startsWith(prefix))!;
  for (const name of ["home dashboard", "largest plan page", "my unit's work"]) {
    const r = byName(name);
    out.push({ target: `${name}: ≥ 50% floor req/s`, measured: `${Math.round((r.reqPerSec / floor) * 100)}%`, met: r.reqPerSec >= floor / 2 });
    out.push({ target: `${name}: p95 ≤ 150 ms`, measured: `${r.p95} ms`, met: r.p95 <= 150 });
  }
  for (const r of results.filter((x) => x.name.startsWith("timeline"))) out.push({ target: `${r.name}: p95 ≤ 300 ms`, measured: `${r.p95} ms`, met: r.p95 <= 300 });
  const post = byName("POST");
  out.push({ target: "update: p95 ≤ 100 ms", measured: `${post.p95} ms`, met: post.p95 <= 100 });
  out.push({ target: "update: no lost update", measured: `${extra.lostUpdates} lost`, met: extra.lostUpdates === 0 });
  const q = extra.queryCounts;
  out.push({ target: "home SQL/req same at 1× and 10×", measured: `${q["home@1x"]} / ${q["home@10x"]}`, met: q["home@1x"] === q["home@10x"] });
  out.push({ target: "year timeline SQL/req same at 1× and 10×", measured: `${q["yearTimeline@1x"]} / ${q["yearTimeline@10x"]}`, met: q["yearTimeline@1x"] === q["yearTimeline@10x"] });
  const biggest = Math.max(...Object.values(extra.bundles));
  out.push({ target: "first-load JS ≤ 180 KB gzip per route", measured: `max ${biggest} KB`, met: biggest <= 180 });
  if (!extra.scores) out.push({ target: "Lighthouse ≥ 0.95 / 1.0 / 1.0", measured: "not measured", met: false });
  for (const [page, s] of Object.entries(extra.scores ?? {})) {
    out.push({
      target: `Lighthouse ${page}: ≥ 0.95 / 1.0 / 1.0`,
      measured: `${s.performance} / ${s.accessibility} / ${s.bestPractices}`,
      met: (s.performance ?? 0) >= 0.95 && s.accessibility === 1 && s.bestPractices === 1,
    });
  }
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
