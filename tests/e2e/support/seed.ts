// Seeding for e2e tests: each test makes the rows it changes, with unique
// names, instead of editing the shared demo data (the e2e tests run in
// parallel on one database, and the demo plan is what other tests read).
//
// It writes straight into the e2e server's database, whose URL the server
// leaves in its data folder (scripts/db/url-file.ts), through the same
// factories as the integration tests (tests/integration/support/factories.ts).
//
//   import { expect, test } from "./support/seed";
//   test("…", async ({ browser, seed }) => {
//     const world = await seed.world();                      // its own organisation, units and users
//     const plan = await seed.issuedPlan(world, [{ content: "Hội thảo" }]);
//     const page = await pageAs(browser, world.staffA.username, world.password);
//     await page.goto(`/activities/${plan.activity("Hội thảo").id}`);
//   });
//
// A test that changes what the demo department has (the 2022 plan, its units
// and their people) seeds a copy of it of its own with `seed.department()`,
// and signs in as `dept.users.qlcn.username` where it signed in as "qlcn".
//
// Every seeded user signs in with `world.password`. The connection is one per
// Playwright worker, closed when the worker ends.
import { test as base } from "@playwright/test";
import { e2eDataDir, readDatabaseUrl } from "@/scripts/db/url-file";
import { shiftDate, todayInVietnam, type CalendarDate } from "@/lib/dates";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActivitySpec, PlanSpec } from "@/prisma/seed/plan-spec";
import { LANG_SON_ORGANIZATION, LANG_SON_UNITS } from "@/prisma/seed/demo";
import { langSon2022Plan, type LangSonUnits, type LangSonUsers } from "@/prisma/seed/lang-son-2022";
import { db } from "@/tests/support/db";
import { TEST_PASSWORD, addGroupMembers, createOrganization, createPlan, createUnit, createUser, createWorld, unique } from "@/tests/integration/support/factories";

export { expect } from "@playwright/test";

type World = Awaited<ReturnType<typeof createWorld>> & { password: string };

/** An activity of a seeded plan; `lead` defaults to the world's unit A. */
export type SeedActivity = Omit<ActivitySpec, "lead" | "supporters" | "subTasks"> & { lead?: string; supporters?: string[]; subTasks?: SeedActivity[] };

async function world(): Promise<World> {
  return { ...(await createWorld()), password: TEST_PASSWORD };
}

function specOf(w: World, activity: SeedActivity): ActivitySpec {
  return { ...activity, lead: activity.lead ?? w.unitA.id, subTasks: activity.subTasks?.map((sub) => specOf(w, sub)) };
}

/** A plan of this year with one phase around today (30 days either side), holding these activities. */
async function plan(w: World, activities: SeedActivity[], extra: Partial<PlanSpec>) {
  const today = todayInVietnam();
  const window = { start: shiftDate(today, -30), end: shiftDate(today, 30) };
  const created = await createPlan(w.organization.id, {
    year: Number(today.slice(0, 4)),
    draftingUnitId: w.unitA.id,
    createdById: w.staffA.id,
    signerTitle: "GIÁM ĐỐC",
    ...extra,
    phases: [{ title: "Triển khai thực hiện", ...window, activities: activities.map((a) => specOf(w, a)) }],
  });
  const rows = await db.activity.findMany({ where: { planId: created.id }, orderBy: [{ order: "asc" }] });
  const phase = await db.phase.findFirstOrThrow({ where: { planId: created.id } });
  return {
    ...created,
    phase: { id: phase.id, code: phase.code, ...window },
    /** The seeded activity with this content. */
    activity(content: string) {
      const row = rows.find((r) => r.content === content);
      if (!row) throw new Error(`No seeded activity “${content}”`);
      return row;
    },
  };
}

/** An issued plan (Số 01/KH-…, issued today): units report progress on it. */
function issuedPlan(w: World, activities: SeedActivity[]) {
  return plan(w, activities, { status: "ISSUED", number: 1, issueDate: todayInVietnam() });
}

/** A draft drafted by unit A (staff A is its author): it can be edited. */
function draftPlan(w: World, activities: SeedActivity[] = [], texts: Partial<PlanSpec> = {}) {
  return plan(w, activities, { status: "DRAFT", ...texts });
}

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

/**
 * A copy of the demo department that is this test's own: Lạng Sơn's document
 * details, its nine units (the group "Các phòng chuyên môn, đơn vị trực thuộc
 * Sở" with the five internal units as members), one user for each demo
 * sign-in (same role and unit, a unique username) and the issued 2022 plan
 * (Số 12/KH-SKHCN) with its run history, as `npm start` seeds them.
 */
async function department() {
  const organization = await createOrganization({ ...LANG_SON_ORGANIZATION, name: unique(LANG_SON_ORGANIZATION.name) });
  const units = {} as LangSonUnits;
  for (const [index, seed] of LANG_SON_UNITS.entries()) {
    const unit = await createUnit(organization.id, { name: seed.name, shortName: seed.shortName, kind: seed.kind, sortOrder: 10 * (index + 1) });
    units[seed.key as keyof LangSonUnits] = unit.id;
  }
  const internal = LANG_SON_UNITS.filter((seed) => seed.kind === "INTERNAL").map((seed) => units[seed.key as keyof LangSonUnits]);
  await addGroupMembers(organization.id, units.cacPhong, internal);
  const users = {} as Record<DemoAccount, Awaited<ReturnType<typeof createUser>>>;
  for (const [account, { role, unit }] of Object.entries(DEMO_ACCOUNTS) as [DemoAccount, (typeof DEMO_ACCOUNTS)[DemoAccount]][]) {
    users[account] = await createUser(organization.id, role, unit && units[unit], unique(account));
  }
  const people: LangSonUsers = { lanhdao: users.lanhdao.id, vanphong: users.vanphong.id, qlcn: users.qlcn.id, qlkh: users.qlkh.id, trungtam: users.trungtam.id, chicuc: users.chicuc.id };
  const plan2022 = await createPlan(organization.id, langSon2022Plan(organization.id, units, people));
  return { organization, units, users, password: TEST_PASSWORD, plan2022 };
}

const seeders = { world, department, issuedPlan, draftPlan, today: (): CalendarDate => todayInVietnam() };
export type Seed = typeof seeders;

export const test = base.extend<object, { seed: Seed }>({
  seed: [
    async ({}, use) => {
      // Read when first needed: the server writes the file before it serves, and
      // Playwright starts the workers only once the server answers.
      process.env.DATABASE_URL = readDatabaseUrl(e2eDataDir());
      await use(seeders);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
});
