// Step 4: each route one request at a time (SQL per request, server time),
// then under load with autocannon.
import { load, type LoadResult } from "../lib/load";
import { cacheCounters, fewest, hitFraction, medianMs, sequential, stats } from "../lib/stats";

export type Route = { name: string; path: string; headers: Record<string, string> };
export type Row = LoadResult & { name: string; path: string; queriesPerRequest: number; serverMsMedian: number; serverMsUnderLoad: number; cacheHits?: number | null; cpuMsMedian?: number; floorRuns?: number[] };

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
export async function measurePages(base: string, list: Route[], duration: number, log: (line: string) => void): Promise<Row[]> {
  const results: Row[] = [];
  for (const route of list) {
    await sequential(`${base}${route.path}`, route.headers, `warm:${route.name}`, 3);
    await sequential(`${base}${route.path}`, route.headers, `seq:${route.name}`, 7);
    const before = await cacheCounters(base);
    const result = await load({ url: `${base}${route.path}`, headers: { ...route.headers, "x-bench-route": route.name }, duration });
    const cacheHits = hitFraction(before, await cacheCounters(base));
    const all = await stats(base);
    const seq = all[`seq:${route.name}`];
    results.push({
      ...result,
      name: route.name,
      path: route.path,
      queriesPerRequest: fewest(seq?.queries ?? []),
      serverMsMedian: medianMs(seq?.serverMs),
      cpuMsMedian: medianMs(seq?.cpuMs),
      serverMsUnderLoad: medianMs(all[route.name]?.serverMs),
      cacheHits,
    });
    log(`${route.name}: ${result.reqPerSec} req/s, p95 ${result.p95} ms`);
  }
  // The floor runs again after the others, and the faster of its two runs is the one every ratio is
  // taken against: a busy moment of a shared machine during the floor's one run would flatter them all.
  const floor = results[0];
  if (floor) {
    const again = await load({ url: `${base}${floor.path}`, headers: { ...list[0]!.headers, "x-bench-route": `${floor.name} (again)` }, duration });
    log(`${floor.name}, lần hai: ${again.reqPerSec} req/s`);
    const floorRuns = [floor.reqPerSec, again.reqPerSec];
    results[0] = again.reqPerSec > floor.reqPerSec ? { ...floor, ...again, floorRuns } : { ...floor, floorRuns };
  }
  return results;
}
