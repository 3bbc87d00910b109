// The Prisma client test seeding writes with (tests/integration/support/factories.ts).
// It is the process's one client, the same lib/db.ts serves to the code under
// test, without importing lib/db.ts: that module is marked server-only, which
// the integration tests alias away but Playwright's runner cannot, and the e2e
// tests seed through the same factories (tests/e2e/support/seed.ts).
import { createPrismaClient, processClient } from "@/lib/db-client";

export const db = processClient(() => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the integration setup or tests/e2e/support/seed.ts sets it before seeding.");
  return createPrismaClient(url, { poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
});
