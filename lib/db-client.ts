// Builds a Prisma client on node-postgres. Prisma 7 has no engine binary: it
// talks to PostgreSQL through this driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}) {
  const adapter = new PrismaPg({
    connectionString,
    max: options.poolSize ?? 10,
    // Fail fast when the database is unreachable instead of hanging a request.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}
