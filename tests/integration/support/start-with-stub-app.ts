// `npm start` (scripts/start.ts: embedded PostgreSQL in KEHOACH_DATA_DIR,
// migrations, demo data once) with the stub app instead of Next.js and short
// restart pauses: what the supervision test drives. STUB_APP=die gives an app
// that exits at once every time.
import { spawn } from "node:child_process";
import path from "node:path";
import { main } from "@/scripts/start";

const stub = path.join(import.meta.dirname, "stub-app.mjs");
void main(
  { spawn: (env) => spawn(process.execPath, [stub, process.env.STUB_APP ?? "serve"], { env, stdio: ["ignore", "inherit", "inherit"] }) },
  { backoffMs: 200, maxBackoffMs: 2_000, maxRestarts: 3, stableMs: 10_000 },
);
