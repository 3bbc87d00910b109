// Builds a Prisma client on node-postgres. Prisma 7 has no engine binary: it
// talks to PostgreSQL through this driver adapter.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { noteQuery } from "@/lib/db-metrics";
import { logWarn } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { noteDatabaseAnswered, noteDatabaseUnavailable } from "@/lib/db-health";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}) {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    // Fail fast when the database is unreachable instead of hanging a request.
    connectionTimeoutMillis: 5_000,
  });
  // Every statement passes here, so work can be measured in queries
  // (lib/db-metrics.ts), and one that succeeds says the database answers (lib/db-health.ts).
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      noteQuery();
      // pool.query() (Prisma's single statements) passes a callback; transactions await the promise.
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => {
          if (!error) noteDatabaseAnswered();
          return callback(error, result);
        };
        return query(...args);
      }
      const result = query(...args);
      if (result instanceof Promise) result.then(() => noteDatabaseAnswered(), () => undefined);
      return result;
    };
  });
  // An idle connection dropped by the server (restart, failover) is logged and
  // replaced: the pool opens new connections on demand, so the app recovers
  // by itself when the database is back. Pages meanwhile get a 503.
  const onPoolError = (error: Error) => {
    if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
    logWarn("database connection lost", { error: error.message });
  };
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true, onPoolError }) });
}

const shared = globalThis as unknown as { kehoachDb?: Db };

/**
 * The process's one Prisma client, behind a stand-in that connects on first
 * use (so `next build` needs no database) and looks the client up on every
 * call. The client is kept on globalThis: hot reloads keep it, a test may swap
 * it (tests/integration/fault.test.ts), and code that must not import
 * lib/db.ts (marked server-only, so Playwright's runner cannot load it: the
 * test factories) shares the same pool through tests/support/db.ts.
 */
export function processClient(connect: () => Db): Db {
  const current = () => (shared.kehoachDb ??= connect());
  return new Proxy({} as Db, {
    get(_target, property) {
      const client = current();
      const value = Reflect.get(client, property);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}
