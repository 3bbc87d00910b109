import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { serverEnv } from "@/lib/env";
import { registerDatabaseProbe } from "@/lib/db-health";

// One client per server process (and per hot reload in development).
const globalForDb = globalThis as unknown as { kehoachDb?: Db };

function client(): Db {
  globalForDb.kehoachDb ??= createPrismaClient(serverEnv().DATABASE_URL, { poolSize: serverEnv().DATABASE_POOL_SIZE });
  return globalForDb.kehoachDb;
}

// proxy.ts asks this, through lib/db-health.ts, only while the database is
// known to be down or the process has been idle.
registerDatabaseProbe(() => client().$queryRaw`SELECT 1`);

// Created on first use, so that `next build` works without a database.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
