// Brings up the database the app or the tests use: the server in DATABASE_URL
// when set (production), else an embedded PostgreSQL under .data/.
import { withClient } from "./client";
import { startEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrate";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** The same server, another database name. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function recreateDatabase(serverUrl: string, name: string) {
  const safe = name.replace(/[^a-z0-9_]/g, "");
  await withClient(withDatabaseName(serverUrl, "postgres"), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${safe}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${safe}"`);
  });
}

export async function prepareDatabase(options: {
  dataDir: string;
  databaseName: string;
  /** Drop and create the database first (tests). */
  fresh?: boolean;
  preferredPort?: number;
  log?: (line: string) => void;
}): Promise<PreparedDatabase> {
  const log = options.log ?? (() => {});
  const external = process.env.DATABASE_URL;
  let url: string;
  let stop = async () => {};
  if (external) {
    url = options.fresh ? withDatabaseName(external, options.databaseName) : external;
    if (options.fresh) await recreateDatabase(external, options.databaseName);
  } else {
    const db = await startEmbeddedPostgres({
      dataDir: `${options.dataDir}/pg`,
      port: options.preferredPort,
      logFile: `${options.dataDir}/postgres.log`,
      log,
    });
    if (options.fresh) await db.dropDatabase(options.databaseName);
    await db.createDatabase(options.databaseName);
    url = db.url(options.databaseName);
    stop = () => db.stop();
  }
  try {
    await applyMigrations(url, { log });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, embedded: !external, stop };
}
