// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data
// once, a build when the sources changed, then the production server, kept up
// by scripts/supervise.ts (restarted with backoff when it dies; the database
// keeps running). `npm run dev` does the same with `next dev`. Ctrl-C or
// SIGTERM stops app and database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { prepareDatabase, type PreparedDatabase } from "./db/prepare";
import { buildIfNeeded, serverActionsKey } from "./build-if-needed";
import { APP_NODE_FLAGS } from "./app-node-flags";
import { e2eDataDir, removeDatabaseUrl, writeDatabaseUrl } from "./db/url-file";
import { supervise, type SuperviseOptions, type Supervisor } from "./supervise";
import { createPrismaClient } from "@/lib/db-client";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "@/prisma/seed/demo";

const ROOT = path.resolve(import.meta.dirname, "..");
const startedAt = Date.now();
const dev = process.argv.includes("--dev");
// The e2e server: its own data folder and a fresh database each run.
const e2e = process.argv.includes("--e2e");
const port = Number(process.env.PORT ?? (e2e ? 3100 : 3000));
const dataDir = e2e ? e2eDataDir() : path.resolve(ROOT, process.env.KEHOACH_DATA_DIR ?? ".data");
const log = (line: string) => console.log(`[kehoach] ${line}`);

function authSecret(embedded: boolean): string {
  const configured = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (!embedded) {
    console.error("[kehoach] Thiếu AUTH_SECRET (hoặc NEXTAUTH_SECRET). Đặt một chuỗi ngẫu nhiên dài, ví dụ: openssl rand -base64 32");
    process.exit(1);
  }
  // Demo mode: one secret kept with the demo data, so sessions survive restarts.
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** How the app server is started; the supervisor calls spawn again for each restart. */
export type AppLauncher = {
  /** Work before the first start (the production build when the sources changed). */
  prepare?: () => Promise<void>;
  spawn: (env: NodeJS.ProcessEnv) => ChildProcess;
};

/** Next.js behind scripts/server.ts, which stamps each request with the client's address (lib/security/client-address.ts). */
function nextApp(): AppLauncher {
  return {
    prepare: dev ? undefined : async () => void (await buildIfNeeded(log)),
    spawn: (env) =>
      spawn(process.execPath, [...APP_NODE_FLAGS, "--import", "tsx", path.join(ROOT, "scripts/server.ts"), ...(dev ? ["--dev"] : [])], { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] }),
  };
}

export type RestartPolicy = Pick<SuperviseOptions, "maxRestarts" | "backoffMs" | "maxBackoffMs" | "stableMs">;

async function waitUntilServing(url: string, gaveUp: () => boolean) {
  for (let i = 0; i < 600; i++) {
    if (gaveUp()) throw new Error("Máy chủ ứng dụng không khởi động được.");
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("Máy chủ Next.js không phản hồi sau 150 giây.");
}

export async function main(app: AppLauncher, restart: RestartPolicy = {}) {
  mkdirSync(dataDir, { recursive: true });
  let database: PreparedDatabase;
  try {
    database = await prepareDatabase({
      dataDir,
      databaseName: e2e ? "kehoach_e2e" : "kehoach",
      fresh: e2e,
      preferredPort: e2e ? undefined : 54329,
      log,
    });
  } catch (error) {
    // One message that says what to do (scripts/db/embedded.ts writes them), no stack.
    console.error(`[kehoach] ${(error as Error).message}`);
    process.exit(1);
  }
  // The e2e tests seed their own rows into this database (tests/e2e/support/seed.ts),
  // and the e2e's second app instance (tests/e2e/support/second-instance.ts) shares it.
  if (e2e) writeDatabaseUrl(dataDir, database.url);
  let stopping = false;
  let supervisor: Supervisor | undefined;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Đang dừng…");
    await supervisor?.stop();
    if (e2e) removeDatabaseUrl(dataDir);
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const demo = database.embedded || e2e;
    if (demo) {
      const prisma = createPrismaClient(database.url, { poolSize: 2 });
      const result = await seedDemo(prisma);
      await prisma.$disconnect();
      log(result.seeded ? "Đã nạp dữ liệu mẫu (Kế hoạch Ngày KH&CN 2022 của Sở KH&CN Lạng Sơn)." : "Dữ liệu đã có sẵn; giữ nguyên.");
    }
    if (!database.embedded && !process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
      log("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY chưa được đặt: dùng khoá lưu trong .data/server-actions-key. Khi chạy nhiều máy chủ, đặt cùng một khoá cho tất cả (xem README).");
    }
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret(database.embedded),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      KEHOACH_DEMO: demo ? "1" : "0",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    };
    await app.prepare?.();
    supervisor = supervise({
      ...restart,
      spawnApp: () => app.spawn(env),
      log,
      onGiveUp: (message) => {
        console.error(`[kehoach] ${message}`);
        void shutdown(1);
      },
    });
    await waitUntilServing(`http://127.0.0.1:${port}/login`, () => stopping);
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    console.log("");
    log(`Kehoach đã sẵn sàng sau ${seconds} giây: http://localhost:${port}`);
    if (demo) {
      log(`Tài khoản dùng thử (mật khẩu ${DEMO_PASSWORD}):`);
      for (const login of DEMO_LOGINS) log(`  ${login.username.padEnd(9)} ${login.role.padEnd(7)} ${login.description}`);
    }
    log("Nhấn Ctrl-C để dừng ứng dụng và cơ sở dữ liệu.");
  } catch (error) {
    if (stopping) return;
    console.error(`[kehoach] ${(error as Error).message}`);
    await shutdown(1);
  }
}

// Run as the entry (`npm start`); imported, main() is called with another app (the tests).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main(nextApp());
