// When proxy.ts may answer a page with 503: what lib/db-health.ts has learnt,
// and the probes it runs (none while the database answers).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FRESH_MS, PROBE_TIMEOUT_MS, RECHECK_MS, databaseHealth, databaseIsDown, noteDatabaseAnswered, noteDatabaseUnavailable, registerDatabaseProbe, resetDatabaseHealth } from "@/lib/db-health";
import { databaseUnavailablePage, databaseUnavailableResponse } from "@/lib/db-unavailable-page";
import { DB_UNAVAILABLE_MESSAGE } from "@/lib/db-unavailable";
import { isSameOrigin } from "@/lib/security/origin";

const refused = () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));

describe("database health for the proxy", () => {
  let answers: () => Promise<unknown>;
  const probe = vi.fn(() => answers());

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2027-05-18T08:00:00Z") });
    resetDatabaseHealth();
    answers = () => Promise.resolve([{ "?column?": 1 }]);
    probe.mockClear();
    registerDatabaseProbe(probe);
  });
  afterEach(() => vi.useRealTimers());

  it("asks nothing while statements keep succeeding", async () => {
    noteDatabaseAnswered();
    const probes = databaseHealth().probes;
    for (let i = 0; i < 50; i++) {
      expect(await databaseIsDown()).toBe(false);
      vi.advanceTimersByTime(100);
      noteDatabaseAnswered();
    }
    expect(probe).not.toHaveBeenCalled();
    expect(databaseHealth().probes).toBe(probes);
  });

  it("asks once after the process has been idle, and once for concurrent requests", async () => {
    noteDatabaseAnswered();
    vi.advanceTimersByTime(FRESH_MS + 1);
    expect(await Promise.all([databaseIsDown(), databaseIsDown(), databaseIsDown()])).toEqual([false, false, false]);
    expect(probe).toHaveBeenCalledTimes(1);
    answers = refused;
    vi.advanceTimersByTime(FRESH_MS + 1);
    expect(await databaseIsDown()).toBe(true);
    expect(databaseHealth().downSince).not.toBeNull();
  });

  it("says down at once after a failure, probes at most once per second while down, and comes back", async () => {
    answers = refused;
    noteDatabaseAnswered();
    noteDatabaseUnavailable();
    expect(await databaseIsDown()).toBe(true); // no probe made yet: one now
    expect(probe).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) expect(await databaseIsDown()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RECHECK_MS);
    expect(await databaseIsDown()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
    answers = () => Promise.resolve([]);
    vi.advanceTimersByTime(RECHECK_MS);
    expect(await databaseIsDown()).toBe(false);
    expect(databaseHealth().downSince).toBeNull();
    expect(await databaseIsDown()).toBe(false);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it("counts a probe that hangs as down", async () => {
    answers = () => new Promise(() => {});
    const pending = databaseIsDown();
    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
    expect(await pending).toBe(true);
  });
});

describe("the page proxy.ts answers while the database is down", () => {
  it("is a 503 with Retry-After, the app's words and a way to try again", async () => {
    const response = databaseUnavailableResponse("/plans?year=2027&q=<b>");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("10");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain(`<h1>${DB_UNAVAILABLE_MESSAGE}</h1>`);
    expect(html).toContain('<a class="retry" href="/plans?year=2027&#38;q=&#60;b&#62;">Thử lại</a>');
    expect(html).not.toMatch(/<script/i);
    expect(databaseUnavailablePage("/\"><script>")).not.toContain("<script>");
  });
});

describe("same origin, as Next.js decides it for server actions", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it("accepts our own host (or the first forwarded host) and refuses others", () => {
    expect(isSameOrigin(headers({ host: "kehoach.vn", origin: "https://kehoach.vn" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "kehoach.vn, proxy.local", origin: "https://kehoach.vn" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "kehoach.vn", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "kehoach.vn", origin: "https://kehoach.vn.evil.example" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "kehoach.vn", origin: "null" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "kehoach.vn", origin: "not a url" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://kehoach.vn" }))).toBe(false);
  });
  it("without Origin, refuses only what the browser marks cross-site", () => {
    expect(isSameOrigin(headers({ host: "kehoach.vn" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "kehoach.vn", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "kehoach.vn", "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});
