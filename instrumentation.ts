// Runs once when the server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { startJobs } = await import("@/lib/jobs/schedule");
    startJobs({ reminders: process.env.KEHOACH_REMINDERS !== "0" });
  }
}
