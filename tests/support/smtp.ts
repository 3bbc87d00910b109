// A real SMTP server inside the test process (npm smtp-server), which parses
// what arrives with mailparser. `refuse` makes it answer the next message to
// an address with an SMTP error, as a server that is down or full would.
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; raw: string };

export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const refusals: { to: string; code: number }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const rcpt = session.envelope.rcptTo.map((r) => r.address);
        const index = refusals.findIndex((r) => rcpt.includes(r.to));
        if (index >= 0) {
          const { code } = refusals.splice(index, 1)[0]!;
          const error = Object.assign(new Error(code >= 500 ? "Hộp thư không tồn tại" : "Máy chủ bận, thử lại sau"), { responseCode: code });
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = await simpleParser(raw);
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The next message to this address is answered with this SMTP code (451: try later, 550: refused). */
    refuse(code: number, to: string) {
      refusals.push({ to, code });
    },
    to: (address: string) => received.filter((mail) => mail.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
