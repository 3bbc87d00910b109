// Runs once when the server process starts. NEXT_RUNTIME is read here, as
// Next.js documents it: the bundler replaces it, so the edge bundle leaves out
// the reminder job (and Prisma with it).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { remindersEnabled } = await import("@/lib/env");
    if (!remindersEnabled()) return;
    const { startReminderSchedule } = await import("@/lib/activities/reminder-schedule");
    startReminderSchedule();
  }
}
