import { inject, vi } from "vitest";
import type * as NextCache from "next/cache";

// lib/db.ts reads these on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789";
process.env.KEHOACH_LOG_LEVEL ??= "error";

// "use cache" is a plain string outside Next.js, so a cached read runs as a
// plain function here; its cacheTag() call, which Next.js allows only inside
// such a function, is a no-op. Invalidation itself is tested through the
// database's triggers and the store (cache-invalidation, dashboard-fragments).
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof NextCache>()), cacheTag: () => undefined }));
