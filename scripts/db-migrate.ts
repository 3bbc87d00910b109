// npm run db:migrate : applies the committed migrations to DATABASE_URL.
import { applyMigrations } from "./db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Chưa đặt DATABASE_URL.");
  process.exit(2);
}
const applied = await applyMigrations(url, { log: console.log });
console.log(applied.length ? `Đã áp dụng ${applied.length} migration.` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
