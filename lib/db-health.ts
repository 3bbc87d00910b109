// Whether this app process can reach its database, so that proxy.ts can answer
// pages with 503 while it cannot (Next.js gives a page that failed a 500, and
// an error boundary cannot change that), without asking the database on every
// request:
// - every statement that succeeds (lib/db-client.ts) and every failure the app
//   meets (markIfDatabaseUnavailable, the API and action wrappers, the pool's
//   lost connections) is noted here, at no cost;
// - a page request finds a recent answer: no I/O at all. Only after the
//   process has been idle for FRESH_MS, or while the database is known to be
//   down (at most once per RECHECK_MS, shared by concurrent requests), does
//   it run the probe lib/db.ts registered (SELECT 1 on the app's own pool).
// The state is per process, like the connection pool it describes: each
// instance on a shared database learns for itself, which is what its own
// requests will meet. It lives on globalThis, which proxy.ts and the app's
// route modules share inside one Next.js server process.
export const FRESH_MS = 10_000;
export const RECHECK_MS = 1_000;
export const PROBE_TIMEOUT_MS = 2_000;

type Health = {
  /** When a statement last succeeded. */
  answeredAt: number;
  /** Since when the database is known to be unreachable; null while it answers. */
  downSince: number | null;
  probedAt: number;
  probing: Promise<boolean> | null;
  probe: (() => Promise<unknown>) | null;
  probes: number;
};

const store = globalThis as unknown as { kehoachDatabaseHealth?: Health };
const health = (store.kehoachDatabaseHealth ??= { answeredAt: 0, downSince: null, probedAt: 0, probing: null, probe: null, probes: 0 });

export function noteDatabaseAnswered(now = Date.now()): void {
  health.answeredAt = now;
  health.downSince = null;
}

export function noteDatabaseUnavailable(now = Date.now()): void {
  health.downSince ??= now;
}

/** lib/db.ts: how to ask the app's own database whether it answers. */
export function registerDatabaseProbe(probe: () => Promise<unknown>): void {
  health.probe = probe;
}

/** For tests: forget what was learnt (the registered probe stays). */
export function resetDatabaseHealth(): void {
  Object.assign(health, { answeredAt: 0, downSince: null, probedAt: 0, probing: null });
}

/** What was learnt, and how many probes ran (a test proves a healthy request runs none). */
export function databaseHealth(): Readonly<Pick<Health, "answeredAt" | "downSince" | "probes">> {
  return { answeredAt: health.answeredAt, downSince: health.downSince, probes: health.probes };
}

async function runProbe(probe: () => Promise<unknown>): Promise<boolean> {
  health.probes += 1;
  health.probedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("database probe timed out"), { code: "ETIMEDOUT" })), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    noteDatabaseAnswered();
    return false;
  } catch {
    // Unreachable, refusing connections, out of connections, timed out: a
    // page would fail the same way, so it gets the 503 instead.
    noteDatabaseUnavailable();
    return true;
  } finally {
    clearTimeout(timer);
  }
}

/** True while the database is known to be unreachable. See the top of this file for what it costs. */
export async function databaseIsDown(now = Date.now()): Promise<boolean> {
  const down = health.downSince !== null;
  if (!down && now - health.answeredAt < FRESH_MS) return false;
  if (down && now - health.probedAt < RECHECK_MS) return true;
  if (!health.probe) return down;
  health.probing ??= runProbe(health.probe).finally(() => (health.probing = null));
  return health.probing;
}
