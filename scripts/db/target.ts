// Which database `npm run db:backup` / `db:restore` work on: DATABASE_URL, or
// the embedded demo server under .data that `npm start` uses. A server that
// is already running there is reused (its port from postmaster.pid), never
// stopped; one started here is stopped again by close().
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedUrl, runningEmbeddedServer, startEmbeddedPostgres } from "./embedded";
import { withDatabaseName } from "./prepare";
import { redactUrl } from "./pg-tools";

// As in scripts/start.ts (without --e2e).
const ROOT = path.resolve(import.meta.dirname, "../..");
export const DEMO_DATABASE = "kehoach";
const DEMO_PORT = 54329;
const demoDataDir = () => path.resolve(ROOT, process.env.KEHOACH_DATA_DIR ?? ".data");

export type Target = { url: string; label: string; close: () => Promise<void> };
type Log = (line: string) => void;

export function checkDatabaseName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`Tên cơ sở dữ liệu "${name}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới (tối đa 63 ký tự).`);
  }
  return name;
}

async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres"), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const databaseExists = (url: string, name: string) =>
  onServer(url, async (client) => ((await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount ?? 0) > 0);

async function createDatabaseIfMissing(url: string, name: string, log: Log) {
  if (await databaseExists(url, name)) return;
  await onServer(url, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  log(`Đã tạo cơ sở dữ liệu ${name}.`);
}

/** The embedded demo server: the running one, else started here (only on an existing data folder unless `create`). */
async function demoServer(log: Log, create: boolean): Promise<{ url: (database: string) => string; stop: () => Promise<void> }> {
  const dataDir = demoDataDir();
  const pgDir = path.join(dataDir, "pg");
  const running = runningEmbeddedServer(pgDir);
  if (running) {
    if (!running.port) throw new Error(`PostgreSQL nhúng (pid ${running.pid}) đang chạy trên ${pgDir} nhưng chưa ghi cổng; thử lại sau giây lát.`);
    const port = running.port;
    await onServer(embeddedUrl(port, "postgres"), async () => {}).catch((error: Error) => {
      throw new Error(`PostgreSQL nhúng (pid ${running.pid}) đang chạy trên ${pgDir} nhưng không kết nối được ở cổng ${port}: ${error.message}`);
    });
    log(`Dùng PostgreSQL nhúng đang chạy (pid ${running.pid}, cổng ${port}).`);
    return { url: (database) => embeddedUrl(port, database), stop: async () => {} };
  }
  if (!create && !existsSync(path.join(pgDir, "PG_VERSION"))) {
    throw new Error(`Chưa có dữ liệu demo ở ${pgDir}: chạy npm start một lần, hoặc đặt DATABASE_URL để làm việc với máy chủ PostgreSQL thật.`);
  }
  log(`Khởi động PostgreSQL nhúng trên ${pgDir}…`);
  const db = await startEmbeddedPostgres({ dataDir: pgDir, port: DEMO_PORT, logFile: path.join(dataDir, "postgres.log"), log });
  return { url: db.url, stop: db.stop };
}

/** The database to back up: DATABASE_URL, else the demo database. */
export async function backupSource(log: Log): Promise<Target> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, label: redactUrl(external), close: async () => {} };
  const server = await demoServer(log, false);
  const url = server.url(DEMO_DATABASE);
  try {
    if (!(await databaseExists(url, DEMO_DATABASE))) {
      throw new Error(`PostgreSQL nhúng chưa có cơ sở dữ liệu ${DEMO_DATABASE}: chạy npm start một lần để tạo dữ liệu demo.`);
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, label: `${DEMO_DATABASE} (PostgreSQL nhúng)`, close: server.stop };
}

/** Where to restore: DATABASE_URL (or another database on its server), else a database on the embedded server; created when missing. */
export async function restoreTarget(database: string | undefined, log: Log): Promise<Target> {
  const name = database === undefined ? undefined : checkDatabaseName(database);
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = name ? withDatabaseName(external, name) : external;
    if (name) await createDatabaseIfMissing(external, name, log);
    return { url, label: redactUrl(url), close: async () => {} };
  }
  const server = await demoServer(log, true);
  const target = name ?? DEMO_DATABASE;
  try {
    await createDatabaseIfMissing(server.url("postgres"), target, log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url(target), label: `${target} (PostgreSQL nhúng)`, close: server.stop };
}
