import "server-only";
import { db } from "@/lib/db";
import { logError, logInfo } from "@/lib/log";
import { runReminders } from "@/lib/activities/reminders";

const EVERY_MS = 30 * 60 * 1000;

/** Started once per server process (instrumentation.ts): shortly after start, then every 30 minutes. */
export function startReminderSchedule() {
  const run = async () => {
    try {
      const sent = await runReminders(db);
      if (sent) logInfo("reminders sent", { count: sent });
    } catch (error) {
      logError("reminders failed", error);
    }
  };
  setTimeout(run, 15_000).unref();
  setInterval(run, EVERY_MS).unref();
}
