// The production build behind a thin Node server that, for the benchmark only,
// counts the SQL statements and the server time of every request (grouped by
// the x-bench-route header) and reports them at /__bench/stats.
import http from "node:http";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import next from "next";
import { queryCountStorage } from "@/lib/db-metrics";
import { markClientAddressServer, stampClientAddress, trustedProxies } from "@/lib/security/client-address";
import { frontDoor } from "@/lib/security/front-door-node";

const port = Number(process.env.PORT ?? 3200);
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port, hostname: "127.0.0.1" });
await app.prepare();
const handle = app.getRequestHandler();
// The client address as the production server (scripts/server.ts) gives it.
const trust = trustedProxies(process.env.KEHOACH_TRUSTED_PROXIES);
markClientAddressServer();

// cpuMs: the process's CPU time (every thread: JS, pg, crypto's pool) while the
// request was served. Only meaningful one request at a time, where it is the
// request's own cost, unlike wall time not inflated by a busy machine's queue.
type Stat = { requests: number; queries: number[]; serverMs: number[]; cpuMs: number[] };
let stats = new Map<string, Stat>();

// A CPU profile of a window the driver chooses (bench/profile-floor.ts):
// /__bench/profile?start, then /__bench/profile?stop=<file> writes it.
const inspector = new Session();
inspector.connect();
async function profile(url: string) {
  if (url.includes("start")) {
    await inspector.post("Profiler.enable");
    await inspector.post("Profiler.setSamplingInterval", { interval: 200 });
    await inspector.post("Profiler.start");
    return "started";
  }
  const file = new URL(url, "http://x").searchParams.get("stop");
  const { profile } = await inspector.post("Profiler.stop");
  if (file) writeFileSync(file, JSON.stringify(profile));
  return "stopped";
}

const server = http.createServer((req, res) => {
  // The fragment cache's counters (lib/cache/store.ts): it lives in this process, on globalThis.
  if (req.url?.startsWith("/__bench/cache")) {
    const cache = (globalThis as { [key: symbol]: { store?: { counters(): unknown } } | undefined })[Symbol.for("kehoach.cache")];
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(cache?.store?.counters() ?? null));
    return;
  }
  if (req.url?.startsWith("/__bench/profile")) {
    void profile(req.url).then((answer) => res.end(answer), (error: unknown) => res.writeHead(500).end(String(error)));
    return;
  }
  if (req.url?.startsWith("/__bench/stats")) {
    const body = Object.fromEntries([...stats].map(([route, s]) => [route, s]));
    if (req.url.includes("reset=1")) stats = new Map();
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
    return;
  }
  const route = String(req.headers["x-bench-route"] ?? "other");
  const store = { count: 0 };
  const started = performance.now();
  const cpu = process.cpuUsage();
  res.on("finish", () => {
    const used = process.cpuUsage(cpu);
    const stat = stats.get(route) ?? { requests: 0, queries: [], serverMs: [], cpuMs: [] };
    stat.requests += 1;
    // Keep a bounded sample for medians.
    if (stat.queries.length < 20_000) {
      stat.queries.push(store.count);
      stat.serverMs.push(performance.now() - started);
      stat.cpuMs.push((used.user + used.system) / 1000);
    }
    stats.set(route, stat);
  });
  stampClientAddress(req, trust);
  // The page checks as the production server runs them (scripts/server.ts).
  queryCountStorage.run(store, () => void frontDoor(req, res).then((answered) => (answered ? undefined : handle(req, res))));
});
server.listen(port, "127.0.0.1", () => console.log(`[bench] server on http://127.0.0.1:${port}`));
const stop = () => server.close(() => void app.close().finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
