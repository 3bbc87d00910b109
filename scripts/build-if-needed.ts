// Builds the production bundle when there is none or the sources changed since
// the last build (a content hash, so a fresh clone or a git checkout counts).
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { hintStartupChunks } from "./compile-hints";

const ROOT = path.resolve(import.meta.dirname, "..");
const INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "scripts/compile-hints.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "proxy.ts", "instrumentation.ts"];
const STAMP = path.join(ROOT, ".next", "kehoach-source-hash");

function walk(entry: string, files: string[]) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) walk(path.join(entry, child), files);
  } else {
    files.push(entry);
  }
}

const ACTIONS_KEY_FILE = path.join(ROOT, ".data", "server-actions-key");

/**
 * The key Next.js encrypts server actions' bound values with and salts their
 * ids with, at build time and at run time: every instance serving one app
 * must have the same. NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when set (base64 of
 * 16, 24 or 32 bytes, e.g. `openssl rand -base64 32`); otherwise one made once
 * and kept in .data/server-actions-key, so that builds, restarts, the tests
 * and the benchmark on this machine agree. Sets it in process.env for the
 * build and for servers started from this process.
 */
export function serverActionsKey(): string {
  let key = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!key) {
    if (!existsSync(ACTIONS_KEY_FILE)) {
      mkdirSync(path.dirname(ACTIONS_KEY_FILE), { recursive: true });
      writeFileSync(ACTIONS_KEY_FILE, randomBytes(32).toString("base64"), { mode: 0o600 });
    }
    key = readFileSync(ACTIONS_KEY_FILE, "utf8").trim();
  }
  if (![16, 24, 32].includes(Buffer.from(key, "base64").byteLength) || !/^[A-Za-z0-9+/]+={0,2}$/.test(key)) {
    throw new Error("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY phải là 16, 24 hoặc 32 byte mã hoá base64, ví dụ: openssl rand -base64 32");
  }
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = key;
  return key;
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(input, files);
  const hash = createHash("sha256");
  // The key is built in (action ids): another key needs another build.
  hash.update(serverActionsKey());
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(path.join(ROOT, file)));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash();
}

export async function buildIfNeeded(log: (line: string) => void): Promise<boolean> {
  if (buildIsCurrent()) return false;
  const hash = sourceHash();
  log("Đang build ứng dụng (lần đầu hoặc mã nguồn đã thay đổi, khoảng 1 phút)…");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build thất bại (mã ${code})`))));
  });
  // An optimisation: a build manifest it cannot read (a Next.js upgrade) is said, not a reason to stop the app from starting.
  try {
    hintStartupChunks(ROOT);
  } catch (error) {
    log(`Bỏ qua gợi ý biên dịch cho trình duyệt: ${error instanceof Error ? error.message : String(error)}`);
  }
  writeFileSync(STAMP, hash);
  return true;
}
