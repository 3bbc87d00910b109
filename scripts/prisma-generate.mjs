// Runs `prisma generate` after npm install. Prisma's CLI would try to download its
// native schema engine, which these machines cannot reach; generate does not need it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
if (!existsSync("prisma/schema.prisma")) process.exit(0);
let cli;
try {
  cli = require.resolve("prisma/build/index.js");
} catch {
  console.warn("[kehoach] prisma CLI is not installed; skipping prisma generate");
  process.exit(0);
}
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
