import { DB_UNAVAILABLE_DIGEST } from "@/lib/db-unavailable";
import { noteDatabaseUnavailable } from "@/lib/db-health";

// Telling "the database is unreachable" apart from every other failure, so the
// app can answer 503 (and say so in Vietnamese) instead of 500.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001", // Prisma: can't reach database server
  "P1002",
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
]);

const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|Server has closed the connection/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; kind?: unknown; originalCode?: unknown };
  if (e.name === "PrismaClientInitializationError") return true;
  for (const code of [e.code, e.originalCode]) if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  if (Array.isArray((error as { errors?: unknown }).errors)) {
    if ((error as { errors: unknown[] }).errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  }
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Tags a "database unreachable" error so the error page can say so (see lib/db-unavailable.ts). */
export function markIfDatabaseUnavailable(error: unknown): unknown {
  if (isDatabaseUnavailable(error) && error && typeof error === "object") {
    (error as { digest?: string }).digest = DB_UNAVAILABLE_DIGEST;
    // The next page request gets the 503 from proxy.ts (lib/db-health.ts).
    noteDatabaseUnavailable();
  }
  return error;
}
