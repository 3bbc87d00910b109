// Backups with PostgreSQL's own tools: pg_dump's custom format, restored by
// pg_restore into an empty database only, in one transaction.
import { spawn } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { wallClockInVietnam } from "@/lib/dates";
import { withClient } from "./client";
import { readMigrations } from "./migrate";
import { findPgTool, libpqConnection, serverMajorVersion, type FoundTool } from "./pg-tools";

// Named by the department's clock (Asia/Ho_Chi_Minh): kehoach-2026-11-22T0530.dump
export function backupFileName(now = new Date()): string {
  const t = wallClockInVietnam(now);
  return `kehoach-${t.year}-${t.month}-${t.day}T${t.hour}${t.minute}.dump`;
}

/**
 * Where a backup goes: `out` ending in .dump is the file itself; anything else
 * is a folder (made when missing) that gets a dated file, never overwriting one.
 */
export function backupPath(out: string, now = new Date()): string {
  const target = path.resolve(out);
  const isDirectory = existsSync(target) && statSync(target).isDirectory();
  if (!isDirectory && target.endsWith(".dump")) {
    mkdirSync(path.dirname(target), { recursive: true });
    return target;
  }
  mkdirSync(target, { recursive: true, mode: 0o700 });
  const name = backupFileName(now);
  let file = path.join(target, name);
  for (let i = 2; existsSync(file); i++) file = path.join(target, name.replace(/\.dump$/, `-${i}.dump`));
  return file;
}

export type BackupResult = { file: string; bytes: number; milliseconds: number; tool: FoundTool };
export type MigrationCheck = { missing: string[]; unknown: string[]; changed: string[] };
export type RestoreResult = { milliseconds: number; tool: FoundTool; migrations: MigrationCheck };

function run(tool: FoundTool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) return resolve();
      const password = env.PGPASSWORD;
      const detail = (password ? stderr.replaceAll(password, "***") : stderr).trim();
      reject(new Error(`${tool.tool} dừng với ${signal ?? `mã ${code}`}${detail ? `:\n${detail}` : ""}`));
    });
  });
}

/**
 * Dumps the database to `file` (custom format, without owners and grants, so
 * it restores under any role). Written beside the file first and renamed at
 * the end: a failed run never leaves half a backup or spoils an older one.
 * `snapshot` (from pg_export_snapshot()) dumps exactly what an open
 * transaction sees.
 */
export async function backupDatabase(url: string, file: string, options: { snapshot?: string } = {}): Promise<BackupResult> {
  const started = performance.now();
  const tool = findPgTool("pg_dump", await serverMajorVersion(url));
  const { conninfo, env } = libpqConnection(url);
  const partial = `${file}.partial`;
  const args = ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${conninfo}`];
  if (options.snapshot) args.push(`--snapshot=${options.snapshot}`);
  try {
    await run(tool, args, env);
    // The dump holds password hashes and token hashes: readable by its owner only.
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size, milliseconds: performance.now() - started, tool };
}

/** Why a database is not empty, or null: a restore only goes into an empty one. */
export async function nonEmptyReason(url: string): Promise<string | null> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    );
    if (tables.some((t) => t.name === "_prisma_migrations")) return "đã có bảng _prisma_migrations";
    const withRows: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM public.${client.escapeIdentifier(name)}) AS found`);
      if (rows[0]!.found) withRows.push(name);
    }
    return withRows.length ? `bảng ${withRows.join(", ")} có dữ liệu` : null;
  });
}

/** Checks that a file is a pg_dump custom-format archive ("PGDMP" header). */
export function assertDumpFile(file: string) {
  if (!existsSync(file)) throw new Error(`Không tìm thấy tệp sao lưu: ${file}`);
  if (!statSync(file).isFile()) throw new Error(`${file} không phải là một tệp.`);
  const header = Buffer.alloc(5);
  const fd = openSync(file, "r");
  try {
    readSync(fd, header, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString("latin1") !== "PGDMP") {
    throw new Error(`${file} không phải bản sao lưu định dạng custom của pg_dump (tạo bằng npm run db:backup).`);
  }
}

/** Compares the restored `_prisma_migrations` with prisma/migrations. */
export async function checkMigrations(url: string): Promise<MigrationCheck> {
  const rows = await withClient(url, async (client) => {
    const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'`);
    if (!exists.rowCount) return [];
    const result = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return result.rows;
  });
  const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const code = readMigrations();
  const known = new Set(code.map((m) => m.name));
  return {
    missing: code.filter((m) => !applied.has(m.name)).map((m) => m.name),
    unknown: [...applied.keys()].filter((name) => !known.has(name)).sort(),
    changed: code.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum).map((m) => m.name),
  };
}

/**
 * Restores a pg_dump custom-format file into an empty database, all or
 * nothing (one transaction, stop at the first error).
 */
export async function restoreDatabase(url: string, file: string): Promise<RestoreResult> {
  const started = performance.now();
  assertDumpFile(file);
  const tool = findPgTool("pg_restore", await serverMajorVersion(url));
  const reason = await nonEmptyReason(url);
  if (reason) {
    throw new Error(
      `Cơ sở dữ liệu đích không trống (${reason}). Chỉ khôi phục vào một cơ sở dữ liệu trống: tạo cơ sở dữ liệu mới, hoặc xoá hẳn cơ sở dữ liệu cũ rồi tạo lại.`,
    );
  }
  const { conninfo, env } = libpqConnection(url);
  await run(tool, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${conninfo}`, file], env);
  return { milliseconds: performance.now() - started, tool, migrations: await checkMigrations(url) };
}
