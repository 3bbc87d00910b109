// What the bench server counts per request (bench/server.ts: SQL statements and
// server time, keyed by the x-bench-route header), and requests one at a time.
export type Stat = { requests: number; queries: number[]; serverMs: number[]; cpuMs?: number[] };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/** A Lighthouse category's median over the runs that scored it (null: none did). */
export function medianScore(values: (number | null)[]): number | null {
  const scored = values.filter((value): value is number => value !== null);
  return scored.length ? median(scored) : null;
}

/**
 * A page's SQL statements: the fewest over its one-at-a-time requests. Each
 * instance reads a session's user at most once a second (lib/auth/session-cache.ts),
 * so a request that finds it expired (a slow page, a busy machine) makes that
 * read's statements on top; the fewest is the page's own, the same in every run.
 */
export function fewest(values: number[]): number {
  return values.length ? Math.min(...values) : 0;
}

/** The median rounded to a tenth (server milliseconds in the table). */
export const medianMs = (values: number[] | undefined) => Math.round(median(values ?? []) * 10) / 10;

/** The counts so far, by route; `reset` starts them again. */
export async function stats(base: string, reset = false): Promise<Record<string, Stat>> {
  return (await fetch(`${base}/__bench/stats${reset ? "?reset=1" : ""}`)).json() as Promise<Record<string, Stat>>;
}

/** `times` requests one after the other, counted under `route`; a 4xx/5xx stops the run. */
export async function sequential(url: string, headers: Record<string, string>, route: string, times = 5) {
  for (let i = 0; i < times; i++) {
    const response = await fetch(url, { headers: { ...headers, "x-bench-route": route } });
    if (response.status >= 400) throw new Error(`${route}: ${response.status}`);
    await response.arrayBuffer();
  }
}

export type CacheCounters = { hits: number; misses: number };

/** The fragment cache's hits and misses so far (null: no cache in the server). */
export async function cacheCounters(base: string): Promise<CacheCounters | null> {
  return (await fetch(`${base}/__bench/cache`)).json() as Promise<CacheCounters | null>;
}

/** Hits over lookups between two readings, or null when the route looked nothing up. */
export function hitFraction(before: CacheCounters | null, after: CacheCounters | null): number | null {
  if (!before || !after) return null;
  const hits = after.hits - before.hits;
  const lookups = hits + after.misses - before.misses;
  return lookups ? Math.round((hits / lookups) * 1000) / 1000 : null;
}
