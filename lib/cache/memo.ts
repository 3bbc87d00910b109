// Shared data kept as JavaScript values in the process's cache (lib/cache/store.ts):
// the same entries, tags, invalidations and bounds as "use cache", without its
// per-read cost. A "use cache" read encodes its arguments as a key, opens a
// stream, copies it and decodes the stored payload; on the plan page that was
// about a tenth of the server's time, for values (rows, figures, markup) that
// need no encoding at all. No page uses "use cache" now (the plan document's
// shell, the last one, says why in components/plans/cached-plan-document.tsx).
//
// Like "use cache", an entry takes the tags of the entries it reads (nested
// remember() calls), so the home cards are stale when one shown plan's figures
// are. Values are shared by every reader of the process, so they are frozen:
// a caller that would change one throws instead of changing it for the next.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cacheTag } from "next/cache";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { installedCache } from "@/lib/cache/instance";
import type { CacheStore } from "@/lib/cache/store";

// The tags the entry being made has read so far (nested entries add theirs),
// or UNTRACKED inside withoutTags().
const UNTRACKED = "untracked";
const making = new AsyncLocalStorage<Set<string> | typeof UNTRACKED>();

/** Hands tags to whoever is making an entry around this read: ours, or a "use cache" function's. */
function passTagsOut(tags: Iterable<string>) {
  const outer = making.getStore();
  if (outer === UNTRACKED) return;
  if (outer) for (const tag of tags) outer.add(tag);
  const unit = workUnitAsyncStorage.getStore();
  if (unit?.type === "cache" || unit?.type === "private-cache") cacheTag(...tags);
}

/**
 * Deep-freezes plain data. Dates and byte arrays stay as they are (they have no
 * frozen form), and a Map or Set keeps its set()/add(): its entries are frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value) || value instanceof Date || ArrayBuffer.isView(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  if (value instanceof Map || value instanceof Set) for (const inner of value.values()) deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * Bytes the entry takes, roughly: strings at two bytes a character, numbers
 * and the like at eight, and a few more for each array, object and property.
 * It walks the value instead of writing it out as JSON: on the bench's mixed
 * workload that JSON cost 4.5 ms of the app server's CPU per write (the
 * entries a write makes stale are made again, and each was written out once
 * only to be measured). A value that contains itself is not data: never kept.
 */
export function sizeOf(value: unknown): number {
  try {
    return walkSize(value, 0);
  } catch {
    return Number.MAX_SAFE_INTEGER; // not data: never kept
  }
}

// Data read from the database nests a few levels; a value this deep holds itself.
const DEEPEST = 64;

function walkSize(value: unknown, depth: number): number {
  if (typeof value === "string") return value.length * 2;
  if (value === null || typeof value !== "object") return 8;
  if (value instanceof Date) return 32;
  if (ArrayBuffer.isView(value)) return value.byteLength + 32;
  if (depth > DEEPEST) throw new RangeError("too deep");
  let bytes = 16;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) bytes += 8 + walkSize(value[i], depth + 1);
  } else if (value instanceof Map) {
    for (const [k, v] of value) bytes += 16 + walkSize(k, depth + 1) + walkSize(v, depth + 1);
  } else if (value instanceof Set) {
    for (const v of value) bytes += 8 + walkSize(v, depth + 1);
  } else {
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) bytes += 8 + keys[i]!.length * 2 + walkSize((value as Record<string, unknown>)[keys[i]!], depth + 1);
  }
  return bytes;
}

const keyOf = (name: string, args: readonly unknown[]) => `${name}:${JSON.stringify(args)}`;

// Reads being made, per store and key. Right after a write, the readers of a
// busy page all miss the same entries at once; one read serves them (a third of
// the misses in the bench's mixed workload were such repeats).
type Flight = { startedAt: number; done: Promise<{ value: unknown; tags: string[] }> };
const flights = new WeakMap<CacheStore, Map<string, Flight>>();

