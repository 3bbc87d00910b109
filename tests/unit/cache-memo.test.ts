// Values kept as they are (lib/cache/memo.ts): read once per change, tagged
// like "use cache" entries (nested reads hand their tags out), frozen because
// every reader of the process shares them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCacheStore, type CacheStore } from "@/lib/cache/store";
import { deepFreeze, remember, rememberEach, sizeOf, tagEntry, withoutTags } from "@/lib/cache/memo";

const KEY = Symbol.for("kehoach.cache");
type Holder = { [KEY]?: { store: CacheStore } };
let store: CacheStore;
let clock = 1_000;

beforeEach(() => {
  store = createCacheStore({ maxBytes: 1_000_000, now: () => clock });
  (globalThis as Holder)[KEY] = { store };
});
afterEach(() => {
  delete (globalThis as Holder)[KEY];
});

/** A read that counts how often it really ran. */
function counted<T>(value: () => T) {
  const read = { runs: 0, make: async () => (read.runs++, value()) };
  return read;
}

describe("remember", () => {
  it("reads once, then serves the same frozen value to every caller of the same key", async () => {
    const figures = counted(() => ({ progress: { done: 3, total: 4 }, phases: [{ id: "p1" }] }));
    const first = await remember("planFigures", ["org", "plan", "2026-12-01"], ["plan:1"], figures.make);
    const again = await remember("planFigures", ["org", "plan", "2026-12-01"], ["plan:1"], figures.make);
    expect(again).toBe(first);
    expect(figures.runs).toBe(1);
    expect(Object.isFrozen(first.phases[0])).toBe(true);
    expect(() => first.phases.push({ id: "p2" })).toThrow(TypeError);
    // Another day is another key: "quá hạn" turns over at midnight.
    await remember("planFigures", ["org", "plan", "2026-12-02"], ["plan:1"], figures.make);
    expect(figures.runs).toBe(2);
  });

  it("reads again after one of its tags is invalidated, and only then", async () => {
    const rows = counted(() => "<tr>…</tr>");
    await remember("phaseTable", ["p1"], ["phase:1"], rows.make);
    clock += 5;
    store.invalidate(["phase:2"], clock);
    await remember("phaseTable", ["p1"], ["phase:1"], rows.make);
    expect(rows.runs).toBe(1);
    store.invalidate(["phase:1"], clock);
    clock += 5;
    expect(await remember("phaseTable", ["p1"], ["phase:1"], rows.make)).toBe("<tr>…</tr>");
    expect(rows.runs).toBe(2);
  });

  it("gives an entry the tags of what it read through other entries, found or made", async () => {
    const figures = counted(() => ({ done: 1 }));
    const cards = counted(() => "cards");
    const home = () =>
      remember("homeCards", ["org"], ["org:9"], async () => {
        const read = await Promise.all([remember("planFigures", ["a"], ["plan:a"], figures.make), remember("planFigures", ["b"], ["plan:b"], figures.make)]);
        tagEntry("org:9:names");
        return `${read.length} ${await cards.make()}`;
      });
    await remember("planFigures", ["a"], ["plan:a"], figures.make); // made before: found by the home cards
    expect(await home()).toBe("2 cards");
    expect(figures.runs).toBe(2);
    clock += 5;
    store.invalidate(["plan:b"], clock); // a write to one shown plan
    clock += 5;
    expect(await home()).toBe("2 cards");
    // The cards were made again; plan a's figures came from their own entry, plan b's were read again.
    expect(cards.runs).toBe(2);
    expect(figures.runs).toBe(3);
    store.invalidate(["org:9:names"], clock); // tagged from inside
    clock += 5;
    await home();
    expect(cards.runs).toBe(3);
    expect(figures.runs).toBe(3);
  });

  it("withoutTags: an entry that shows part of another keeps its own narrower tags, and still reads the other afresh when both are stale", async () => {
    const rows = counted(() => [{ id: "a1", progress: 10, end: "2026-12-09" }]);
    const chart = counted(() => "bars");
    const phaseRows = () => remember("phaseRows", ["p1"], ["phase:1"], rows.make);
    const bars = () =>
      remember("chartRows", ["p1"], ["phase:1:schedule"], async () => {
        const read = await withoutTags(phaseRows);
        // Inside withoutTags, an entry made there still keeps its own tags.
        expect(read.length).toBe(1);
        return `${await chart.make()} ${read.length}`;
      });
    expect(await bars()).toBe("bars 1");
    expect([rows.runs, chart.runs]).toEqual([1, 1]);
    clock += 5;
    store.invalidate(["phase:1"], clock); // a progress report: the rows change, the bars do not
    clock += 5;
    expect(await bars()).toBe("bars 1");
    expect([rows.runs, chart.runs]).toEqual([1, 1]);
    await phaseRows();
    expect(rows.runs).toBe(2); // the rows' own entry was stale, and only it
    clock += 5;
    store.invalidate(["phase:1", "phase:1:schedule"], clock); // a new end date: both
    clock += 5;
    await bars();
    expect([rows.runs, chart.runs]).toEqual([3, 2]);
    // Tags given inside reach no entry around it either.
    const outer = await remember("outer", [], ["org:9"], () => withoutTags(async () => (tagEntry("org:9:work"), "x")));
    clock += 5;
    store.invalidate(["org:9:work"], clock);
    clock += 5;
    expect(await remember("outer", [], ["org:9"], async () => "y")).toBe(outer);
  });

  it("makes one read for callers that miss the same entry at once", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const table = counted(() => "<tr>…</tr>");
    const slow = async () => (await gate, table.make());
    const callers = [remember("phaseTable", ["p1"], ["phase:1"], slow), remember("phaseTable", ["p1"], ["phase:1"], slow), remember("phaseTable", ["p2"], ["phase:2"], slow)];
    release();
    expect(await Promise.all(callers)).toEqual(["<tr>…</tr>", "<tr>…</tr>", "<tr>…</tr>"]);
    expect(table.runs).toBe(2); // p1 once, p2 once
    // A joined caller hands the shared read's tags to the entry it is making.
    const cardsOf = (org: string) => remember("homeCards", [org], [], async () => (await remember("phaseTable", ["p3"], ["phase:3"], slow), `cards ${org}`));
    await Promise.all([cardsOf("a"), cardsOf("b")]);
    expect(table.runs).toBe(3);
    store.invalidate(["phase:3"], ++clock);
    clock++;
    const again = counted(() => "cards b again");
    expect(await remember("homeCards", ["b"], [], again.make)).toBe("cards b again");
  });

  it("does not hand a caller a read begun before a write it has heard of", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const make = async () => {
      const run = ++runs;
      if (run === 1) await gate;
      return `run ${run}`;
    };
    const first = remember("phaseTable", ["p1"], ["phase:1"], make);
    clock += 5;
    store.invalidate(["phase:1"], clock); // the write lands while the first read is under way
    clock += 5;
    const second = remember("phaseTable", ["p1"], ["phase:1"], make);
    release();
    expect(await first).toBe("run 1");
    expect(await second).toBe("run 2");
    expect(runs).toBe(2);
    // The first read, older than the write, was not kept; the second was.
    expect(await remember("phaseTable", ["p1"], ["phase:1"], make)).toBe("run 2");
  });

  it("lets a joined caller read for itself when the shared read fails", async () => {
    let runs = 0;
    const make = async () => {
      runs++;
      if (runs === 1) {
        await Promise.resolve();
        throw new Error("db busy");
      }
      return "rows";
    };
    const first = remember("x", [], [], make);
    const second = remember("x", [], [], make);
    await expect(first).rejects.toThrow("db busy");
    expect(await second).toBe("rows");
  });

  it("reads every time when the process has no cache (next build, a script)", async () => {
    delete (globalThis as Holder)[KEY];
    const read = counted(() => 1);
    await remember("x", [], [], read.make);
    await remember("x", [], [], read.make);
    expect(read.runs).toBe(2);
  });

  it("keeps nothing when the read fails, and passes the failure on", async () => {
    await expect(remember("x", [], [], async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(store.size().entries).toBe(0);
  });
});

