// The per-process memory of the bell's unread counts (lib/notifications/unread-cache.ts):
// a count is read at most once a second, forgotten at once when this process
// changes it, never remembered when its read failed, and bounded in size.
import { describe, expect, it } from "vitest";
import { createUnreadCounts } from "@/lib/notifications/unread-cache";
import { SESSION_USER_TTL_MS } from "@/lib/auth/session-cache";

function setup(maxEntries?: number) {
  const clock = { now: 1_000_000 };
  const counts = createUnreadCounts({ now: () => clock.now, maxEntries });
  const reads: string[] = [];
  const value = new Map<string, number>();
  const read = (userId: string) => counts.get(userId, async () => (reads.push(userId), value.get(userId) ?? 0));
  return { clock, counts, reads, value, read };
}

describe("unread counts", () => {
  it("reads a user's count once within a second (concurrent callers share the read), again after", async () => {
    const { clock, reads, value, read } = setup();
    value.set("a", 2);
    expect(await Promise.all([read("a"), read("a")])).toEqual([2, 2]);
    value.set("a", 3);
    clock.now += SESSION_USER_TTL_MS - 1;
    expect(await read("a")).toBe(2);
    clock.now += 1;
    expect(await read("a")).toBe(3);
    expect(reads).toEqual(["a", "a"]);
  });

  it("forgets the users whose notifications changed, and only them", async () => {
    const { counts, reads, value, read } = setup();
    await read("a");
    await read("b");
    value.set("a", 1);
    value.set("b", 1);
    counts.forget(["a"]);
    expect(await read("a")).toBe(1);
    expect(await read("b")).toBe(0);
    expect(reads).toEqual(["a", "b", "a"]);
  });

  it("a failed read is not remembered", async () => {
    const { counts } = setup();
    await expect(counts.get("a", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(counts.size()).toBe(0);
    expect(await counts.get("a", async () => 4)).toBe(4);
  });

  it("holds at most maxEntries, dropping expired ones, then the oldest", async () => {
    const { clock, counts, read } = setup(2);
    await read("a");
    clock.now += SESSION_USER_TTL_MS;
    await read("b");
    await read("c");
    expect(counts.size()).toBe(2);
    await read("d");
    expect(counts.size()).toBe(2);
  });
});
