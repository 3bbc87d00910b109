// A copy of the demo department for one test: the same organisation details,
// units, roles and 2022 plan as `npm start` seeds (prisma/seed/demo.ts), built
// from the demo seed's own data through the integration factories, with
// unique usernames. A test that changes what the demo has does it here, so
// the demo department stays as seeded for the tests that read it.
import type { Role } from "@/lib/generated/prisma/enums";
import { LANG_SON_ORGANIZATION, LANG_SON_UNITS } from "@/prisma/seed/demo";
import { langSon2022Plan, type LangSonUnits } from "@/prisma/seed/lang-son-2022";
import { TEST_PASSWORD, addGroupMembers, createOrganization, createPlan, createUnit, createUser, unique } from "@/tests/integration/support/factories";

/** The demo sign-ins of Lạng Sơn, with the role and unit each has there. */
const DEMO_ACCOUNTS = {
  admin: { role: "ADMIN", unit: "vanPhong" },
  lanhdao: { role: "LEADER", unit: null },
  vanphong: { role: "STAFF", unit: "vanPhong" },
  qlcn: { role: "STAFF", unit: "qlcn" },
  qlkh: { role: "STAFF", unit: "qlkh" },
  trungtam: { role: "STAFF", unit: "trungTam" },
  chicuc: { role: "STAFF", unit: "chiCuc" },
  xem: { role: "VIEWER", unit: null },
} as const satisfies Record<string, { role: Role; unit: keyof LangSonUnits | null }>;

type DemoAccount = keyof typeof DEMO_ACCOUNTS;
type UnitKey = keyof LangSonUnits;

/**
 * Lạng Sơn's document details (UBND TỈNH LẠNG SƠN, SKHCN, Lạng Sơn), its nine
 * units in the demo's order (the group "Các phòng chuyên môn, đơn vị trực
 * thuộc Sở" with the five internal units as members) and one user for each
 * demo sign-in: same role and unit, a unique username, the password
 * `password`. With `plan2022`, also the issued 2022 plan (Số 12/KH-SKHCN,
 * 03/5/2022) with its run history, as in the demo.
 */
export async function department(options: { plan2022?: boolean } = {}) {
  const organization = await createOrganization({ ...LANG_SON_ORGANIZATION, name: unique(LANG_SON_ORGANIZATION.name) });
  const created = await Promise.all(
    LANG_SON_UNITS.map((seed, index) => createUnit(organization.id, { name: seed.name, shortName: seed.shortName, kind: seed.kind, sortOrder: 10 * (index + 1) })),
  );
  const units = Object.fromEntries(LANG_SON_UNITS.map((seed, index) => [seed.key, created[index]!.id])) as LangSonUnits;
  const internal = LANG_SON_UNITS.filter((seed) => seed.kind === "INTERNAL").map((seed) => units[seed.key as UnitKey]);
  const accounts = Object.entries(DEMO_ACCOUNTS) as [DemoAccount, (typeof DEMO_ACCOUNTS)[DemoAccount]][];
  const [people] = await Promise.all([
    Promise.all(accounts.map(([account, { role, unit }]) => createUser(organization.id, role, unit && units[unit], unique(account)))),
    addGroupMembers(organization.id, units.cacPhong, internal),
  ]);
  const users = Object.fromEntries(accounts.map(([account], index) => [account, people[index]!])) as Record<DemoAccount, (typeof people)[number]>;
  if (options.plan2022) {
    const authors = { lanhdao: users.lanhdao.id, vanphong: users.vanphong.id, qlcn: users.qlcn.id, qlkh: users.qlkh.id, trungtam: users.trungtam.id, chicuc: users.chicuc.id };
    await createPlan(organization.id, langSon2022Plan(organization.id, units, authors));
  }
  return { organization, units, users, password: TEST_PASSWORD };
}
