import { inject } from "vitest";

// lib/db.ts reads these on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789";
process.env.KEHOACH_LOG_LEVEL ??= "error";
