// npm run db:backup [-- --out <file.dump|folder>] : dumps DATABASE_URL (or the
// embedded demo database) with pg_dump into a dated file under backups/.
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, backupPath } from "./db/backup";
import { backupSource } from "./db/target";
import { formatBytes, formatSeconds } from "./db/format";

const USAGE = "Cách dùng: npm run db:backup [-- --out <tệp.dump | thư mục>]   (mặc định: thư mục backups/)";
let out: string | undefined;
try {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  out = values.out;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

// npm runs scripts from the project folder; a relative --out means the caller's folder.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const log = (line: string) => console.log(line);
let close = async () => {};
try {
  const file = backupPath(out ? path.resolve(callerDir, out) : path.resolve(import.meta.dirname, "../backups"));
  const source = await backupSource(log);
  close = source.close;
  console.log(`Đang sao lưu ${source.label}…`);
  const result = await backupDatabase(source.url, file);
  console.log(`Đã sao lưu vào ${result.file} (${formatBytes(result.bytes)}, ${formatSeconds(result.milliseconds)}; ${path.basename(result.tool.path)} ${result.tool.major}).`);
  await close();
} catch (error) {
  console.error(`Sao lưu thất bại: ${(error as Error).message}`);
  await close().catch(() => {});
  process.exit(1);
}
