// The demo sign-ins: shown on the login page and printed by `npm start`, in demo mode only.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "demo1234";

export const DEMO_LOGINS: { username: string; role: Role; description: string }[] = [
  { username: "admin", role: "ADMIN", description: "Quản trị hệ thống, Sở KH&CN Lạng Sơn" },
  { username: "lanhdao", role: "LEADER", description: "Lãnh đạo Sở KH&CN Lạng Sơn" },
  { username: "vanthu", role: "VAN_THU", description: "Văn thư Sở: sổ đăng ký, ban hành kế hoạch" },
  { username: "vanphong", role: "STAFF", description: "Văn phòng Sở" },
  { username: "qlcn", role: "STAFF", description: "Phòng Quản lý công nghệ và đổi mới sáng tạo" },
  { username: "qlkh", role: "STAFF", description: "Phòng Quản lý khoa học" },
  { username: "trungtam", role: "STAFF", description: "Trung tâm Ứng dụng, phát triển KH-CN và ĐLCLSP" },
  { username: "chicuc", role: "STAFF", description: "Chi cục Tiêu chuẩn Đo lường Chất lượng" },
  { username: "xem", role: "VIEWER", description: "Người xem, Sở KH&CN Lạng Sơn" },
  { username: "caobang", role: "LEADER", description: "Lãnh đạo Sở KH&CN Cao Bằng (tổ chức thứ hai)" },
];

