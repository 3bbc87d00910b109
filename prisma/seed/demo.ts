// Demo data: Sở KH&CN Lạng Sơn with the real 2022 plan and its run history,
// a 2023 conference plan, and a small second organisation (Cao Bằng) so that
// isolation between organisations is visible.
import type { Db, Tx } from "@/lib/db-client";
import type { Role, UnitKind } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { createPlanFromSpec } from "./plan-spec";
import { langSon2022Plan, type LangSonUnits } from "./lang-son-2022";
import { freezeIssuedPlans } from "@/lib/plans/service/issued-copy";
import { langSon2023Plan } from "./lang-son-2023";
import { caoBangPlan } from "./cao-bang";
import { reorganisation2026Plan, seedReorganisation2025 } from "./lang-son-2025-reorg";
import { DEMO_PASSWORD } from "@/lib/demo-logins";
import { searchTextOf } from "@/lib/text";

export { DEMO_LOGINS, DEMO_PASSWORD } from "@/lib/demo-logins";

type UnitSeed = { key: string; name: string; shortName: string; kind: UnitKind };

export const LANG_SON_UNITS: UnitSeed[] = [
  { key: "vanPhong", name: "Văn phòng Sở", shortName: "Văn phòng Sở", kind: "INTERNAL" },
  { key: "qlcn", name: "Phòng Quản lý công nghệ và đổi mới sáng tạo", shortName: "Phòng QLCN&ĐMST", kind: "INTERNAL" },
  { key: "qlkh", name: "Phòng Quản lý khoa học", shortName: "Phòng QLKH", kind: "INTERNAL" },
  { key: "chiCuc", name: "Chi cục Tiêu chuẩn Đo lường Chất lượng", shortName: "Chi cục TĐC", kind: "INTERNAL" },
  {
    key: "trungTam",
    name: "Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm",
    shortName: "Trung tâm ƯD&PTKHCN",
    kind: "INTERNAL",
  },
  { key: "baoLangSon", name: "Báo Lạng Sơn", shortName: "Báo Lạng Sơn", kind: "EXTERNAL" },
  { key: "dai", name: "Đài Phát thanh và Truyền hình tỉnh", shortName: "Đài PT&TH tỉnh", kind: "EXTERNAL" },
  { key: "cacPhong", name: "Các phòng chuyên môn, đơn vị trực thuộc Sở", shortName: "Các phòng, đơn vị thuộc Sở", kind: "GROUP" },
  { key: "coQuanLienQuan", name: "Các cơ quan có liên quan", shortName: "Các cơ quan liên quan", kind: "GROUP" },
];

export const LANG_SON_ORGANIZATION = {
  name: "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
  headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  parentName: "UBND TỈNH LẠNG SƠN",
  code: "SKHCN",
  place: "Lạng Sơn",
};

async function createUnits(tx: Tx, organizationId: string, seeds: UnitSeed[]) {
  const ids: Record<string, string> = {};
  let sortOrder = 10;
  for (const seed of seeds) {
    const unit = await tx.unit.create({
      data: { organizationId, name: seed.name, shortName: seed.shortName, kind: seed.kind, sortOrder, searchText: searchTextOf(seed.name, seed.shortName) },
    });
    ids[seed.key] = unit.id;
    sortOrder += 10;
  }
  return ids;
}

type UserSeed = { username: string; displayName: string; jobTitle: string; role: Role; unitId: string | null };

/**
 * Demo accounts get addresses on .example, a domain reserved never to deliver
 * (RFC 2606): the outbox (/settings/outbox) shows real recipients while no
 * mail can reach anyone, even with an SMTP_URL set by mistake.
 */
export const DEMO_MAIL_DOMAIN = "kehoach.example";

async function createUsers(tx: Tx, organizationId: string, seeds: UserSeed[], passwordHash: string) {
  const ids: Record<string, string> = {};
  for (const seed of seeds) {
    const user = await tx.user.create({ data: { ...seed, email: `${seed.username}@${DEMO_MAIL_DOMAIN}`, organizationId, passwordHash } });
    ids[seed.username] = user.id;
  }
  return ids;
}

export type SeedResult = { seeded: boolean; reason?: string };

