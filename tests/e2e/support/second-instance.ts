// The e2e's second app instance, as a second server behind a load balancer:
// the same build, the same database and the same shared settings as the one
// scripts/start.ts --e2e started (it wrote the database URL and the auth
// secret into the e2e data folder), on E2E_SECOND_PORT. Started by
// playwright.config.ts after the first instance answers.
import { readFileSync } from "node:fs";
import path from "node:path";
import { serverActionsKey } from "../../../scripts/build-if-needed";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const dataDir = path.resolve(ROOT, process.env.KEHOACH_DATA_DIR ?? ".data/e2e");
const read = (name: string) => readFileSync(path.join(dataDir, name), "utf8").trim();

Object.assign(process.env, {
  DATABASE_URL: read("database-url"),
  AUTH_SECRET: read("auth-secret"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey(),
  // One public address for the whole app, whichever instance answers.
  NEXTAUTH_URL: `http://localhost:${process.env.E2E_FIRST_PORT}`,
  KEHOACH_DEMO: "1",
  NEXT_TELEMETRY_DISABLED: "1",
});
await import("../../../scripts/server");
