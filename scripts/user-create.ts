// npm run user:create : makes the first ADMIN (and the organisation, when the
// database has none) on a real server. Asks for what the flags do not give:
//   npm run user:create -- --username admin --name "Nguyễn Văn A" [--role ADMIN]
//     [--org-name "Sở Khoa học và Công nghệ tỉnh Lạng Sơn" --org-parent "UBND TỈNH LẠNG SƠN"
//      --org-code SKHCN --org-place "Lạng Sơn"]   password: prompt, or KEHOACH_PASSWORD
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import { passwordSchema, usernameSchema } from "@/lib/users/schemas";
import { ROLES } from "@/lib/auth/roles";
import { applyMigrations } from "./db/migrate";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "ADMIN" },
    "org-name": { type: "string" },
    "org-parent": { type: "string" },
    "org-header": { type: "string" },
    "org-code": { type: "string" },
    "org-place": { type: "string" },
  },
});

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Chưa đặt DATABASE_URL (chuỗi kết nối PostgreSQL).");
  process.exit(2);
}

const rl = createInterface({ input: process.stdin, output: process.stdout });
async function ask(label: string, given?: string): Promise<string> {
  if (given) return given;
  const answer = (await rl.question(`${label}: `)).trim();
  if (!answer) {
    console.error(`${label} là bắt buộc.`);
    process.exit(2);
  }
  return answer;
}

await applyMigrations(url);
const prisma = createPrismaClient(url, { poolSize: 2 });
try {
  let organization = await prisma.organization.findFirst({ orderBy: { createdAt: "asc" } });
  if (!organization) {
    console.log("Cơ sở dữ liệu chưa có tổ chức nào; tạo tổ chức đầu tiên.");
    const name = await ask("Tên cơ quan (vd. Sở Khoa học và Công nghệ tỉnh Lạng Sơn)", values["org-name"]);
    organization = await prisma.organization.create({
      data: {
        name,
        parentName: await ask("Cơ quan chủ quản (vd. UBND TỈNH LẠNG SƠN)", values["org-parent"]),
        headerName: values["org-header"] ?? "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        code: await ask("Chữ viết tắt trong số văn bản (vd. SKHCN)", values["org-code"]),
        place: await ask("Địa danh (vd. Lạng Sơn)", values["org-place"]),
      },
    });
  }
  const username = usernameSchema.parse(await ask("Tên đăng nhập", values.username));
  const displayName = await ask("Họ và tên", values.name);
  const role = ROLES.find((r) => r === values.role);
  if (!role) throw new Error(`Vai trò phải là một trong: ${ROLES.join(", ")}`);
  const password = passwordSchema.parse(process.env.KEHOACH_PASSWORD ?? (await ask("Mật khẩu (ít nhất 8 ký tự)")));
  if (await prisma.user.findUnique({ where: { username } })) throw new Error(`Tên đăng nhập "${username}" đã có.`);
  const user = await prisma.user.create({
    data: { organizationId: organization.id, username, displayName, role, passwordHash: await hashPassword(password) },
  });
  await prisma.auditLog.create({
    data: { organizationId: organization.id, action: "create", entityType: "User", entityId: user.id, after: { username, role } },
  });
  console.log(`Đã tạo tài khoản ${username} (${role}) cho ${organization.name}.`);
} catch (error) {
  const message = error instanceof Error && "issues" in error ? (error as { issues: { message: string }[] }).issues.map((i) => i.message).join(" ") : (error as Error).message;
  console.error(message);
  process.exitCode = 1;
} finally {
  rl.close();
  await prisma.$disconnect();
}
