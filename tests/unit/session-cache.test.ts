// The per-process memory of session users (lib/auth/session-cache.ts): a
// user is remembered for at most a second, forgotten at once when this
// process signs them out, and never remembered when refused.
import { describe, expect, it } from "vitest";
import { createSessionUserCache, SESSION_USER_TTL_MS } from "@/lib/auth/session-cache";
import type { SessionUser } from "@/lib/auth/user";

const user = (id: string): SessionUser => ({ id, username: id, displayName: id, role: "STAFF", organizationId: "org", organizationName: "Sở", unitId: null, unitName: null });
const key = (userId: string, sessionId = `s-${userId}`, sessionVersion = 0) => ({ userId, sessionId, sessionVersion });

/** A cache on a clock the test moves, and a loader that counts its reads. */
function setup(options: { maxEntries?: number } = {}) {
  const clock = { now: 1_000_000 };
  const cache = createSessionUserCache({ now: () => clock.now, ...options });
  const reads: string[] = [];
  const answers = new Map<string, SessionUser | null>();
  const read = (k: ReturnType<typeof key>) => cache.get(k, async () => {
    reads.push(k.sessionId);
    return answers.has(k.userId) ? answers.get(k.userId)! : user(k.userId);
  });
  return { clock, cache, reads, answers, read };
}

describe("session user cache", () => {
  it("reads a session's user once within a second, again once a second has passed", async () => {
    const { clock, reads, read } = setup();
    expect(SESSION_USER_TTL_MS).toBeLessThanOrEqual(1_000);
    expect(await read(key("a"))).toMatchObject({ id: "a" });
    clock.now += SESSION_USER_TTL_MS - 1;
    expect(await read(key("a"))).toMatchObject({ id: "a" });
    expect(reads).toEqual(["s-a"]);
    clock.now += 1;
    await read(key("a"));
    expect(reads).toEqual(["s-a", "s-a"]);
  });

  it("a user deactivated elsewhere is refused once the second has passed", async () => {
    const { clock, answers, read } = setup();
    expect(await read(key("a"))).not.toBeNull();
    answers.set("a", null); // another instance locked the account
    clock.now += SESSION_USER_TTL_MS;
    expect(await read(key("a"))).toBeNull();
  });

  it("concurrent requests of one session share one read", async () => {
    const { reads, read } = setup();
    const users = await Promise.all([read(key("a")), read(key("a")), read(key("a"))]);
    expect(users.map((u) => u?.id)).toEqual(["a", "a", "a"]);
    expect(reads).toHaveLength(1);
  });

  it("a refused session is not remembered: the next request asks again", async () => {
    const { reads, answers, read, cache } = setup();
    answers.set("a", null);
    expect(await read(key("a"))).toBeNull();
    expect(await read(key("a"))).toBeNull();
    expect(reads).toHaveLength(2);
    expect(cache.size()).toBe(0);
  });

  it("a failed read is not remembered", async () => {
    const { cache } = setup();
    await expect(cache.get(key("a"), () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(cache.size()).toBe(0);
    expect(await cache.get(key("a"), async () => user("a"))).toMatchObject({ id: "a" });
  });

  it("a new session version (password changed, signed out everywhere) is a new key: the old entry never answers for it", async () => {
    const { reads, read } = setup();
    await read(key("a", "s1", 0));
    await read(key("a", "s1", 1));
    expect(reads).toEqual(["s1", "s1"]);
  });

  it("forgetUser drops every session of that user at once, and only theirs", async () => {
    const { cache, reads, read } = setup();
    await read(key("a", "s1"));
    await read(key("a", "s2"));
    await read(key("b", "s3"));
    cache.forgetUser("a");
    await read(key("a", "s1"));
    await read(key("a", "s2"));
    await read(key("b", "s3"));
    expect(reads).toEqual(["s1", "s2", "s3", "s1", "s2"]);
  });

  it("forgetSession drops that session at once, not the user's others", async () => {
    const { cache, reads, read } = setup();
    await read(key("a", "s1"));
    await read(key("a", "s2"));
    cache.forgetSession("s1");
    await read(key("a", "s1"));
    await read(key("a", "s2"));
    expect(reads).toEqual(["s1", "s2", "s1"]);
  });

  it("two caches (two instances) are independent: forgetting on one leaves the other to expire by itself", async () => {
    const first = setup();
    const second = setup();
    await first.read(key("a"));
    await second.read(key("a"));
    first.answers.set("a", null);
    second.answers.set("a", null);
    first.cache.forgetUser("a");
    expect(await first.read(key("a"))).toBeNull();
    expect(await second.read(key("a"))).not.toBeNull();
    second.clock.now += SESSION_USER_TTL_MS;
    expect(await second.read(key("a"))).toBeNull();
  });

  it("holds at most maxEntries, dropping expired entries and then the oldest", async () => {
    const { cache, clock, reads, read } = setup({ maxEntries: 3 });
    await read(key("a"));
    await read(key("b"));
    clock.now += SESSION_USER_TTL_MS; // a and b have expired
    await read(key("c"));
    await read(key("d"));
    expect(cache.size()).toBeLessThanOrEqual(3);
    await read(key("e"));
    await read(key("f")); // full of live entries: c, the oldest, goes
    expect(cache.size()).toBe(3);
    reads.length = 0;
    await read(key("f"));
    await read(key("c"));
    expect(reads).toEqual(["s-c"]);
  });
});
