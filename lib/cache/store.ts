// The cache of one app instance, for "use cache" and for values kept as they
// are (lib/cache/memo.ts): entries in memory (an LRU bounded
// by bytes), and the time each tag was last invalidated as this instance heard
// of it. An entry made before one of its tags was invalidated is a miss.
// Invalidations arrive from PostgreSQL (lib/cache/listener.ts); this file holds
// no I/O, so its rules are unit-tested on their own.
import type { CacheEntry, CacheHandler } from "next/dist/server/lib/cache-handlers/types";

type Stored = { meta: Omit<CacheEntry, "value">; bytes: Uint8Array; size: number };

/** A value kept as it is (lib/cache/memo.ts): made at `timestamp`, stale once one of its tags is invalidated after. */
export type KeptValue = { value: unknown; tags: string[]; timestamp: number; size: number };

/** How long a kept value is served at most, as "use cache" entries (cacheLife "default": revalidate 900 s). */
export const KEPT_FOR_MS = 900_000;

// Kept values share the map, its bound and its order with Next.js's entries, under keys of their own.
const KEPT = "kept:";

export type CacheCounters = { hits: number; misses: number; sets: number; evictions: number; invalidations: number };

export type CacheStore = CacheHandler & {
  /** Tags invalidated at `at` (ms since the epoch, this instance's clock). */
  invalidate(tags: string[], at: number): void;
  /** Everything made before `at` is stale (after a lost connection: whatever was missed). */
  invalidateAll(at: number): void;
  /** false: invalidations may be missing (no listener connection), so nothing is served. */
  setServing(serving: boolean): void;
  counters(): CacheCounters;
  resetCounters(): void;
  size(): { entries: number; bytes: number };
  /** A kept value still fresh, or undefined (counted as a hit or a miss). */
  recall(key: string): { value: unknown; tags: string[] } | undefined;
  /** false when a value made at `timestamp` with `tags` may miss a write this instance has heard of. */
  fresh(tags: string[], timestamp: number): boolean;
  /** Keeps a value made at `timestamp`, unless an invalidation came since. */
  keep(key: string, value: KeptValue): void;
  /** The clock entries are stamped with (tests give the store their own). */
  now(): number;
};

export type StoreOptions = {
  maxBytes: number;
  now?: () => number;
  /** Sends an invalidation made through Next.js (revalidateTag, revalidatePath) to the other instances. */
  publish?: (tags: string[]) => Promise<void>;
};

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** The clock Next.js stamps entries with (the start of their rendering): invalidations must use the same one. */
export const cacheClock = () => performance.timeOrigin + performance.now();

export function createCacheStore(options: StoreOptions): CacheStore {
  const now = options.now ?? cacheClock;
  // A Map keeps insertion order: re-inserting on read makes its first key the least recently used.
  const entries = new Map<string, Stored | KeptValue>();
  const pending = new Map<string, Promise<void>>();
  const tagTimes = new Map<string, number>();
  let epoch = 0;
  let serving = true;
  let bytes = 0;
  const counters: CacheCounters = { hits: 0, misses: 0, sets: 0, evictions: 0, invalidations: 0 };

  const add = (key: string, stored: Stored | KeptValue) => {
    remove(key);
    entries.set(key, stored);
    bytes += stored.size;
    counters.sets++;
    for (const old of entries.keys()) {
      if (bytes <= options.maxBytes) break;
      remove(old);
      counters.evictions++;
    }
  };

  const remove = (key: string) => {
    const stored = entries.get(key);
    if (!stored) return;
    entries.delete(key);
    bytes -= stored.size;
  };

  const staleAt = (tags: string[], timestamp: number) => timestamp <= epoch || tags.some((tag) => timestamp <= (tagTimes.get(tag) ?? 0));

  const invalidate = (tags: string[], at: number) => {
    counters.invalidations += tags.length;
    for (const tag of tags) if ((tagTimes.get(tag) ?? 0) < at) tagTimes.set(tag, at);
  };

  const miss = () => {
    counters.misses++;
    return undefined;
  };

  return {
    async get(cacheKey, softTags) {
      const waiting = pending.get(cacheKey);
      if (waiting) await waiting;
      if (!serving) return miss();
      const stored = entries.get(cacheKey);
      if (!stored || !("meta" in stored)) return miss();
      const { meta } = stored;
      if (meta.expire < 0 || now() > meta.timestamp + meta.revalidate * 1000 || staleAt([...meta.tags, ...softTags], meta.timestamp)) {
        remove(cacheKey);
        return miss();
      }
      entries.delete(cacheKey);
      entries.set(cacheKey, stored);
      counters.hits++;
      return { ...meta, value: streamOf(stored.bytes) };
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      const waiting = new Promise<void>((resolve) => (done = resolve));
      pending.set(cacheKey, waiting);
      try {
        const entry = await pendingEntry;
        const value = await readAll(entry.value);
        // expire 0 is a dynamic entry Next.js never reads back; an entry already stale is not worth keeping.
        if (entry.expire === 0 || staleAt(entry.tags, entry.timestamp)) return;
        const { value: _value, ...meta } = entry;
        const size = value.byteLength + cacheKey.length;
        if (size > options.maxBytes) return;
        add(cacheKey, { meta, bytes: value, size });
      } catch {
        // A stream that failed leaves no entry; the next read renders again.
      } finally {
        pending.delete(cacheKey);
        done();
      }
    },

    async refreshTags() {
      // Invalidations are pushed (LISTEN/NOTIFY), never polled.
    },

    async getExpiration() {
      // Soft tags are checked in get(), against this instance's tag times.
      return Infinity;
    },

    async updateTags(tags) {
      invalidate(tags, now());
      await options.publish?.(tags);
    },

    invalidate,

    invalidateAll(at) {
      epoch = Math.max(epoch, at);
      entries.clear();
      bytes = 0;
    },

    setServing(value) {
      serving = value;
    },

    recall(key) {
      if (!serving) return miss();
      const stored = entries.get(KEPT + key);
      if (!stored || "meta" in stored) return miss();
      if (staleAt(stored.tags, stored.timestamp) || now() > stored.timestamp + KEPT_FOR_MS) {
        remove(KEPT + key);
        return miss();
      }
      entries.delete(KEPT + key);
      entries.set(KEPT + key, stored);
      counters.hits++;
      return stored;
    },

    fresh: (tags, timestamp) => serving && !staleAt(tags, timestamp),

    keep(key, value) {
      if (!serving || staleAt(value.tags, value.timestamp) || value.size > options.maxBytes) return;
      add(KEPT + key, value);
    },

    now,

    counters: () => ({ ...counters }),
    resetCounters() {
      Object.assign(counters, { hits: 0, misses: 0, sets: 0, evictions: 0, invalidations: 0 });
    },
    size: () => ({ entries: entries.size, bytes }),
  };
}
