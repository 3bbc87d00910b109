import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import type { MailStatus, Prisma } from "@/lib/generated/prisma/client";
import { allOf } from "@/lib/auth/filters";
import { smtpUrl } from "@/lib/env";
import { readableOutboxWhere } from "@/lib/mail/access";

export const OUTBOX_SHOWN = 100;

/** The newest messages of the organisation's outbox, with how many are in each state. */
export async function listOutbox(user: SessionUser, status?: MailStatus) {
  const where = readableOutboxWhere(user);
  const [messages, counts] = await Promise.all([
    db.mailMessage.findMany({
      where: status ? allOf<Prisma.MailMessageWhereInput>(where, { status }) : where,
      orderBy: { createdAt: "desc" },
      take: OUTBOX_SHOWN,
      select: { id: true, toAddress: true, subject: true, text: true, kind: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, sentAt: true, createdAt: true },
    }),
    db.mailMessage.groupBy({ by: ["status"], where, _count: { _all: true } }),
  ]);
  const count = (s: MailStatus) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return { messages, counts: { PENDING: count("PENDING"), SENT: count("SENT"), FAILED: count("FAILED") }, sending: Boolean(smtpUrl()) };
}
