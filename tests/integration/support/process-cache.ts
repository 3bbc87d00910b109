// An app instance's cache (lib/cache/instance.ts) in a test: its own store and
// a connected LISTEN, so that the triggers' notifications reach it as they
// reach a running instance. installProcessCache() also puts it where the app's
// cached reads (remember(), lib/cache/memo.ts) find it, for the test file.
import { afterAll, beforeAll, expect } from "vitest";
import { createCache } from "@/lib/cache/instance";
import type { CacheListener } from "@/lib/cache/listener";
import type { CacheStore } from "@/lib/cache/store";
import { unique } from "./factories";

export type TestCache = { store: CacheStore; listener: CacheListener };

const KEY = Symbol.for("kehoach.cache");
type Holder = { [KEY]?: TestCache };

/** A cache of its own with a connected listener, as an app instance has. */
export async function connectedCache(name: string, maxBytes: number): Promise<TestCache> {
  const cache = createCache({ connectionString: process.env.DATABASE_URL!, maxBytes, applicationName: unique(name), retryMs: 50 });
  const end = Date.now() + 5_000;
  while (!cache.listener.connected() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  expect(cache.listener.connected()).toBe(true);
  return cache;
}

/** The process's cache for the tests of this file (or describe block): the one remember() reads. */
export function installProcessCache(name: string, maxBytes = 5_000_000): () => TestCache {
  let cache: TestCache | undefined;
  beforeAll(async () => {
    cache = await connectedCache(name, maxBytes);
    (globalThis as Holder)[KEY] = cache;
  });
  afterAll(async () => {
    delete (globalThis as Holder)[KEY];
    await cache?.listener.close();
  });
  return () => cache!;
}
