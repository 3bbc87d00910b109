// The fragment cache's rules (lib/cache/store.ts): what is served, what is a
// miss after an invalidation, and how memory stays bounded.
import { describe, expect, it } from "vitest";
import { createCacheStore } from "@/lib/cache/store";
import { payloadsOf } from "@/lib/cache/listener";
import type { CacheEntry } from "next/dist/server/lib/cache-handlers/types";

const bytes = (text: string) => new TextEncoder().encode(text);

function entry(text: string, options: { tags?: string[]; timestamp: number; revalidate?: number; expire?: number }): Promise<CacheEntry> {
  return Promise.resolve({
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes(text));
        controller.close();
      },
    }),
    tags: options.tags ?? [],
    stale: 300,
    timestamp: options.timestamp,
    expire: options.expire ?? 31_536_000,
    revalidate: options.revalidate ?? 900,
  });
}

async function read(got: CacheEntry | undefined): Promise<string | undefined> {
  return got ? new Response(got.value).text() : undefined;
}

function store(maxBytes = 1_000_000) {
  let clock = 1_000;
  const s = createCacheStore({ maxBytes, now: () => clock });
  return { s, tick: (ms: number) => (clock += ms), now: () => clock };
}

describe("the fragment cache", () => {
  it("serves what was stored, as a new stream each time, and counts hits and misses", async () => {
    const { s, now } = store();
    expect(await s.get("k", [])).toBeUndefined();
    await s.set("k", entry("plan body", { timestamp: now() }));
    expect(await read(await s.get("k", []))).toBe("plan body");
    expect(await read(await s.get("k", []))).toBe("plan body");
    expect(s.counters()).toMatchObject({ hits: 2, misses: 1, sets: 1 });
  });

  it("misses an entry made before one of its tags was invalidated, and keeps one made after", async () => {
    const { s, tick, now } = store();
    await s.set("a", entry("old", { tags: ["plan:1", "org:9:names"], timestamp: now() }));
    await s.set("b", entry("other plan", { tags: ["plan:2"], timestamp: now() }));
    tick(5);
    s.invalidate(["plan:1"], now());
    expect(await s.get("a", [])).toBeUndefined();
    expect(await read(await s.get("b", []))).toBe("other plan");
    tick(5);
    await s.set("a", entry("new", { tags: ["plan:1"], timestamp: now() }));
    expect(await read(await s.get("a", []))).toBe("new");
    // An invalidation stamped in the same millisecond as the entry counts against it.
    s.invalidate(["org:9:names"], now());
    await s.set("c", entry("same ms", { tags: ["org:9:names"], timestamp: now() }));
    expect(await s.get("c", [])).toBeUndefined();
  });

  it("checks the page's soft tags (revalidatePath) too", async () => {
    const { s, tick, now } = store();
    await s.set("k", entry("x", { timestamp: now() }));
    tick(1);
    await s.updateTags(["_N_T_/plans/1"]);
    expect(await s.get("k", ["_N_T_/plans/1"])).toBeUndefined();
  });

  it("does not store an entry that was already stale when it finished, or a dynamic one", async () => {
    const { s, tick, now } = store();
    const started = now();
    tick(3);
    s.invalidate(["plan:1"], now());
    await s.set("k", entry("rendered from data read before the write", { tags: ["plan:1"], timestamp: started }));
    await s.set("d", entry("dynamic", { timestamp: now(), expire: 0 }));
    expect(await s.get("k", [])).toBeUndefined();
    expect(await s.get("d", [])).toBeUndefined();
    expect(s.size().entries).toBe(0);
  });

  it("serves nothing while invalidations may be missed, and drops everything older once they flow again", async () => {
    const { s, tick, now } = store();
    await s.set("k", entry("x", { timestamp: now() }));
    s.setServing(false);
    expect(await s.get("k", [])).toBeUndefined();
    const duringOutage = now();
    tick(10);
    s.invalidateAll(now());
    s.setServing(true);
    expect(await s.get("k", [])).toBeUndefined();
    await s.set("late", entry("begun while disconnected", { timestamp: duringOutage }));
    expect(await s.get("late", [])).toBeUndefined();
    tick(1);
    await s.set("k", entry("fresh", { timestamp: now() }));
    expect(await read(await s.get("k", []))).toBe("fresh");
  });

  it("expires an entry after its revalidate time", async () => {
    const { s, tick, now } = store();
    await s.set("k", entry("x", { timestamp: now(), revalidate: 60 }));
    tick(59_000);
    expect(await s.get("k", [])).toBeDefined();
    tick(2_000);
    expect(await s.get("k", [])).toBeUndefined();
  });

  it("stays within its byte budget, evicting the least recently used first", async () => {
    const { s, now } = store(100);
    await s.set("a", entry("a".repeat(40), { timestamp: now() }));
    await s.set("b", entry("b".repeat(40), { timestamp: now() }));
    await s.get("a", []); // a is now the most recently used
    await s.set("c", entry("c".repeat(40), { timestamp: now() }));
    expect(await s.get("b", [])).toBeUndefined();
    expect(await read(await s.get("a", []))).toBe("a".repeat(40));
    expect(await read(await s.get("c", []))).toBe("c".repeat(40));
    expect(s.size().bytes).toBeLessThanOrEqual(100);
    expect(s.counters().evictions).toBe(1);
    await s.set("huge", entry("h".repeat(200), { timestamp: now() }));
    expect(await s.get("huge", [])).toBeUndefined();
  });

  it("makes a reader of a key being stored wait for it rather than miss", async () => {
    const { s, now } = store();
    let finish!: (e: CacheEntry) => void;
    const pending = new Promise<CacheEntry>((resolve) => (finish = resolve));
    const setting = s.set("k", pending);
    const reading = s.get("k", []);
    finish(await entry("late value", { timestamp: now() }));
    await setting;
    expect(await read(await reading)).toBe("late value");
  });
});

