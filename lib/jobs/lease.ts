// Background jobs on several app instances: every instance ticks, but a job
// runs only on the instance that moves its ScheduledJob row forward, in one
// statement. Two instances ticking at the same moment cannot both win: the
// second waits for the first's row lock and then finds the job not due.
import type { Db } from "@/lib/db-client";

export type Job = {
  name: string;
  /** At most one run per this many milliseconds, across all instances. */
  everyMs: number;
  run: (db: Db) => Promise<number>;
};

/** True when this instance may run the job now (and the run is recorded as started). */
export async function claimJobRun(db: Db, name: string, everyMs: number, instance: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ runs: number }[]>`
    INSERT INTO "ScheduledJob" AS j (name, "lastStartedAt", "lastInstance", runs)
    VALUES (${name}, now() AT TIME ZONE 'UTC', ${instance}, 1)
    ON CONFLICT (name) DO UPDATE SET "lastStartedAt" = EXCLUDED."lastStartedAt", "lastInstance" = EXCLUDED."lastInstance", runs = j.runs + 1
    WHERE j."lastStartedAt" <= EXCLUDED."lastStartedAt" - make_interval(secs => ${everyMs / 1000})
    RETURNING runs`;
  return rows.length > 0;
}

export type JobOutcome = { job: string; result: number } | { job: string; error: unknown };

/** One tick: runs each due job this instance wins; the others are left to whoever won them. */
export async function runDueJobs(db: Db, jobs: Job[], instance: string): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    try {
      if (await claimJobRun(db, job.name, job.everyMs, instance)) outcomes.push({ job: job.name, result: await job.run(db) });
    } catch (error) {
      // A failed run waits for the next period; the other jobs still run.
      outcomes.push({ job: job.name, error });
    }
  }
  return outcomes;
}
