// Runs once when the server process starts. NEXT_RUNTIME is read here, as
// Next.js documents it: the bundler replaces it, so the edge bundle leaves out
// the reminder job (and Prisma with it).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { hasDatabase, remindersEnabled } = await import("@/lib/env");
    if (!hasDatabase()) return;
    const { startJobs } = await import("@/lib/jobs/schedule");
    startJobs({ reminders: remindersEnabled() });
  }
}