describe("invalidation payloads", () => {
  it("split a long list of tags under PostgreSQL's 8000-byte limit, losing none", () => {
    const tags = Array.from({ length: 500 }, (_, i) => `plan:01a2307d-deee-773f-adf6-${String(i).padStart(12, "0")}`);
    const payloads = payloadsOf(tags);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.every((p) => p.length < 8000)).toBe(true);
    expect(payloads.flatMap((p) => p.split(","))).toEqual(tags);
  });
});

describe("values kept as they are (lib/cache/memo.ts)", () => {
  const kept = (value: unknown, tags: string[], timestamp: number) => ({ value, tags, timestamp, size: 100 });

  it("serves the same value until one of its tags is invalidated after it was made", () => {
    const { s, tick, now } = store();
    const value = { rows: "<tr></tr>" };
    expect(s.recall("phaseTable:[1]")).toBeUndefined();
    s.keep("phaseTable:[1]", kept(value, ["phase:1", "org:9:names"], now()));
    expect(s.recall("phaseTable:[1]")).toEqual({ value, tags: ["phase:1", "org:9:names"], timestamp: now(), size: 100 });
    expect(s.recall("phaseTable:[1]")?.value).toBe(value);
    tick(5);
    s.invalidate(["phase:2"], now());
    expect(s.recall("phaseTable:[1]")?.value).toBe(value);
    s.invalidate(["org:9:names"], now());
    expect(s.recall("phaseTable:[1]")).toBeUndefined();
    expect(s.counters()).toMatchObject({ hits: 3, misses: 2, sets: 1 });
  });

  it("drops a value whose tag was invalidated while it was being made", () => {
    const { s, tick, now } = store();
    const startedAt = now();
    tick(3);
    s.invalidate(["plan:1"], now());
    s.keep("planFigures:[1]", kept(1, ["plan:1"], startedAt));
    expect(s.recall("planFigures:[1]")).toBeUndefined();
    expect(s.size().entries).toBe(0);
  });

  it("is never served after 15 minutes, nor while invalidations may be missing, nor after everything is dropped", () => {
    const { s, tick, now } = store();
    s.keep("a", kept("old", [], now()));
    tick(900_001);
    expect(s.recall("a")).toBeUndefined();
    s.keep("b", kept("b", [], now()));
    s.setServing(false);
    expect(s.recall("b")).toBeUndefined();
    s.keep("c", kept("c", [], now()));
    s.setServing(true);
    expect(s.recall("c")).toBeUndefined();
    expect(s.recall("b")?.value).toBe("b");
    s.invalidateAll(now());
    expect(s.recall("b")).toBeUndefined();
  });

  it("shares the byte bound with Next.js's entries, least recently used first, under keys of its own", async () => {
    const { s, now } = store(350);
    await s.set("k", entry("x".repeat(100), { timestamp: now() }));
    s.keep("k", kept("kept", [], now()));
    expect(await read(await s.get("k", []))).toBe("x".repeat(100));
    expect(s.recall("k")?.value).toBe("kept");
    s.keep("m", kept("m", [], now()));
    s.keep("n", kept("n", [], now()));
    // 101 + 100 + 100 + 100 bytes: the least recently used, Next.js's "k", goes.
    expect(await s.get("k", [])).toBeUndefined();
    expect(s.recall("k")?.value).toBe("kept");
    expect(s.counters().evictions).toBe(1);
    s.keep("huge", { value: "h", tags: [], timestamp: now(), size: 351 });
    expect(s.recall("huge")).toBeUndefined();
  });
});
