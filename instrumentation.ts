// Runs once when the server process starts. NEXT_RUNTIME is read here, as
// Next.js documents it: the bundler replaces it, so the edge bundle leaves out
// the reminder job (and Prisma with it).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { hasDatabase, remindersEnabled } = await import("@/lib/env");
    if (!hasDatabase()) return;
    const { cacheMegabytes, serverEnv } = await import("@/lib/env");
    const { installCache } = await import("@/lib/cache/instance");
    const { logWarn } = await import("@/lib/log");
    installCache({
      connectionString: serverEnv().DATABASE_URL,
      maxBytes: cacheMegabytes() * 1024 * 1024,
      onError: (error) => logWarn("cache: invalidation connection lost; serving uncached until it is back", { error: error instanceof Error ? error.message : String(error) }),
    });
    const { startJobs } = await import("@/lib/jobs/schedule");
    startJobs({ reminders: remindersEnabled() });
  }
}