describe("rememberEach", () => {
  const tagsOf = ([, plan]: readonly [string, string]) => [`plan:${plan}`];

  it("makes the missing entries in one call, keeps each as remember() would, and serves the rest from the cache", async () => {
    const calls: string[][] = [];
    const makeMissing = async (missing: (readonly [string, string])[]) => (calls.push(missing.map(([, plan]) => plan)), missing.map(([, plan]) => ({ plan })));
    await remember("unitFigures", ["org", "b"], ["plan:b"], async () => ({ plan: "b" }));
    const values = await rememberEach("unitFigures", [["org", "a"], ["org", "b"], ["org", "c"]] as const, tagsOf, makeMissing);
    expect(values.map((v) => v.plan)).toEqual(["a", "b", "c"]);
    expect(calls).toEqual([["a", "c"]]);
    expect(Object.isFrozen(values[0])).toBe(true);
    // The entries it made are remember()'s own: read back without making.
    const never = counted(() => ({ plan: "never" }));
    expect(await remember("unitFigures", ["org", "c"], ["plan:c"], never.make)).toBe(values[2]);
    expect(never.runs).toBe(0);
    // All found: no call.
    expect(await rememberEach("unitFigures", [["org", "a"], ["org", "c"]] as const, tagsOf, makeMissing)).toEqual([values[0], values[2]]);
    expect(calls).toHaveLength(1);
    // One tag invalidated: only that entry made again.
    clock += 5;
    store.invalidate(["plan:a"], clock);
    clock += 5;
    await rememberEach("unitFigures", [["org", "a"], ["org", "b"], ["org", "c"]] as const, tagsOf, makeMissing);
    expect(calls).toEqual([["a", "c"], ["a"]]);
  });

  it("hands the tags of every entry, found or made, to the entry around it; keeps nothing a write overtook", async () => {
    let release = () => {};
    const slow = async (missing: (readonly [string, string])[]) => {
      await new Promise<void>((resolve) => (release = resolve));
      return missing.map(([, plan]) => plan);
    };
    await remember("figures", ["org", "a"], ["plan:a"], async () => "a");
    const table = remember("table", ["org"], ["org:o"], async () => (await rememberEach("figures", [["org", "a"], ["org", "b"]] as const, tagsOf, slow)).join(","));
    await Promise.resolve();
    // A write to plan b is heard while b is being counted.
    clock += 5;
    store.invalidate(["plan:b"], clock);
    release();
    expect(await table).toBe("a,b");
    const again = counted(() => "b2");
    expect(await remember("figures", ["org", "b"], ["plan:b"], again.make)).toBe("b2");
    expect(again.runs).toBe(1);
    // The table was made from b's stale count too, so it carries plan:b and is not kept either.
    expect(store.recall('table:["org"]')).toBeUndefined();
    // Made again after the write, it carries both plans' tags.
    clock += 5;
    const tableAgain = () => remember("table", ["org"], ["org:o"], async () => (await rememberEach("figures", [["org", "a"], ["org", "b"]] as const, tagsOf, async (m) => m.map(([, p]) => p))).join(","));
    await tableAgain();
    expect(store.recall('table:["org"]')?.tags.sort()).toEqual(["org:o", "plan:a", "plan:b"]);
  });
});