/** Seeds the demo once: never twice, never over existing data. */
export async function seedDemo(db: Db): Promise<SeedResult> {
  if ((await db.organization.count()) > 0) {
    return { seeded: false, reason: "Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu." };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      // Checked again inside the transaction: two starts at once seed only once.
      await tx.$executeRawUnsafe("LOCK TABLE \"Organization\" IN EXCLUSIVE MODE");
      if ((await tx.organization.count()) > 0) return;
      const langSon = await tx.organization.create({
        data: LANG_SON_ORGANIZATION,
      });
      const u = (await createUnits(tx, langSon.id, LANG_SON_UNITS)) as LangSonUnits;
      for (const member of [u.vanPhong, u.qlcn, u.qlkh, u.chiCuc, u.trungTam]) {
        await tx.unitGroupMember.create({ data: { organizationId: langSon.id, groupId: u.cacPhong, memberId: member } });
      }
      const people = await createUsers(
        tx,
        langSon.id,
        [
          { username: "admin", displayName: "Quản trị hệ thống", jobTitle: "Quản trị viên", role: "ADMIN", unitId: u.vanPhong },
          { username: "lanhdao", displayName: "Nguyễn Thị Hà", jobTitle: "Giám đốc Sở", role: "LEADER", unitId: null },
          { username: "vanphong", displayName: "Lý Thị Mai", jobTitle: "Chuyên viên Văn phòng Sở", role: "STAFF", unitId: u.vanPhong },
          { username: "qlcn", displayName: "Nguyễn Minh Huấn", jobTitle: "Phó Trưởng phòng QLCN&ĐMST", role: "STAFF", unitId: u.qlcn },
          { username: "qlkh", displayName: "Hoàng Văn Bình", jobTitle: "Chuyên viên Phòng QLKH", role: "STAFF", unitId: u.qlkh },
          { username: "trungtam", displayName: "Vi Thị Lan", jobTitle: "Viên chức Trung tâm", role: "STAFF", unitId: u.trungTam },
          { username: "chicuc", displayName: "Nông Văn Đức", jobTitle: "Chuyên viên Chi cục TĐC", role: "STAFF", unitId: u.chiCuc },
          { username: "xem", displayName: "Lương Thu Trang", jobTitle: "Chuyên viên", role: "VIEWER", unitId: null },
          { username: "vanthu", displayName: "Hoàng Thị Thu", jobTitle: "Văn thư Sở", role: "VAN_THU", unitId: u.vanPhong },
        ],
        passwordHash,
      );
      const langSonPeople = {
        lanhdao: people.lanhdao!,
        vanphong: people.vanphong!,
        qlcn: people.qlcn!,
        qlkh: people.qlkh!,
        trungtam: people.trungtam!,
        chicuc: people.chicuc!,
      };
      await createPlanFromSpec(tx, langSon2022Plan(langSon.id, u, langSonPeople));
      await createPlanFromSpec(tx, langSon2023Plan(langSon.id, u, langSonPeople));
      const reorg = await seedReorganisation2025(tx, langSon.id, { qlcn: u.qlcn });
      await createPlanFromSpec(tx, reorganisation2026Plan(langSon.id, reorg, people.admin!));

      const caoBang = await tx.organization.create({
        data: {
          name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
          headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
          parentName: "UBND TỈNH CAO BẰNG",
          code: "SKHCN",
          place: "Cao Bằng",
        },
      });
      const cb = await createUnits(tx, caoBang.id, [
        { key: "vanPhong", name: "Văn phòng Sở", shortName: "Văn phòng Sở", kind: "INTERNAL" },
        { key: "qlkh", name: "Phòng Quản lý khoa học", shortName: "Phòng QLKH", kind: "INTERNAL" },
      ]);
      const cbPeople = await createUsers(
        tx,
        caoBang.id,
        [{ username: "caobang", displayName: "Bế Văn Hùng", jobTitle: "Phó Giám đốc Sở", role: "LEADER", unitId: null }],
        passwordHash,
      );
      await createPlanFromSpec(tx, caoBangPlan(caoBang.id, { vanPhong: cb.vanPhong!, qlkh: cb.qlkh! }, cbPeople.caobang!));
      // The issued plans keep what they showed, so renaming the department later leaves them as issued (issue 16 §4).
      await freezeIssuedPlans(tx);
    },
    { timeout: 120_000 },
  );
  return { seeded: true };
}
