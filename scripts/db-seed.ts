// npm run db:seed -- --demo : loads the demo data into DATABASE_URL (only into an empty database).
import { createPrismaClient } from "@/lib/db-client";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "@/prisma/seed/demo";
import { applyMigrations } from "./db/migrate";

if (!process.argv.includes("--demo")) {
  console.error("Cách dùng: npm run db:seed -- --demo   (nạp dữ liệu mẫu vào cơ sở dữ liệu trống trong DATABASE_URL)");
  process.exit(2);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Chưa đặt DATABASE_URL. (Không có DATABASE_URL, `npm start` tự nạp dữ liệu mẫu vào PostgreSQL nhúng.)");
  process.exit(2);
}
await applyMigrations(url, { log: console.log });
const prisma = createPrismaClient(url, { poolSize: 2 });
const result = await seedDemo(prisma);
await prisma.$disconnect();
if (!result.seeded) {
  console.error(result.reason);
  process.exit(1);
}
console.log(`Đã nạp dữ liệu mẫu. Tài khoản (mật khẩu ${DEMO_PASSWORD}): ${DEMO_LOGINS.map((l) => l.username).join(", ")}`);
