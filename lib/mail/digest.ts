// The daily digest: at 07:00 Vietnam time, one message per user who chose it,
// with the notifications of the 24 hours before. The key digest:<user>:<day>
// makes a second run (another instance, a restart) add nothing.
import type { Db } from "@/lib/db-client";
import { mailBaseUrl } from "@/lib/env";
import { todayInVietnam, wallClockInVietnam, type CalendarDate } from "@/lib/dates";
import { composeDigestMail, type MailNotification } from "@/lib/mail/compose";

export const DIGEST_HOUR = 7;
const MAX_ITEMS = 200;

/** 07:00 of this day in Vietnam (UTC+7 all year: Vietnam has no summer time). */
export function digestTime(day: CalendarDate): Date {
  return new Date(`${day}T${String(DIGEST_HOUR).padStart(2, "0")}:00:00+07:00`);
}

/** Queues today's digests once it is 07:00 in Vietnam; returns how many were queued. */
export async function queueDailyDigests(db: Db, now = new Date()): Promise<number> {
  if (Number(wallClockInVietnam(now).hour) < DIGEST_HOUR) return 0;
  const day = todayInVietnam(now);
  const end = digestTime(day);
  const start = new Date(end.getTime() - 24 * 60 * 60_000);
  const notifications = await db.notification.findMany({
    where: { createdAt: { gte: start, lt: end }, user: { active: true, mailPreference: "DIGEST", email: { not: null } } },
    orderBy: { createdAt: "asc" },
    select: { organizationId: true, userId: true, title: true, body: true, link: true, createdAt: true, user: { select: { email: true } } },
  });
  const byUser = new Map<string, { organizationId: string; email: string; items: MailNotification[] }>();
  for (const n of notifications) {
    const entry = byUser.get(n.userId) ?? { organizationId: n.organizationId, email: n.user.email!, items: [] };
    if (entry.items.length < MAX_ITEMS) entry.items.push(n);
    byUser.set(n.userId, entry);
  }
  if (!byUser.size) return 0;
  const baseUrl = mailBaseUrl();
  const result = await db.mailMessage.createMany({
    data: [...byUser].map(([userId, entry]) => ({
      organizationId: entry.organizationId,
      userId,
      toAddress: entry.email,
      kind: "digest",
      dedupeKey: `digest:${userId}:${day}`,
      ...composeDigestMail(day, entry.items, baseUrl),
    })),
    skipDuplicates: true,
  });
  return result.count;
}