describe("deepFreeze and sizeOf", () => {
  it("freezes nested data, leaves dates usable, and sizes strings and data", () => {
    const at = new Date(0);
    const value = deepFreeze({ list: [{ at }], map: new Map([["u", { n: 1 }]]), bytes: new Uint8Array([1, 2]) });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list)).toBe(true);
    expect(value.bytes[1]).toBe(2);
    expect(Object.isFrozen(value.map.get("u"))).toBe(true);
    expect(value.list[0]!.at.getTime()).toBe(0);
    expect(sizeOf("abc")).toBe(6);
    expect(sizeOf(null)).toBe(8);
  });

  it("sizes data by what it holds, maps and sets included, and a value that holds itself as too large to keep", () => {
    const text = "x".repeat(1000);
    expect(sizeOf({ a: text })).toBeGreaterThan(2000);
    expect(sizeOf({ a: text, b: text })).toBeGreaterThan(4000);
    expect(sizeOf([text, text, text])).toBeGreaterThan(6000);
    expect(sizeOf(new Map([["k", text]]))).toBeGreaterThan(2000);
    expect(sizeOf(new Set([text]))).toBeGreaterThan(2000);
    expect(sizeOf({ rows: [{ at: new Date(0), bytes: new Uint8Array(4096) }] })).toBeGreaterThan(4096);
    expect(sizeOf({ a: 1 })).toBeLessThan(sizeOf({ a: 1, b: 2 }));
    // The same object twice is counted twice (as the entry's JSON would be), which is not a cycle.
    const shared = { text };
    expect(sizeOf({ x: shared, y: shared })).toBeGreaterThan(4000);
    const loop: Record<string, unknown> = { text };
    loop.self = loop;
    expect(sizeOf(loop)).toBe(Number.MAX_SAFE_INTEGER);
    const deep = new Map<string, unknown>();
    deep.set("inner", [deep]);
    expect(sizeOf(deep)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
