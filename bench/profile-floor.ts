// npm run bench:profile: where the floor page's (/help) server time goes.
// Reuses the database the last `npm run bench` seeded (.data/bench), starts
// the same production server, then: one request at a time (server ms), and a
// CPU profile of autocannon's 10 connections, charged to next-auth, SQL
// client, React, Next.js, proxy.ts and our own code (bench/lib/profile.ts).
// `bench/profile-floor.ts <file.cpuprofile> <requests>` summarizes a saved profile again.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "@/scripts/db/prepare";
import { signInCookie } from "./lib/http";
import { load } from "./lib/load";
import { summarizeProfile } from "./lib/profile";
import { median, medianMs, sequential, stats } from "./lib/stats";
import { startServer } from "./steps/server";
import { responseSize } from "./lib/size";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const PAGE = process.env.BENCH_PROFILE_PATH ?? "/help";
// More requests one at a time give a steadier median on a busy machine.
const SEQUENTIAL = Number(process.env.BENCH_PROFILE_REQUESTS ?? 60);
const log = (line: string) => console.log(`[profile] ${line}`);

function printSummary(file: string, requests: number) {
  const summary = summarizeProfile(readFileSync(file, "utf8"));
  const perRequest = (ms: number) => Math.round((ms / requests) * 100) / 100;
  const pct = (ms: number) => `${Math.round((ms / summary.sampledMs) * 1000) / 10}%`;
  const rows = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort(([, a], [, b]) => b - a).map(([k, ms]) => [k, { "% of samples": pct(ms), "ms per request": perRequest(ms) }]));
  console.log(`Chủ sở hữu mẫu (mỗi mẫu tính cho một chủ), ${requests} yêu cầu:`);
  console.table(rows(summary.byOwner));
  console.log("Phần trên ngăn xếp (bao gồm, một mẫu có thể tính cho nhiều phần):");
  console.table(rows(summary.inside));
}

if (process.argv[2]?.endsWith(".cpuprofile")) {
  printSummary(process.argv[2], Number(process.argv[3] ?? 1));
  process.exit(0);
}

const database = await prepareDatabase({ dataDir: path.join(ROOT, ".data/bench"), databaseName: "kehoach_bench", log });
const server = await startServer({ root: ROOT, port: PORT, databaseUrl: database.url, log });
try {
  const base = server.base;
  const headers = { Cookie: await signInCookie(base, "bench0000", "bench-mat-khau") };
  await sequential(`${base}${PAGE}`, headers, "warm", 30);
  const size = await responseSize(`${base}${PAGE}`, headers);
  log(`${PAGE}: ${size.htmlBytes} byte HTML (không nén), trong đó ${size.flightBytes} byte dữ liệu RSC chèn vào (${size.flightScripts} thẻ script), ${size.svgs} SVG`);
  await sequential(`${base}${PAGE}`, headers, "seq", SEQUENTIAL);
  const seq = (await stats(base, true)).seq;
  log(`${PAGE}, một yêu cầu một lúc: trung vị ${medianMs(seq?.serverMs)} ms máy chủ, ${medianMs(seq?.cpuMs)} ms CPU, ${median(seq?.queries ?? [])} câu SQL (${seq?.requests} yêu cầu)`);
  const dir = path.join(ROOT, ".data/bench/profiles");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `floor-${Date.now()}.cpuprofile`);
  await fetch(`${base}/__bench/profile?start`);
  const result = await load({ url: `${base}${PAGE}`, headers: { ...headers, "x-bench-route": "load" }, duration: DURATION });
  await fetch(`${base}/__bench/profile?stop=${encodeURIComponent(file)}`);
  const requests = (await stats(base)).load?.requests ?? result.requests;
  log(`10 kết nối: ${result.reqPerSec} req/s, p50 ${result.p50} ms; hồ sơ CPU: ${file}`);
  printSummary(file, requests);
} finally {
  await server.stop();
  await database.stop();
}
