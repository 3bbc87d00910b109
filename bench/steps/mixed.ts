// Step 5b: a mixed workload over the same plans, 10 connections: 95% reads of
// the heavy pages (plan pages, plan dashboards, plan timelines of the sized
// plans; the home dashboard, the year's timeline, the busiest unit's work)
// and 5% progress updates (every twentieth request) posted to those plans' activities, so that every
// write makes some pages stale while they are being read.
//
// Per page kind: the requests it got, its latency, and "req/s equiv.": what
// 10 connections would serve if every request took that kind's mean time
// under this load (10 / mean seconds), compared with the floor's req/s. And
// 0 lost updates: every 201 has its row.
import autocannon from "autocannon";
import type { Db } from "@/lib/db-client";
import { writableActivities } from "./sizes";
import { median, ratiosBeside } from "./beside-floor";

export type MixedKind = { kind: string; requests: number; reqPerSec: number; equivReqPerSec: number; ratioToFloor: number; meanMs: number; p50: number; p95: number; non2xx: number };
export type MixedResult = { reqPerSec: number; ratioToFloor: number; writeShare: number; kinds: MixedKind[]; created201: number; newRows: number; lostUpdates: number; errors: number };

/** Several runs, each between two runs of the floor: the run with the median ratio is kept, its kinds compared with the floor around it; writes, rows and lost updates are summed over all. */
export type MixedBesideFloor = MixedResult & { runs: number[]; besideFloor: { floorRuns: number[]; ratios: number[] } };

export function mixedBesideFloor(runs: MixedResult[], floorRuns: number[]): MixedBesideFloor {
  const ratios = ratiosBeside(
    runs.map((m) => m.reqPerSec),
    floorRuns,
  );
  const kept = ratios.indexOf(median(ratios));
  const run = runs[kept]!;
  const floor = (floorRuns[kept]! + floorRuns[kept + 1]!) / 2;
  return {
    ...run,
    ratioToFloor: ratios[kept]!,
    kinds: run.kinds.map((k) => ({ ...k, ratioToFloor: Math.round((k.equivReqPerSec / floor) * 100) / 100 })),
    runs: runs.map((m) => m.reqPerSec),
    besideFloor: { floorRuns, ratios },
    lostUpdates: runs.reduce((n, m) => n + m.lostUpdates, 0),
    created201: runs.reduce((n, m) => n + m.created201, 0),
    newRows: runs.reduce((n, m) => n + m.newRows, 0),
  };
}

const CONNECTIONS = 10;
const WRITE_SHARE = 0.05;

type Read = { kind: string; paths: string[]; headers: Record<string, string> };
type Ctx = { kind?: string; started?: number; item?: { id: string; version: number } };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

export async function measureMixed(
  base: string,
  db: Db,
  options: { organizationId: string; planIds: string[]; busiestUnitId: string; year: number; floorReqPerSec: number; duration: number },
  as: { leader: Record<string, string>; staff: Record<string, string>; api: Record<string, string> },
  log: (line: string) => void,
): Promise<MixedResult> {
  const { planIds } = options;
  const leaderPaths = (suffix: string) => planIds.map((id) => `/plans/${id}${suffix}`);
  const reads: Read[] = [
    { kind: "plan page", paths: leaderPaths(""), headers: as.leader },
    { kind: "plan dashboard", paths: leaderPaths("/dashboard"), headers: as.leader },
    { kind: "timeline: plan", paths: leaderPaths("/timeline"), headers: as.leader },
    { kind: "home dashboard", paths: ["/"], headers: as.leader },
    { kind: `timeline: year ${options.year}`, paths: [`/timeline?year=${options.year}`], headers: as.leader },
    { kind: "my unit's work", paths: [`/my-work?unit=${options.busiestUnitId}`], headers: as.staff },
  ];
  const WRITE = "POST …/updates";
  const available = (await writableActivities(db, planIds)).map((a) => ({ ...a }));
  if (available.length < CONNECTIONS) throw new Error("Hỗn hợp: không đủ hoạt động để cập nhật");
  // Every twentieth request writes (5%, however short the run); the reads are a seeded choice, the same on every run.
  let sent = 0;
  let seed = 20261201;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const times = new Map<string, number[]>();
  const non2xx = new Map<string, number>();
  let created = 0;
  const before = await db.activityUpdate.count({ where: { organizationId: options.organizationId } });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: options.duration,
        requests: [
          {
            setupRequest: (req: Record<string, unknown>, context: Ctx) => {
              context.started = performance.now();
              sent += 1;
              if (sent % Math.round(1 / WRITE_SHARE) === 0) {
                const item = available.shift()!;
                context.kind = WRITE;
                context.item = item;
                return {
                  ...req,
                  method: "POST",
                  path: `/api/v1/activities/${item.id}/updates`,
                  headers: { ...as.api, "Content-Type": "application/json", "x-bench-route": `mixed:${WRITE}` },
                  body: JSON.stringify({ version: item.version, note: "Cập nhật trong tải hỗn hợp", progress: 30 + Math.floor(rand() * 60) }),
                };
              }
              const read = reads[Math.floor(rand() * reads.length)]!;
              context.kind = read.kind;
              context.item = undefined;
              return { ...req, method: "GET", path: read.paths[Math.floor(rand() * read.paths.length)]!, headers: { ...read.headers, "x-bench-route": `mixed:${read.kind}` }, body: undefined };
            },
            onResponse: (status: number, body: string, context: Ctx) => {
              const kind = context.kind ?? "?";
              if (!times.has(kind)) times.set(kind, []);
              times.get(kind)!.push(performance.now() - (context.started ?? performance.now()));
              if (status < 200 || status >= 300) non2xx.set(kind, (non2xx.get(kind) ?? 0) + 1);
              const item = context.item;
              if (!item) return;
              if (status === 201) created += 1;
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
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
  });
  const after = await db.activityUpdate.count({ where: { organizationId: options.organizationId } });
  const total = [...times.values()].reduce((n, list) => n + list.length, 0);
  const reqPerSec = Math.round((total / options.duration) * 10) / 10;
  const kinds: MixedKind[] = [...reads.map((r) => r.kind), WRITE].map((kind) => {
    const list = [...(times.get(kind) ?? [])].sort((a, b) => a - b);
    const meanMs = list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0;
    const equiv = meanMs ? (CONNECTIONS * 1000) / meanMs : 0;
    return {
      kind,
      requests: list.length,
      reqPerSec: Math.round((list.length / options.duration) * 10) / 10,
      equivReqPerSec: Math.round(equiv * 10) / 10,
      ratioToFloor: Math.round((equiv / options.floorReqPerSec) * 100) / 100,
      meanMs: Math.round(meanMs),
      p50: Math.round(percentile(list, 50)),
      p95: Math.round(percentile(list, 95)),
      non2xx: non2xx.get(kind) ?? 0,
    };
  });
  const lostUpdates = Math.max(0, created - (after - before));
  log(`Hỗn hợp: ${reqPerSec} req/s (${total} yêu cầu), ${created} cập nhật trả lời 201, ${after - before} bản ghi mới; mất ${lostUpdates}.`);
  return {
    reqPerSec,
    ratioToFloor: Math.round((reqPerSec / options.floorReqPerSec) * 100) / 100,
    writeShare: Math.round(((times.get(WRITE)?.length ?? 0) / Math.max(1, total)) * 1000) / 1000,
    kinds,
    created201: created,
    newRows: after - before,
    lostUpdates,
    errors: result.errors + result.timeouts,
  };
}
