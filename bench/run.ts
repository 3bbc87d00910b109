// npm run bench: seeds its own large database (never the demo one), runs the
// production build behind bench/server.ts, drives the main routes with
// autocannon (10 connections, about 10 s each), and writes bench/results.json.
// The steps, in order: seed a tenth (steps/seed.ts), start the server
// (steps/server.ts), count queries at 1×, seed the rest, count again at 10×,
// measure the pages (steps/pages.ts) and the updates (steps/updates.ts), report
// (steps/report.ts).
import path from "node:path";
import { prepareDatabase } from "@/scripts/db/prepare";
import { createPrismaClient } from "@/lib/db-client";
import { newToken } from "@/lib/api-tokens/token";
import { todayInVietnam } from "@/lib/dates";
import { signInCookie } from "./lib/http";
import { firstLoadJs } from "./lib/bundle";
import { lighthouse } from "./lib/lighthouse";
import { fewest, sequential, stats } from "./lib/stats";
import { seedFull, seedSmall } from "./steps/seed";
import { startServer, type BenchServer } from "./steps/server";
import { measurePages, routes } from "./steps/pages";
import { measureUpdates } from "./steps/updates";
import { measurePlanSizes } from "./steps/sizes";
import { measureMixed, mixedBesideFloor } from "./steps/mixed";
import { measureBesideFloor, PAIRS } from "./steps/beside-floor";
import { load } from "./lib/load";
import { report } from "./steps/report";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
// Seconds per run when a page is measured beside the floor.
const PAIR_SECONDS = Number(process.env.BENCH_PAIR_DURATION ?? 5);
/** The pages issue 17 wants at ≥ 0.6× the floor (and ≥ 0.5× under the mixed workload). */
const RATIO_TARGETS = ["home dashboard", "largest plan page", "plan dashboard", "my unit's work", "timeline: largest plan", "timeline: year"];
const log = (line: string) => console.log(`[bench] ${line}`);
const started = Date.now();

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

async function main() {
  const database = await prepareDatabase({ dataDir: path.join(ROOT, ".data/bench"), databaseName: "kehoach_bench", fresh: true, log });
  const db = createPrismaClient(database.url, { poolSize: 4 });
  let server: BenchServer | undefined;
  const shutdown = async () => {
    await server?.stop();
    await db.$disconnect();
    await database.stop();
  };
  process.on("SIGINT", () => void shutdown().then(() => process.exit(130)));
  try {
    const small = await seedSmall(db, log);
    const org = small.small;
    server = await startServer({ root: ROOT, port: PORT, databaseUrl: database.url, log });
    const base = server.base;
    const leader = { Cookie: await signInCookie(base, org.leaderUsername, "bench-mat-khau") };
    const staff = { Cookie: await signInCookie(base, org.staffUsername, "bench-mat-khau") };
    const year = Number(todayInVietnam().slice(0, 4));

    // Query counts at 1× and 10× data: the same count at both sizes is the target.
    await stats(base, true);
    await sequential(`${base}/`, leader, "home@1x");
    await sequential(`${base}/timeline?year=${year}`, leader, "yearTimeline@1x");
    const { full, sized, counts, seedSeconds } = await seedFull(db, small, log);
    await sequential(`${base}/`, leader, "home@10x");
    await sequential(`${base}/timeline?year=${year}`, leader, "yearTimeline@10x");

    const { token, hash, prefix } = newToken();
    const leaderUser = await db.user.findUniqueOrThrow({ where: { username: org.leaderUsername } });
    await db.apiToken.create({ data: { organizationId: org.organizationId, userId: leaderUser.id, name: "bench", tokenHash: hash, prefix } });
    const api = { Authorization: `Bearer ${token}` };

    const list = routes(org, year, { leader, staff, api });
    const results = await measurePages(base, list, DURATION, log);
    const updates = await measureUpdates(base, db, org.organizationId, api, DURATION, log);
    results.push(updates.row);
    const sizes = await measurePlanSizes(base, db, sized, { leader, api }, DURATION, log);
    // The target pages and the mixed workload, each beside the floor (bench/steps/beside-floor.ts).
    const floorRoute = list[0]!;
    const beside = await measureBesideFloor(base, floorRoute, list.filter((r) => RATIO_TARGETS.some((name) => r.name.startsWith(name))), PAIR_SECONDS, log);
    const mixedRun = () =>
      measureMixed(
        base,
        db,
        { organizationId: org.organizationId, planIds: sized.map((p) => p.planId), busiestUnitId: org.busiestUnitId, year, floorReqPerSec: results[0]!.reqPerSec, duration: DURATION },
        { leader, staff, api },
        log,
      );
    const floorRun = async () => (await load({ url: `${base}${floorRoute.path}`, headers: { ...floorRoute.headers, "x-bench-route": "beside:floor" }, duration: PAIR_SECONDS })).reqPerSec;
    const mixedFloors = [await floorRun()];
    const mixedRuns = [];
    for (let i = 0; i < PAIRS; i++) {
      mixedRuns.push(await mixedRun());
      mixedFloors.push(await floorRun());
    }
    const mixed = mixedBesideFloor(mixedRuns, mixedFloors);
    log(`Hỗn hợp cạnh trang sàn: tỉ lệ ${mixed.besideFloor.ratios.join(", ")} → trung vị ${mixed.ratioToFloor}`);

    const all = await stats(base);
    const queryCounts = Object.fromEntries(["home@1x", "home@10x", "yearTimeline@1x", "yearTimeline@10x"].map((key) => [key, fewest(all[key]?.queries ?? [])]));
    const scores = process.env.BENCH_LIGHTHOUSE === "0" ? null : await lighthouseOrNull(() => lighthouse(base, leader.Cookie, org.largestPlanId, log));
    report(
      {
        root: ROOT,
        started,
        duration: DURATION,
        dataset: { ...counts, seedSeconds: Math.round(seedSeconds * 10) / 10 },
        results,
        sizes,
        mixed,
        beside,
        updates: updates.counts,
        queryCounts,
        bundles: firstLoadJs(ROOT),
        scores,
        fullSeed: { largestPlanId: org.largestPlanId, busiestUnitId: full.busiestUnitId },
      },
      log,
    );
  } finally {
    await shutdown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
