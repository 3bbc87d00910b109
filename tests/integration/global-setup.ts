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

export default async function setup(project: TestProject) {
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
