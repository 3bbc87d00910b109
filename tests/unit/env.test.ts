// The environment is read in lib/env.ts only, parsed with zod; the optional
// settings follow a change at once and fall back to their default when unusable.
import { afterEach, describe, expect, it } from "vitest";
import { apiRateLimit, logLevel, publicBaseUrl, remindersEnabled } from "@/lib/env";
import { describeHits, scan, scanSource } from "@/tests/support/source-scan";

const saved = { ...process.env };
afterEach(() => {
  for (const key of ["KEHOACH_API_RATE_LIMIT", "NEXTAUTH_URL", "KEHOACH_LOG_LEVEL", "KEHOACH_REMINDERS", "DATABASE_URL"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("settings", () => {
  it("reads the API rate limit when used, 600 by default or when unusable", () => {
    delete process.env.KEHOACH_API_RATE_LIMIT;
    expect(apiRateLimit()).toBe(600);
    process.env.KEHOACH_API_RATE_LIMIT = "3";
    expect(apiRateLimit()).toBe(3);
    process.env.KEHOACH_API_RATE_LIMIT = "nhiều";
    expect(apiRateLimit()).toBe(600);
    process.env.KEHOACH_API_RATE_LIMIT = "0";
    expect(apiRateLimit()).toBe(600);
  });

  it("gives the public address without its trailing slash, and only an http(s) one", () => {
    process.env.NEXTAUTH_URL = "https://kehoach.skhcn.langson.gov.vn/";
    expect(publicBaseUrl()).toBe("https://kehoach.skhcn.langson.gov.vn");
    process.env.NEXTAUTH_URL = "ftp://kehoach";
    expect(publicBaseUrl()).toBeUndefined();
    delete process.env.NEXTAUTH_URL;
    expect(publicBaseUrl()).toBeUndefined();
  });

  it("logs from info by default", () => {
    process.env.KEHOACH_LOG_LEVEL = "warn";
    expect(logLevel()).toBe("warn");
    process.env.KEHOACH_LOG_LEVEL = "verbose";
    expect(logLevel()).toBe("info");
  });

  it("runs reminders where there is a database, unless turned off", () => {
    delete process.env.DATABASE_URL;
    expect(remindersEnabled()).toBe(false);
    process.env.DATABASE_URL = "postgresql://localhost/kehoach";
    delete process.env.KEHOACH_REMINDERS;
    expect(remindersEnabled()).toBe(true);
    process.env.KEHOACH_REMINDERS = "0";
    expect(remindersEnabled()).toBe(false);
  });
});

// NEXT_RUNTIME is Next.js's own, replaced at build time (instrumentation.ts reads it as Next.js documents).
const ENV_READ = /process\.env(?!\.NEXT_RUNTIME\b)/;

describe("process.env in the app", () => {
  it("is read only in lib/env.ts", () => {
    const hits = scanSource(ENV_READ, (file) => file === "lib/env.ts");
    expect(hits, `Read it through lib/env.ts:\n${describeHits(hits)}`).toEqual([]);
  });

  it("the scan finds a read, and not NEXT_RUNTIME", () => {
    expect(scan(`const base = process.env.NEXTAUTH_URL ?? origin;`, ENV_READ)).toHaveLength(1);
    expect(scan(`if (process.env.NEXT_RUNTIME === "nodejs") {`, ENV_READ)).toHaveLength(0);
  });
});
