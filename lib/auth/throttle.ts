// Slows password guessing without locking anyone out.
//
// Failures are counted per (username, source), per address and per username,
// over the last day. After a number of free failures each further attempt
// must wait, the wait doubling with every failure up to a cap; nothing is
// ever locked for good, and a refused attempt is not counted.
//
// The source is the browser's device cookie when this user has signed in
// with it before, else the address. A known-good device, or an address the
// user signed in from recently, is judged only on its own failures: someone
// guessing the user's password elsewhere, or many usernames from elsewhere,
// does not slow the real user down.
//
// Each attempt is written as a failure before its password is checked (under
// advisory locks on the username and address) and turned into a success
// after, so guesses sent in parallel are counted like guesses in a row.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";

type Rule = { free: number };

export const THROTTLE = {
  /** Failures older than this are forgotten (and deleted by the clean-up job). */
  failureWindowHours: 24,
  /** A success this recent makes the address or device known-good for the user. */
  knownGoodDays: 30,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  /** One username from one address or device: a user mistyping, or a targeted guesser. */
  perSource: { free: 5 } satisfies Rule,
  /** One address, any usernames: password spraying. Not applied to a known-good source. */
  perAddress: { free: 20 } satisfies Rule,
  /** One username, any addresses: guessing spread over many addresses. Not applied to a known-good source. */
  perUsername: { free: 10 } satisfies Rule,
};

/**
 * Seconds still to wait after `failures` failures, the last at `lastFailureAt`:
 * none for the first `free` ones, then the base delay doubling with each
 * further failure, capped.
 */
