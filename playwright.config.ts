import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The second app instance (tests/e2e/instances.spec.ts) needs a port of its
// own: E2E_SECOND_PORT, else a free one picked here once; the workers inherit
// it through the environment.
process.env.E2E_SECOND_PORT ??= execFileSync(process.execPath, ["-e", "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"]).toString().trim();
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT);
// What every instance behind one load balancer shares, besides the database and
// the secrets: a rate limit low enough to reach in a test, a pretend proxy
// (tests/e2e/sign-in-throttle.spec.ts) and a short job tick (the reminder test).
const SHARED_ENV = { KEHOACH_API_RATE_LIMIT: "60", KEHOACH_TRUSTED_PROXIES: "127.0.0.30", KEHOACH_JOB_TICK_MS: "500" };
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: [
    // The real app: production build, embedded PostgreSQL with a fresh demo database.
    {
      command: `node --import tsx scripts/start.ts --e2e`,
      url: `http://localhost:${PORT}/login`,
      env: { PORT: String(PORT), ...SHARED_ENV },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
    // A second instance of the same build on the same database, started once the first answers.
    {
      command: `node --import tsx tests/e2e/support/second-instance.ts`,
      url: `http://localhost:${SECOND_PORT}/login`,
      env: { PORT: String(SECOND_PORT), E2E_FIRST_PORT: String(PORT), ...SHARED_ENV },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
