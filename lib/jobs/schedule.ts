import "server-only";
// The background jobs of an app instance, started once per server process
// (instrumentation.ts). Each instance ticks every minute; lib/jobs/lease.ts
// makes sure each job runs on one instance per period.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "@/lib/db";
import { logError, logInfo } from "@/lib/log";
import { runReminders } from "@/lib/activities/reminders";
import { pruneLoginAttempts } from "@/lib/auth/throttle";
import { pruneRateLimitWindows } from "@/lib/api/rate-limit";
import { runDueJobs, type Job } from "@/lib/jobs/lease";
import { jobTickMs } from "@/lib/env";

/** Due-soon and overdue reminders (lib/activities/reminders.ts). */
export const REMINDERS_JOB: Job = { name: "reminders", everyMs: 30 * 60_000, run: (db) => runReminders(db) };

/** Forgets old sign-in attempts and ended rate-limit windows. */
export const CLEANUP_JOB: Job = {
  name: "cleanup",
  everyMs: 10 * 60_000,
  run: async (db) => (await pruneLoginAttempts(db)) + (await pruneRateLimitWindows(db)),
};

const INSTANCE = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export function startJobs(options: { reminders: boolean }) {
  const jobs = options.reminders ? [REMINDERS_JOB, CLEANUP_JOB] : [CLEANUP_JOB];
  const tickMs = jobTickMs();
  const tick = async () => {
    for (const outcome of await runDueJobs(db, jobs, INSTANCE)) {
      if ("error" in outcome) logError(`${outcome.job} failed`, outcome.error, { instance: INSTANCE });
      else if (outcome.result) logInfo(outcome.job === "reminders" ? "reminders sent" : `${outcome.job} done`, { count: outcome.result, instance: INSTANCE });
    }
  };
  setTimeout(tick, Math.min(15_000, tickMs)).unref();
  setInterval(tick, tickMs).unref();
}
