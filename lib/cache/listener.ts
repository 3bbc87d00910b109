// Carries tag invalidations between app instances through PostgreSQL: one
// LISTEN connection per process. Writes notify from the database itself
// (triggers, see prisma/migrations/*_cache_invalidation), so the notification
// is delivered only when the writing transaction commits, and never for one
// that rolled back. After the connection is lost, nothing is served until it
// is back; then everything cached before is dropped, since notifications sent
// meanwhile are lost.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { cacheClock, type CacheStore } from "@/lib/cache/store";

export const CHANNEL = "kehoach_cache";
const SYNC = "sync:";
// PostgreSQL refuses payloads of 8000 bytes or more.
const MAX_PAYLOAD = 7_000;

export type CacheListener = {
  /** Resolves once every notification committed before this call has been applied here. */
  sync(timeoutMs?: number): Promise<void>;
  publish(tags: string[]): Promise<void>;
  connected(): boolean;
  close(): Promise<void>;
};

/** Tags as one or more payloads, each under PostgreSQL's limit. */
export function payloadsOf(tags: string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const tag of tags) {
    if (current && current.length + tag.length + 1 > MAX_PAYLOAD) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${tag}` : tag;
  }
  if (current) out.push(current);
  return out;
}

export function startCacheListener(
  store: CacheStore,
  options: { connectionString: string; onError?: (error: unknown) => void; retryMs?: number; applicationName?: string },
): CacheListener {
  let client: pg.Client | null = null;
  let live = false;
  let closed = false;
  let retry = options.retryMs ?? 250;
  const waiters = new Map<string, () => void>();
  // One statement at a time on the connection (pg deprecates overlapping client.query calls).
  let queue: Promise<unknown> = Promise.resolve();
  const notify = (payload: string) => {
    const on = client;
    const sent = queue.then(() => on?.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]));
    queue = sent.catch(() => undefined);
    return sent;
  };

  const lost = (error?: unknown) => {
    if (error) options.onError?.(error);
    live = false;
    store.setServing(false);
    const old = client;
    client = null;
    old?.removeAllListeners();
    old?.on("error", () => {});
    void old?.end().catch(() => {});
    for (const wake of waiters.values()) wake();
    waiters.clear();
    if (!closed) {
      setTimeout(connect, retry).unref();
      retry = Math.min(retry * 2, 5_000);
    }
  };

  async function connect() {
    if (closed || client) return;
    const next = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: 5_000, application_name: options.applicationName ?? "kehoach-cache" });
    client = next;
    next.on("error", lost);
    next.on("end", () => client === next && lost());
    next.on("notification", (message) => {
      const payload = message.payload ?? "";
      if (payload.startsWith(SYNC)) {
        waiters.get(payload.slice(SYNC.length))?.();
        return;
      }
      store.invalidate(payload.split(",").filter(Boolean), cacheClock());
    });
    try {
      await next.connect();
      queue = next.query(`LISTEN ${CHANNEL}`);
      await queue;
      // Whatever was cached before was made while invalidations could be missed.
      store.invalidateAll(cacheClock());
      store.setServing(true);
      live = true;
      retry = options.retryMs ?? 250;
    } catch (error) {
      if (client === next) lost(error);
    }
  }

  void connect();

  return {
    async sync(timeoutMs = 2_000) {
      if (!live || !client) return;
      const token = randomUUID();
      const done = new Promise<void>((resolve) => {
        waiters.set(token, resolve);
        setTimeout(resolve, timeoutMs).unref();
      });
      await notify(SYNC + token).catch(() => waiters.get(token)?.());
      await done;
      waiters.delete(token);
    },
    async publish(tags) {
      if (!live || !client) return;
      for (const payload of payloadsOf(tags)) await notify(payload);
    },
    connected: () => live,
    async close() {
      closed = true;
      live = false;
      store.setServing(false);
      const old = client;
      client = null;
      await old?.end().catch(() => undefined);
    },
  };
}