function flightsOf(store: CacheStore) {
  let map = flights.get(store);
  if (!map) flights.set(store, (map = new Map()));
  return map;
}

/**
 * The value `make` returns for `name` and `args` (the key: strings, numbers,
 * booleans, null and plain data), tagged `tags` and whatever it reads through
 * other remembered values. Made again once any of those tags is invalidated.
 */
export async function remember<T>(name: string, args: readonly unknown[], tags: readonly string[], make: () => Promise<T>): Promise<T> {
  const store = installedCache()?.store;
  const key = keyOf(name, args);
  const found = store?.recall(key);
  if (found) {
    passTagsOut(found.tags);
    return found.value as T;
  }
  if (!store) {
    const read = new Set(tags);
    const value = deepFreeze(await making.run(read, make));
    passTagsOut(read);
    return value;
  }
  const inFlight = flightsOf(store);
  const joined = inFlight.get(key);
  if (joined) {
    const made = await joined.done.catch(() => undefined);
    // A write heard of since that read began may be missing from it: then this caller reads for itself.
    if (made && store.fresh(made.tags, joined.startedAt)) {
      passTagsOut(made.tags);
      return made.value as T;
    }
  }
  const read = new Set(tags);
  const flight: Flight = { startedAt: store.now(), done: making.run(read, make).then((made) => ({ value: deepFreeze(made), tags: [...read] })) };
  if (!inFlight.has(key)) inFlight.set(key, flight);
  try {
    const { value } = await flight.done;
    passTagsOut(read);
    store.keep(key, { value, tags: [...read], timestamp: flight.startedAt, size: sizeOf(value) + key.length });
    return value as T;
  } finally {
    if (inFlight.get(key) === flight) inFlight.delete(key);
  }
}

/**
 * remember() for many keys of one kind: the values found are read from the
 * cache, the missing ones made by one call (one statement for many plans
 * instead of one each), and each is kept as its own entry, the very entry
 * remember(name, args, tagsOf(args), …) reads and makes. `makeMissing` returns
 * the values in the order of the arguments it was given, and reads no other
 * remembered value (its tags would not reach the right entry).
 */
export async function rememberEach<A extends readonly unknown[], T>(name: string, argsList: readonly A[], tagsOf: (args: A) => string[], makeMissing: (missing: A[]) => Promise<T[]>): Promise<T[]> {
  const store = installedCache()?.store;
  const values = new Array<T>(argsList.length);
  const missing: number[] = [];
  argsList.forEach((args, i) => {
    const found = store?.recall(keyOf(name, args));
    if (!found) return void missing.push(i);
    passTagsOut(found.tags);
    values[i] = found.value as T;
  });
  if (!missing.length) return values;
  const startedAt = store?.now() ?? 0;
  const made = await makeMissing(missing.map((i) => argsList[i]!));
  missing.forEach((i, j) => {
    const key = keyOf(name, argsList[i]!);
    const value = deepFreeze(made[j]!);
    const tags = tagsOf(argsList[i]!);
    passTagsOut(tags);
    store?.keep(key, { value, tags, timestamp: startedAt, size: sizeOf(value) + key.length });
    values[i] = value;
  });
  return values;
}

/**
 * Reads remembered values without handing their tags to the entry being made.
 * For an entry that shows a part of a broader entry (the Gantt rows of a
 * phase's activities, without their progress): it tags itself with what that
 * part depends on instead, narrower tags that every write changing the part
 * notifies together with the broader entry's. So the broader entry read here
 * is stale, and read afresh, whenever this one is.
 */
export function withoutTags<T>(read: () => Promise<T>): Promise<T> {
  return making.run(UNTRACKED, read);
}

/** Adds tags to the entry being made (what `cacheTag` is to "use cache"), known only once its data is read. */
export function tagEntry(...tags: string[]) {
  passTagsOut(tags);
}
