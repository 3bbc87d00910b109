// Checks that the database at the given URL (or DATABASE_URL) matches
// prisma/schema.prisma exactly. Exit 0: no drift; exit 1: prints the SQL that
// would bring the database to the schema. Run with --experimental-wasm-modules.
import { diffDatabaseToSchema, lastEnginePanic } from "./db/schema-engine";

const url = process.argv[2] ?? process.env.DATABASE_URL;
if (!url) {
  console.error("Cách dùng: npm run db:drift -- <postgresql://…>   (hoặc đặt DATABASE_URL)");
  process.exit(2);
}
try {
  const sql = await diffDatabaseToSchema(url);
  if (sql) {
    console.log("Cơ sở dữ liệu KHÁC schema.prisma. Cần thay đổi:\n" + sql);
    process.exit(1);
  }
  console.log("Không có sai lệch: cơ sở dữ liệu khớp schema.prisma.");
} catch (error) {
  console.error(lastEnginePanic() || (error as Error).message);
  process.exit(2);
}
