// Runs once when the server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL && process.env.KEHOACH_REMINDERS !== "0") {
    const { startReminderSchedule } = await import("@/lib/activities/reminder-schedule");
    startReminderSchedule();
  }
}
