// A one-minute window per caller (token user or address) that starts with the
// caller's first request, counted in PostgreSQL so that every app instance
// counts against the same limit: one statement per request adds the request
// to the caller's window (or opens a new one) and reads the count back.
// Ended windows are deleted by the clean-up job (lib/jobs/schedule.ts).
import type { Db } from "@/lib/db-client";
import { apiRateLimit } from "@/lib/env";

export function rateLimitPerMinute(): number {
  return apiRateLimit();
}

/** Seconds to wait, or 0 when the request may go ahead. */
export async function takeRequest(db: Db, key: string, limit = rateLimitPerMinute()): Promise<number> {
  // The database's clock decides, so instances whose clocks drift still agree.
  const [window] = await db.$queryRaw<{ count: number; resetSeconds: number }[]>`
    INSERT INTO "RateLimitWindow" AS w (key, "windowStart", count)
    VALUES (${key}, now() AT TIME ZONE 'UTC', 1)
    ON CONFLICT (key) DO UPDATE SET
      "windowStart" = CASE WHEN w."windowStart" <= EXCLUDED."windowStart" - interval '1 minute' THEN EXCLUDED."windowStart" ELSE w."windowStart" END,
      count = CASE WHEN w."windowStart" <= EXCLUDED."windowStart" - interval '1 minute' THEN 1 ELSE w.count + 1 END
    RETURNING w.count, ceil(extract(epoch FROM (w."windowStart" + interval '1 minute' - (now() AT TIME ZONE 'UTC'))))::int AS "resetSeconds"`;
  return window && window.count > limit ? Math.max(1, window.resetSeconds) : 0;
}

/** Deletes windows that have ended. */
export async function pruneRateLimitWindows(db: Db): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" <= (now() AT TIME ZONE 'UTC') - interval '1 minute'`;
}
