// Query counting must follow the code that asked for the statement, also when
// pg's pool makes a statement wait for a connection that other work releases,
// and count a transaction's statements once each: the "same number of queries
// at 1× and 10×" checks and the bench's SQL column rest on it.
// (Prisma queries are lazy: the work awaits them inside the count.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { withQueryCount } from "@/lib/db-metrics";

let client: Db;

beforeAll(() => {
  // One connection, so a second statement must wait for the first to be released.
  client = createPrismaClient(process.env.DATABASE_URL!, { poolSize: 1 });
});

afterAll(async () => {
  await client.$disconnect();
});

describe("query counting with a busy pool", () => {
  it("counts a statement that waited for a connection released by uncounted work", async () => {
    const outside = client.$queryRaw`SELECT pg_sleep(0.2)::text AS slept`;
    const counted = await withQueryCount(async () => await client.$queryRaw`SELECT 1 AS one`);
    await outside;
    expect(counted.queries).toBe(1);
  });

  it("does not count another caller's statement that waited behind a counted one", async () => {
    const countedWork = withQueryCount(async () => await client.$queryRaw`SELECT pg_sleep(0.2)::text AS slept`);
    // The counted statement now holds the only connection; this one, from outside any count, waits behind it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = client.$queryRaw`SELECT 2 AS two`;
    const counted = await countedWork;
    await outside;
    expect(counted.queries).toBe(1);
  });

  it("counts every statement of a transaction once", async () => {
    const counted = await withQueryCount(async () => await client.$transaction([client.$queryRaw`SELECT 1`, client.$queryRaw`SELECT 2`]));
    // BEGIN, two statements, COMMIT.
    expect(counted.queries).toBe(4);
  });
});
