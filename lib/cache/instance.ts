// The one cache of this process. The handler Next.js loads (lib/cache/handler.mjs,
// plain JavaScript because `next build` loads it too) and the app's bundles are
// separate module graphs, so the instance lives on globalThis.
import { createCacheStore, type CacheCounters, type CacheStore } from "@/lib/cache/store";
import { startCacheListener, type CacheListener } from "@/lib/cache/listener";

const KEY = Symbol.for("kehoach.cache");

type Installed = { store: CacheStore; listener: CacheListener };
type Holder = { [KEY]?: Installed };

export function installedCache(): Installed | undefined {
  return (globalThis as Holder)[KEY];
}

type Options = { connectionString: string; maxBytes: number; onError?: (error: unknown) => void; applicationName?: string; retryMs?: number };

/** A store and its listener: invalidations heard go into the store, those made here (revalidateTag) go out. */
export function createCache(options: Options): Installed {
  const ref: { listener?: CacheListener } = {};
  const store = createCacheStore({ maxBytes: options.maxBytes, publish: (tags) => ref.listener?.publish(tags) ?? Promise.resolve() });
  store.setServing(false);
  const listener = startCacheListener(store, options);
  ref.listener = listener;
  return { store, listener };
}

/** Starts the process's cache (once); maxBytes 0 leaves everything uncached. */
export function installCache(options: Options): Installed | undefined {
  const holder = globalThis as Holder;
  if (holder[KEY] || options.maxBytes <= 0) return holder[KEY];
  holder[KEY] = createCache(options);
  return holder[KEY];
}

/**
 * Called after a write commits (the action and API wrappers): returns once this
 * instance has applied the write's invalidations, so the page rendered next
 * for the writer shows the write. Other instances apply them as they arrive.
 */
export async function cacheSync(): Promise<void> {
  await installedCache()?.listener.sync();
}

export function cacheCounters(): CacheCounters | undefined {
  return installedCache()?.store.counters();
}
