// Builds the production bundle when there is none or the sources changed since
// the last build (a content hash, so a fresh clone or a git checkout counts).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const ROOT = path.resolve(import.meta.dirname, "..");
const INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "proxy.ts", "instrumentation.ts"];
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

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(input, files);
  const hash = createHash("sha256");
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
  writeFileSync(STAMP, hash);
  return true;
}
