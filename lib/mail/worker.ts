// Sends what the outbox holds. Any number of workers (app instances) may run
// at once: a claim moves a message's nextAttemptAt past the claim's end in one
// statement that skips rows another worker has locked, so no message is taken
// twice; a worker that dies mid-send leaves its messages to be claimed again
// when the claim ends. Failures wait longer each time (lib/mail/compose.ts).
import type { Db } from "@/lib/db-client";
import { isPermanentFailure, MAX_ATTEMPTS, retryDelayMs } from "@/lib/mail/compose";
import type { MailTransport } from "@/lib/mail/transport";

/** Longer than the transport's timeouts together: a claim never ends while its send is still running. */
export const CLAIM_SECONDS = 10 * 60;
const BATCH = 20;

type Claimed = { id: string; toAddress: string; subject: string; text: string; attempts: number };

export async function claimDueMail(db: Db, limit = BATCH): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "MailMessage" m SET attempts = m.attempts + 1, "nextAttemptAt" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${CLAIM_SECONDS})
    WHERE m.id IN (
      SELECT id FROM "MailMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= now() AT TIME ZONE 'UTC'
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING m.id, m."toAddress", m.subject, m.text, m.attempts`;
}

function describe(error: unknown): string {
  const e = error as { response?: string; message?: string };
  return String(e?.response ?? e?.message ?? error).slice(0, 1000);
}

async function sendOne(db: Db, transport: MailTransport, message: Claimed): Promise<boolean> {
  try {
    await transport.send({ to: message.toAddress, subject: message.subject, text: message.text });
  } catch (error) {
    const giveUp = isPermanentFailure(error) || message.attempts >= MAX_ATTEMPTS;
    await db.$executeRaw`
      UPDATE "MailMessage" SET
        status = ${giveUp ? "FAILED" : "PENDING"}::"MailStatus",
        "lastError" = ${describe(error)},
        "nextAttemptAt" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${retryDelayMs(message.attempts) / 1000})
      WHERE id = ${message.id}::uuid AND attempts = ${message.attempts}`;
    return false;
  }
  await db.mailMessage.updateMany({ where: { id: message.id, attempts: message.attempts }, data: { status: "SENT", sentAt: new Date(), lastError: "" } });
  return true;
}

/** Sends every due message, batch after batch; returns how many were sent. */
export async function deliverDueMail(db: Db, transport: MailTransport, options: { maxBatches?: number } = {}): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch++) {
    const claimed = await claimDueMail(db);
    for (const message of claimed) if (await sendOne(db, transport, message)) sent++;
    if (claimed.length < BATCH) break;
  }
  return sent;
}
