// `npm start` keeps the app up: scripts/start.ts (its real code: embedded
// PostgreSQL, migrations, demo data, supervision) runs with a stub in place
// of Next.js. Killing the app gets it restarted and logged while PostgreSQL
// keeps running; SIGTERM and Ctrl-C still stop everything; an app that dies
// at once every time is given up on with one clear message.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withClient } from "@/scripts/db/client";
import { embeddedUrl, freePort, processAlive as alive, runningEmbeddedServer } from "@/scripts/db/embedded";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATA_DIR = ".data/supervision";
const DRIVER = path.join(import.meta.dirname, "support/start-with-stub-app.ts");

type Run = { child: ChildProcess; lines: string[]; port: number; exited: Promise<number | null> };
const runs: Run[] = [];

async function startKehoach(options: { stub?: "serve" | "die"; ownGroup?: boolean } = {}): Promise<Run> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), KEHOACH_DATA_DIR: DATA_DIR, STUB_APP: options.stub ?? "serve" };
  delete env.DATABASE_URL; // the embedded server, as on a fresh machine
  const child = spawn(process.execPath, ["--import", "tsx", DRIVER], { cwd: ROOT, env, detached: options.ownGroup, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (data: Buffer) => lines.push(...data.toString().split("\n").filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const run = { child, lines, port, exited };
  runs.push(run);
  return run;
}

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const line = (run: Run, pattern: RegExp) => until(`a line matching ${pattern}\n${run.lines.join("\n")}`, () => run.lines.find((l) => pattern.test(l)));

/** The pid of the app answering on the run's port. */
const appPid = (run: Run) => fetch(`http://127.0.0.1:${run.port}/`).then(async (response) => Number(await response.text()));

function database() {
  const server = runningEmbeddedServer(path.join(ROOT, DATA_DIR, "pg"));
  expect(server, "PostgreSQL runs on the data folder").not.toBeNull();
  return { pid: server!.pid, selectOne: () => withClient(embeddedUrl(server!.port!, "kehoach"), async (c) => (await c.query("select count(*)::int as n from \"User\"")).rows[0].n as number) };
}

afterEach(async () => {
  for (const run of runs.splice(0)) {
    if (run.child.exitCode === null) run.child.kill("SIGKILL");
  }
});

describe("npm start", () => {
  it("restarts the app after SIGKILL, logs it, leaves PostgreSQL running, and SIGTERM stops everything", async () => {
    const run = await startKehoach();
    await line(run, /Kehoach đã sẵn sàng/);
    const first = await appPid(run);
    const db = database();
    const users = await db.selectOne();
    expect(users).toBeGreaterThan(0);

    process.kill(first, "SIGKILL");
    await line(run, new RegExp(`Máy chủ ứng dụng \\(pid ${first}\\) đã dừng \\(tín hiệu SIGKILL\\) sau [\\d.]+ giây; khởi động lại sau 0,2 giây \\(lần 1/3\\)\\.`));
    await line(run, /Đã khởi động lại máy chủ ứng dụng \(pid \d+\)\./);
    const second = await until("the restarted app", () => appPid(run).then((pid) => (pid !== first ? pid : undefined)).catch(() => undefined));
    expect(alive(first)).toBe(false);
    expect(database().pid, "the same PostgreSQL server").toBe(db.pid);
    expect(await db.selectOne()).toBe(users);

    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect([alive(second), alive(db.pid)]).toEqual([false, false]);
  }, 180_000);

  it("stops everything on Ctrl-C (SIGINT to the whole process group) without reporting a crash", async () => {
    const run = await startKehoach({ ownGroup: true });
    await line(run, /Kehoach đã sẵn sàng/);
    const app = await appPid(run);
    const db = database();

    process.kill(-run.child.pid!, "SIGINT");
    expect(await run.exited).toBe(0);
    expect([alive(app), alive(db.pid)]).toEqual([false, false]);
    expect(run.lines.filter((l) => /khởi động lại/.test(l))).toEqual([]);
  }, 180_000);

  it("gives up on an app that dies at once every time, with one clear message, and stops PostgreSQL", async () => {
    const run = await startKehoach({ stub: "die" });
    expect(await run.exited).toBe(1);
    const restarts = run.lines.filter((l) => /khởi động lại sau/.test(l));
    expect(restarts.map((l) => /sau ([\d,]+) giây \(lần (\d)\/3\)/.exec(l)?.slice(1))).toEqual([
      ["0,2", "1"],
      ["0,4", "2"],
      ["0,8", "3"],
    ]);
    expect(run.lines).toContain(
      "[kehoach] Máy chủ ứng dụng dừng 4 lần liên tiếp ngay sau khi khởi động (lần cuối: mã 3); ngừng khởi động lại. Xem lỗi in ở trên, sửa rồi chạy lại npm start.",
    );
    expect(run.lines.filter((l) => /^\s+at /.test(l)), "no stack trace").toEqual([]);
    expect(runningEmbeddedServer(path.join(ROOT, DATA_DIR, "pg"))).toBeNull();
  }, 180_000);
});
