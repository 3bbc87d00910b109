// The "use cache" handler Next.js loads (next.config.ts cacheHandlers.default).
// It hands every call to the process's cache, which instrumentation.ts starts
// (lib/cache/instance.ts); until then, and during `next build`, nothing is
// cached. Plain JavaScript: the build loads this file without tsx.
const KEY = Symbol.for("kehoach.cache");

const store = () => globalThis[KEY]?.store;

async function drain(pendingEntry) {
  try {
    const entry = await pendingEntry;
    await entry.value.cancel();
  } catch {
    // nothing to keep
  }
}

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => store()?.get(cacheKey, softTags) ?? Promise.resolve(undefined),
  set: (cacheKey, pendingEntry) => store()?.set(cacheKey, pendingEntry) ?? drain(pendingEntry),
  refreshTags: () => store()?.refreshTags() ?? Promise.resolve(),
  getExpiration: (tags) => store()?.getExpiration(tags) ?? Promise.resolve(0),
  updateTags: (tags, durations) => store()?.updateTags(tags, durations) ?? Promise.resolve(),
};

export default handler;
