// The SMTP connection, built with nodemailer from SMTP_URL (lib/env.ts).
// nodemailer handles what a hand-written client would get wrong: STARTTLS,
// authentication, encoding Vietnamese subjects (RFC 2047) and bodies.
import nodemailer from "nodemailer";
import { mailFrom, smtpUrl } from "@/lib/env";

export type OutgoingMail = { to: string; subject: string; text: string };
export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

/** A transport for one SMTP URL, with timeouts shorter than a claim (lib/mail/worker.ts). */
export function smtpTransport(url: string, from = mailFrom()): MailTransport {
  const transporter = nodemailer.createTransport(url, { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, textEncoding: "base64" });
    },
  };
}

let cached: { url: string; transport: MailTransport } | undefined;

/** The configured transport, or null in demo mode (no SMTP_URL: mail stays in the outbox). */
export function configuredTransport(): MailTransport | null {
  const url = smtpUrl();
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: smtpTransport(url) };
  return cached.transport;
}
