// How the e2e server tells the e2e tests which database it serves from.
// `npm start -- --e2e` (what Playwright's webServer runs) makes a fresh
// database on the embedded server, or on DATABASE_URL's server when set, and
// writes its URL here; tests/e2e/support/seed.ts reads it to seed the data a
// test changes. The file sits in the e2e data folder (git-ignored), readable
// by its owner only, and is removed when the server stops.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The e2e server's data folder: KEHOACH_DATA_DIR when set (as for `npm start`), else .data/e2e. */
export function e2eDataDir(): string {
  return path.resolve(ROOT, process.env.KEHOACH_DATA_DIR ?? ".data/e2e");
}

const fileIn = (dataDir: string) => path.join(dataDir, "database-url");

export function writeDatabaseUrl(dataDir: string, url: string) {
  writeFileSync(fileIn(dataDir), `${url}\n`, { mode: 0o600 });
}

export function removeDatabaseUrl(dataDir: string) {
  rmSync(fileIn(dataDir), { force: true });
}

export function readDatabaseUrl(dataDir: string): string {
  const file = fileIn(dataDir);
  if (!existsSync(file)) {
    throw new Error(`${file} does not exist: the e2e server (node --import tsx scripts/start.ts --e2e, started by Playwright) writes it once its database is ready.`);
  }
  return readFileSync(file, "utf8").trim();
}
