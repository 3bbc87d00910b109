// Step 2: the production build behind bench/server.ts, on the bench database.
import { spawn } from "node:child_process";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { APP_NODE_FLAGS } from "@/scripts/app-node-flags";
import { waitFor } from "../lib/http";

export type BenchServer = { base: string; stop: () => Promise<void> };

export async function startServer(options: { root: string; port: number; databaseUrl: string; log: (line: string) => void; nodeArgs?: string[] }): Promise<BenchServer> {
  const base = `http://127.0.0.1:${options.port}`;
  await buildIfNeeded(options.log);
  const server = spawn(process.execPath, [...APP_NODE_FLAGS, ...(options.nodeArgs ?? []), "--import", "tsx", "bench/server.ts"], {
    cwd: options.root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: "10",
      AUTH_SECRET: "bench-secret-0123456789abcdef",
      NEXTAUTH_URL: base,
      PORT: String(options.port),
      KEHOACH_REMINDERS: "0",
      KEHOACH_API_RATE_LIMIT: "100000000",
      KEHOACH_LOG_LEVEL: "warn",
      NODE_ENV: "production",
    },
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  };
  try {
    await waitFor(`${base}/login`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
