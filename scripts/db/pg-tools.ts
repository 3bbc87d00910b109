// PostgreSQL's own client tools (pg_dump, pg_restore) for backups: where to
// find them, whether they are new enough for the server, and how to hand them
// a connection without putting the password on a command line.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type PgTool = "pg_dump" | "pg_restore";
export type FoundTool = { tool: PgTool; path: string; major: number; version: string };

const DEBIAN_DIR = "/usr/lib/postgresql";

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "";
    parsed.searchParams.delete("password");
    return parsed.toString();
  } catch {
    return "(URL không hợp lệ)";
  }
}

// libpq refuses parameters it does not know (Prisma's ?schema=, node-pg's
// sslmode=no-verify), so only these are handed on.
const LIBPQ_PARAMS = new Set(["sslmode", "sslcert", "sslkey", "sslrootcert", "sslcrl", "application_name", "connect_timeout", "options", "target_session_attrs", "channel_binding"]);

/** A connection string for pg_dump/pg_restore, and the environment carrying the password. */
export function libpqConnection(url: string): { conninfo: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : parsed.searchParams.get("password");
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) parsed.searchParams.delete(key);
  if (parsed.searchParams.get("sslmode") === "no-verify") parsed.searchParams.set("sslmode", "require");
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PGPASSWORD;
  if (password) env.PGPASSWORD = password;
  return { conninfo: parsed.toString(), env };
}

/** The server's major version (15, 16, 17 …). */
export async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect().catch((error: Error) => {
    throw new Error(`Không kết nối được cơ sở dữ liệu ${redactUrl(url)}: ${error.message}`);
  });
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Candidate paths, best first: PG_BIN_DIR, Debian's folder for the server's major, the newest Debian folder, PATH. */
function candidates(tool: PgTool, serverMajor: number): string[] {
  const configured = process.env.PG_BIN_DIR;
  if (configured) return [path.join(configured, tool)];
  const debian = existsSync(DEBIAN_DIR)
    ? readdirSync(DEBIAN_DIR)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return [
    path.join(DEBIAN_DIR, String(serverMajor), "bin", tool),
    ...debian.map((major) => path.join(DEBIAN_DIR, major, "bin", tool)),
    ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, tool)),
  ];
}

function versionOf(file: string): { version: string; major: number } {
  // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
  const output = execFileSync(file, ["--version"], { encoding: "utf8", timeout: 10_000 }).trim();
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) throw new Error(`Không đọc được phiên bản của ${file}: "${output}"`);
  return { version: output, major: Number(match[1]) };
}

/**
 * Finds pg_dump or pg_restore for a server of the given major version. A
 * pg_dump older than the server cannot dump it, so that is refused up front
 * with what to install.
 */
export function findPgTool(tool: PgTool, serverMajor: number): FoundTool {
  const found = candidates(tool, serverMajor).find(executable);
  if (!found) {
    const where = process.env.PG_BIN_DIR ? `PG_BIN_DIR=${process.env.PG_BIN_DIR} không có ${tool}` : `Không tìm thấy ${tool}`;
    throw new Error(
      `${where}. Cài công cụ của PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql-client), ` +
        `hoặc đặt PG_BIN_DIR tới thư mục chứa ${tool} (phiên bản ${serverMajor} trở lên).`,
    );
  }
  const { version, major } = versionOf(found);
  if (major < serverMajor) {
    throw new Error(
      `${tool} ở ${found} là PostgreSQL ${major}, cũ hơn máy chủ (PostgreSQL ${serverMajor}); ${tool} phải cùng hoặc mới hơn bản chính của máy chủ. ` +
        `Cài gói postgresql-client-${serverMajor} (kho apt.postgresql.org), hoặc đặt PG_BIN_DIR tới thư mục bin của PostgreSQL ${serverMajor} trở lên.`,
    );
  }
  return { tool, path: found, major, version };
}
