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
import { deliverDueMail } from "@/lib/mail/worker";
import { configuredTransport } from "@/lib/mail/transport";
import { queueDailyDigests } from "@/lib/mail/digest";

/** Due-soon and overdue reminders (lib/activities/reminders.ts). */
export const REMINDERS_JOB: Job = { name: "reminders", everyMs: 30 * 60_000, run: (db) => runReminders(db) };

/** Forgets old sign-in attempts and ended rate-limit windows. */
export const CLEANUP_JOB: Job = {
  name: "cleanup",
  everyMs: 10 * 60_000,
  run: async (db) => (await pruneLoginAttempts(db)) + (await pruneRateLimitWindows(db)),
};

/** Sends the outbox over SMTP_URL; without it (demo mode) the mail stays there for an administrator to read. */
export const MAIL_JOB: Job = {
  name: "mail",
  everyMs: 30_000,
  run: async (db) => {
    const transport = configuredTransport();
    return transport ? deliverDueMail(db, transport) : 0;
  },
};

/** Queues the daily digests once it is 07:00 in Vietnam (a second run that day adds nothing). */
export const DIGEST_JOB: Job = { name: "mail-digest", everyMs: 10 * 60_000, run: (db) => queueDailyDigests(db) };

const INSTANCE = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

const JOB_DONE: Record<string, string> = { reminders: "reminders sent", mail: "mail sent", "mail-digest": "digests queued" };

export function startJobs(options: { reminders: boolean }) {
  const jobs = [...(options.reminders ? [REMINDERS_JOB] : []), CLEANUP_JOB, DIGEST_JOB, MAIL_JOB];
  const tickMs = jobTickMs();
  const tick = async () => {
    for (const outcome of await runDueJobs(db, jobs, INSTANCE)) {
      if ("error" in outcome) logError(`${outcome.job} failed`, outcome.error, { instance: INSTANCE });
      else if (outcome.result) logInfo(JOB_DONE[outcome.job] ?? `${outcome.job} done`, { count: outcome.result, instance: INSTANCE });
    }
  };
  setTimeout(tick, Math.min(15_000, tickMs)).unref();
  setInterval(tick, tickMs).unref();
}
