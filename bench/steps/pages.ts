// Step 4: each route one request at a time (SQL per request, server time),
// then under load with autocannon.
import { load, type LoadResult } from "../lib/load";
import { cacheCounters, fewest, hitFraction, medianMs, sequential, stats } from "../lib/stats";

export type Route = { name: string; path: string; headers: Record<string, string> };
export type Row = LoadResult & { name: string; path: string; queriesPerRequest: number; serverMsMedian: number; serverMsUnderLoad: number; cacheHits?: number | null; cpuMsMedian?: number; runs?: number[] };

/** The routes the bench drives; the first is the floor the others are compared with. */
export function routes(ids: { largestPlanId: string; busiestUnitId: string }, year: number, as: { leader: Record<string, string>; staff: Record<string, string>; api: Record<string, string> }): Route[] {
  const { leader, staff, api } = as;
  return [
    { name: "floor (/help)", path: "/help", headers: leader },
    { name: "home dashboard", path: "/", headers: leader },
    { name: "largest plan page", path: `/plans/${ids.largestPlanId}`, headers: leader },
    { name: "plan dashboard", path: `/plans/${ids.largestPlanId}/dashboard`, headers: leader },
    { name: "my unit's work", path: `/my-work?unit=${ids.busiestUnitId}`, headers: staff },
    { name: "attention: whole department", path: "/attention", headers: leader },
    { name: "attention: staff of busiest unit", path: "/attention", headers: staff },
    { name: "timeline: largest plan", path: `/plans/${ids.largestPlanId}/timeline`, headers: leader },
    { name: `timeline: year ${year}`, path: `/timeline?year=${year}`, headers: leader },
    { name: "GET /api/v1/activities?overdue=true", path: "/api/v1/activities?overdue=true&limit=50", headers: api },
  ];
}

// SQL per request and server time are read from sequential requests (one
// at a time): under load, a request's count can lose its async context
// inside the connection pool's queue, and server time then includes queueing.
//
// Every route is loaded in two passes over the whole list, and the faster of
// its two runs is kept (`runs` holds both). On a shared 2-core machine a run
// is only ever slowed by others' work (and the first routes by the database
// settling after the seed: checkpoints, autovacuum), never sped up, so the
// better run is the closer to what the route costs; every route, the floor
// included, is treated alike, and the ratios compare like with like. The same
// for the server time one request at a time: each pass times seven, and the
// lower median is kept. The first pass's floor, the first route measured after
// the server started, was timed while the process was still compiling its
// hot paths: 19.8 ms in one run where 60 requests once warm gave 9.9 ms.
export async function measurePages(base: string, list: Route[], duration: number, log: (line: string) => void): Promise<Row[]> {
  const results: Row[] = [];
  for (const route of list) {
    await sequential(`${base}${route.path}`, route.headers, `warm:${route.name}`, 3);
    await sequential(`${base}${route.path}`, route.headers, `seq:${route.name}`, 7);
    const run = await loadRun(base, route, route.name, duration);
    const seq = (await stats(base))[`seq:${route.name}`];
    results.push({
      ...run,
      name: route.name,
      path: route.path,
      queriesPerRequest: fewest(seq?.queries ?? []),
      serverMsMedian: medianMs(seq?.serverMs),
      cpuMsMedian: medianMs(seq?.cpuMs),
    });
    log(`${route.name}: ${run.reqPerSec} req/s, p95 ${run.p95} ms`);
  }
  for (const [i, route] of list.entries()) {
    const first = results[i]!;
    await sequential(`${base}${route.path}`, route.headers, `seq2:${route.name}`, 7);
    const seq = (await stats(base))[`seq2:${route.name}`];
    const timed = medianMs(seq?.serverMs) < first.serverMsMedian ? { serverMsMedian: medianMs(seq?.serverMs), cpuMsMedian: medianMs(seq?.cpuMs) } : {};
    const queriesPerRequest = Math.min(first.queriesPerRequest, fewest(seq?.queries ?? []));
    const again = await loadRun(base, route, `${route.name} (2)`, duration);
    log(`${route.name}, lần hai: ${again.reqPerSec} req/s`);
    const runs = [first.reqPerSec, again.reqPerSec];
    results[i] = { ...(again.reqPerSec > first.reqPerSec ? { ...first, ...again } : first), ...timed, queriesPerRequest, runs };
  }
  return results;
}

async function loadRun(base: string, route: Route, label: string, duration: number) {
  const before = await cacheCounters(base);
  const result = await load({ url: `${base}${route.path}`, headers: { ...route.headers, "x-bench-route": label }, duration });
  const cacheHits = hitFraction(before, await cacheCounters(base));
  return { ...result, serverMsUnderLoad: medianMs((await stats(base))[label]?.serverMs), cacheHits };
}