export function waitSeconds(failures: number, lastFailureAt: Date | null, free: number, now: Date): number {
  if (failures < free || !lastFailureAt) return 0;
  const delay = Math.min(THROTTLE.baseDelaySeconds * 2 ** Math.min(failures - free, 30), THROTTLE.maxDelaySeconds);
  const remainingMs = lastFailureAt.getTime() + delay * 1000 - now.getTime();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

/** The device cookie is stored only as a hash. */
export function deviceHash(cookieValue: string): string {
  return createHash("sha256").update(cookieValue).digest("base64url");
}

export type AttemptSource = { username: string; address: string; device: string | null };

type Facts = {
  pairFailures: number;
  pairLast: Date | null;
  deviceFailures: number;
  deviceLast: Date | null;
  userFailures: number;
  userLast: Date | null;
  knownAddress: boolean;
  knownDevice: boolean;
  addressFailures: number;
  addressLast: Date | null;
};

/** The wait for this source, from the counts (pure: the rules in one place). */
export function decideWait(facts: Facts, now: Date): number {
  if (facts.knownDevice) return waitSeconds(facts.deviceFailures, facts.deviceLast, THROTTLE.perSource.free, now);
  const own = waitSeconds(facts.pairFailures, facts.pairLast, THROTTLE.perSource.free, now);
  if (facts.knownAddress) return own;
  return Math.max(
    own,
    waitSeconds(facts.addressFailures, facts.addressLast, THROTTLE.perAddress.free, now),
    waitSeconds(facts.userFailures, facts.userLast, THROTTLE.perUsername.free, now),
  );
}

async function readFacts(tx: Prisma.TransactionClient, source: AttemptSource, now: Date): Promise<Facts> {
  const since = new Date(now.getTime() - THROTTLE.failureWindowHours * 3_600_000);
  const goodSince = new Date(now.getTime() - THROTTLE.knownGoodDays * 86_400_000);
  const { username, address, device } = source;
  // Two single-row aggregates, one over the username's rows, one over the address's failures.
  const [facts] = await tx.$queryRaw<Facts[]>`
    SELECT * FROM (
      SELECT
        count(*) FILTER (WHERE NOT success AND "createdAt" > ${since} AND address = ${address})::int AS "pairFailures",
        max("createdAt") FILTER (WHERE NOT success AND "createdAt" > ${since} AND address = ${address}) AS "pairLast",
        count(*) FILTER (WHERE NOT success AND "createdAt" > ${since} AND device = ${device})::int AS "deviceFailures",
        max("createdAt") FILTER (WHERE NOT success AND "createdAt" > ${since} AND device = ${device}) AS "deviceLast",
        count(*) FILTER (WHERE NOT success AND "createdAt" > ${since})::int AS "userFailures",
        max("createdAt") FILTER (WHERE NOT success AND "createdAt" > ${since}) AS "userLast",
        coalesce(bool_or(success AND address = ${address}), false) AS "knownAddress",
        coalesce(bool_or(success AND device = ${device}), false) AS "knownDevice"
      FROM "LoginAttempt" WHERE username = ${username} AND "createdAt" > ${goodSince}
    ) u, (
      SELECT count(*)::int AS "addressFailures", max("createdAt") AS "addressLast"
      FROM "LoginAttempt" WHERE address = ${address} AND NOT success AND "createdAt" > ${since}
    ) a`;
  return facts!;
}

export type Reservation = { attemptId: string; reservedAt: Date } | { waitSeconds: number };

/**
 * Either the attempt may go ahead (it is recorded as a failure until
 * attemptSucceeded), or the seconds it must wait.
 */
export async function reserveAttempt(db: Db, source: AttemptSource, now = new Date()): Promise<Reservation> {
  return db.$transaction(async (tx) => {
    // One attempt at a time per username and per address (in a fixed order, so two never wait on each other).
    const [first, second] = [`login:u:${source.username}`, `login:a:${source.address}`].sort();
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${first}, 0)), pg_advisory_xact_lock(hashtextextended(${second}, 0))`;
    const wait = decideWait(await readFacts(tx, source, now), now);
    if (wait > 0) return { waitSeconds: wait };
    const attempt = await tx.loginAttempt.create({
      data: { username: source.username, address: source.address, device: source.device, success: false, createdAt: now },
      select: { id: true },
    });
    return { attemptId: attempt.id, reservedAt: now };
    // Generous limits, as for API writes: two sign-ins of one user (two tabs, two people on one account) queue on the lock.
  }, { maxWait: 10_000, timeout: 15_000 });
}

/**
 * The password was right: the attempt counts as a success, and this source's
 * failures from before it are forgiven. Attempts reserved after it may still
 * be in flight (a second tab signing in) and are left alone; one reserved
 * before it and still checking its password is indistinguishable from a
 * failure and may have been forgiven (deleted) by a quicker success, so its
 * own success is then written anew rather than lost.
 */
export async function attemptSucceeded(db: Db, reservation: { attemptId: string; reservedAt: Date }, source: AttemptSource) {
  const own: Prisma.LoginAttemptWhereInput[] = [{ address: source.address }];
  if (source.device) own.push({ device: source.device });
  await db.$transaction(async (tx) => {
    const { count } = await tx.loginAttempt.updateMany({ where: { id: reservation.attemptId }, data: { success: true } });
    if (count === 0) {
      await tx.loginAttempt.create({
        data: { username: source.username, address: source.address, device: source.device, success: true, createdAt: reservation.reservedAt },
      });
    }
    await tx.loginAttempt.deleteMany({
      where: { username: source.username, success: false, id: { not: reservation.attemptId }, createdAt: { lt: reservation.reservedAt }, OR: own },
    });
  });
}

/** Forgets failures past the window and successes too old to make a source known-good. */
export async function pruneLoginAttempts(db: Db, now = new Date()) {
  const failuresBefore = new Date(now.getTime() - THROTTLE.failureWindowHours * 3_600_000);
  const successesBefore = new Date(now.getTime() - THROTTLE.knownGoodDays * 86_400_000);
  const { count } = await db.loginAttempt.deleteMany({
    where: { OR: [{ success: false, createdAt: { lt: failuresBefore } }, { createdAt: { lt: successesBefore } }] },
  });
  return count;
}
