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
// A test that changes what the demo department has (its units, people,
// settings, the 2022 plan) seeds a copy of its own with `seed.department()`
// (`seed.department({ plan2022: true })` with the 2022 plan), and signs in as
// `dept.users.qlcn.username` where it signed in as "qlcn" (./department.ts).
//
// Every seeded user signs in with `world.password`. The connection is one per
// Playwright worker, closed when the worker ends.
import { test as base } from "@playwright/test";
import { e2eDataDir, readDatabaseUrl } from "@/scripts/db/url-file";
import { shiftDate, todayInVietnam, type CalendarDate } from "@/lib/dates";
import type { ActivitySpec, PlanSpec } from "@/prisma/seed/plan-spec";
import { db } from "@/tests/support/db";
import { TEST_PASSWORD, createPlan, createWorld } from "@/tests/integration/support/factories";
import { department } from "./department";

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

/**
 * The e2e database's client outside the `seed` fixture (tests that run on
 * Playwright's plain `test`, e.g. the two-instance journeys).
 */
export function e2eDb() {
  process.env.DATABASE_URL ??= readDatabaseUrl(e2eDataDir());
  return db;
}

/** Every seeded user's password, for tests outside the fixture. */
export const SEED_PASSWORD = TEST_PASSWORD;

/** An organisation of its own with an issued plan whose one activity, led by unit A (staff A), is due in two days. */
export async function dueSoonWorld() {
  e2eDb();
  const w = await world();
  const content = `Tổng hợp báo cáo e2e ${w.unitA.id.slice(0, 8)}`;
  const created = await issuedPlan(w, [{ content, end: shiftDate(todayInVietnam(), 2) }]);
  return { organization: w.organization, unit: w.unitA, staff: w.staffA, planId: created.id, activityId: created.activity(content).id, content };
}
