import "server-only";
import { processClient, createPrismaClient, type Db } from "@/lib/db-client";
import { serverEnv } from "@/lib/env";
import { registerDatabaseProbe } from "@/lib/db-health";

// One client per server process (and per hot reload in development), created
// on first use so that `next build` works without a database.
export const db: Db = processClient(() => createPrismaClient(serverEnv().DATABASE_URL, { poolSize: serverEnv().DATABASE_POOL_SIZE }));

// proxy.ts asks this, through lib/db-health.ts, only while the database is
// known to be down or the process has been idle.
registerDatabaseProbe(() => db.$queryRaw`SELECT 1`);
