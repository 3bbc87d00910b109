// The app's HTTP server: Next.js (production, or development with --dev)
// behind a thin Node server that alone sees the TCP socket. It decides each
// request's client address from the socket and the proxies the operator
// trusts (KEHOACH_TRUSTED_PROXIES), and gives it to the app in an internal
// header it always overwrites (lib/security/client-address.ts). `next start`
// cannot do this: it trusts any X-Forwarded-For a client sends. It also runs
// the page checks of lib/security/front-door.ts (nonce policy, sign-in
// redirect, 503 while the database is down, cross-site writes) on the socket,
// which spares every page Next.js's proxy machinery (proxy.ts stays for a bare
// `next start`).
// Started by scripts/start.ts; PORT sets the port.
import http from "node:http";
import path from "node:path";
import { markClientAddressServer, stampClientAddress, trustedProxies } from "@/lib/security/client-address";
import { frontDoor } from "@/lib/security/front-door-node";

const dev = process.argv.includes("--dev");
// As the next CLI does, before Next.js and React are loaded (they pick their builds by it).
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || (dev ? "development" : "production") });
const { default: next } = await import("next");
const port = Number(process.env.PORT ?? 3000);
const trust = trustedProxies(process.env.KEHOACH_TRUSTED_PROXIES);

const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
markClientAddressServer();

const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  frontDoor(req, res)
    .then((answered) => (answered ? undefined : handle(req, res)))
    .catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
});
server.listen(port, () => console.log(`[kehoach] Máy chủ ${dev ? "phát triển" : "sản xuất"} lắng nghe cổng ${port}`));

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  server.close();
  server.closeIdleConnections();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 8_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
