// npm run db:restore -- <file.dump> [--database <name>] : restores a backup
// into an empty database: DATABASE_URL (or <name> on its server), else <name>
// (default kehoach) on the embedded server. Created when missing.
import path from "node:path";
import { parseArgs } from "node:util";
import { assertDumpFile, restoreDatabase, type MigrationCheck } from "./db/backup";
import { restoreTarget } from "./db/target";
import { formatSeconds } from "./db/format";

const USAGE = "Cách dùng: npm run db:restore -- <tệp.dump> [--database <tên cơ sở dữ liệu>]   (chỉ khôi phục vào cơ sở dữ liệu trống)";
let file = "";
let database: string | undefined;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { database: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new Error(positionals.length ? "Chỉ khôi phục một tệp mỗi lần." : "Thiếu tệp sao lưu.");
  file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  database = values.database;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

function reportMigrations({ missing, unknown, changed }: MigrationCheck) {
  if (missing.length) {
    console.log(
      `Bản sao lưu cũ hơn mã nguồn: còn ${missing.length} migration chưa áp dụng (${missing.join(", ")}). ` +
        "Lần chạy npm start hoặc npm run db:migrate tới sẽ áp dụng phần còn lại.",
    );
  }
  if (unknown.length) {
    console.warn(`Cảnh báo: bản sao lưu mới hơn mã nguồn (có migration mà mã này không có: ${unknown.join(", ")}). Hãy dùng phiên bản ứng dụng mới hơn.`);
  }
  if (changed.length) console.warn(`Cảnh báo: migration đã bị sửa sau khi áp dụng: ${changed.join(", ")}.`);
  if (!missing.length && !unknown.length && !changed.length) console.log("Lược đồ khớp với mã nguồn.");
}

let close = async () => {};
try {
  assertDumpFile(file);
  const target = await restoreTarget(database, (line) => console.log(line));
  close = target.close;
  console.log(`Đang khôi phục ${file} vào ${target.label}…`);
  const result = await restoreDatabase(target.url, file);
  console.log(`Đã khôi phục (${formatSeconds(result.milliseconds)}; ${path.basename(result.tool.path)} ${result.tool.major}).`);
  reportMigrations(result.migrations);
  await close();
} catch (error) {
  console.error(`Khôi phục thất bại: ${(error as Error).message}`);
  await close().catch(() => {});
  process.exit(1);
}
