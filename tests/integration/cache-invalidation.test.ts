// Cache invalidation through PostgreSQL (lib/cache/, and the triggers of
// prisma/migrations/*_cache_invalidation): every write to what a cached
// fragment shows notifies its tags when it commits, and two instances'
// caches hear it. The writes go through Prisma as the services do; the
// triggers sit on the tables, so no writer (service, import, script) can
// skip them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { cacheClock, type CacheStore } from "@/lib/cache/store";
import { CHANNEL, type CacheListener } from "@/lib/cache/listener";
import { createCache } from "@/lib/cache/instance";
import { orgFeedsTag, orgNamesTag, orgScheduleTag, orgTag, orgWorkTag, phaseScheduleTag, phaseTag, planScheduleTag, planTag, planWorkTag, unitScheduleTag, unitTag } from "@/lib/cache/tags";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { addGroupMembers, createIssuedPlan, createUnit, createWorld, unique } from "./support/factories";
import type { CacheEntry } from "next/dist/server/lib/cache-handlers/types";

const url = process.env.DATABASE_URL!;
let listener: pg.Client;
let heard: string[] = [];
const markers = new Map<string, () => void>();

beforeAll(async () => {
  listener = new pg.Client({ connectionString: url });
  await listener.connect();
  listener.on("notification", (m) => {
    const payload = m.payload ?? "";
    if (payload.startsWith("mark:")) markers.get(payload)?.();
    else heard.push(...payload.split(","));
  });
  await listener.query(`LISTEN ${CHANNEL}`);
});
afterAll(async () => {
  await listener.end();
});

/** The tags notified by `write`: notifications arrive in commit order, so a marker sent after it closes the list. */
async function tagsOf(write: () => Promise<unknown>): Promise<Set<string>> {
  heard = [];
  await write();
  const marker = `mark:${unique("m")}`;
  const arrived = new Promise<void>((resolve) => markers.set(marker, resolve));
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${marker})`;
  await arrived;
  return new Set(heard);
}

async function world() {
  const w = await createWorld();
  const today = todayInVietnam();
  const plan = await createIssuedPlan(w.organization.id, [{ content: unique("Hội thảo"), lead: w.unitA.id, end: shiftDate(today, 3) }]);
  const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id } });
  const phase = await db.phase.findFirstOrThrow({ where: { planId: plan.id } });
  // The setup's own notifications have all arrived before a test writes (a loaded machine delivers them late).
  await tagsOf(async () => undefined);
  return { ...w, plan, activity, phase, org: w.organization.id };
}

describe("writes notify the tags of what they change, at commit", () => {
  it("each table a cached fragment reads: plan, phase, activity and what hangs on it, units, groups, the organisation, a user's name", async () => {
    const w = await world();
    const planTags = [orgTag(w.org), planTag(w.plan.id)];
    const work = [orgWorkTag(w.org), planWorkTag(w.plan.id), phaseTag(w.phase.id), unitTag(w.unitA.id)];
    // The org's, plan's and phase's; then the lead's list (a supporter added changes the supporter's list only).
    const schedule = [orgScheduleTag(w.org), planScheduleTag(w.plan.id), phaseScheduleTag(w.phase.id), unitScheduleTag(w.unitA.id)];
    const nameTags = [orgTag(w.org), orgNamesTag(w.org)];
    const cases: [string, () => Promise<unknown>, string[]][] = [
      ["plan", () => db.plan.update({ where: { id: w.plan.id }, data: { theme: "Chủ đề mới" } }), planTags],
      ["phase", () => db.phase.update({ where: { id: w.phase.id }, data: { title: "Giai đoạn đổi tên" } }), [...planTags, phaseTag(w.phase.id), planScheduleTag(w.plan.id), phaseScheduleTag(w.phase.id)]],
      ["activity", () => db.activity.update({ where: { id: w.activity.id }, data: { progress: 40 } }), work],
      ["activity rescheduled", () => db.activity.update({ where: { id: w.activity.id }, data: { endDate: new Date(w.activity.endDate.getTime() + 86_400_000) } }), [...work, ...schedule]],
      ["support", () => db.activitySupport.create({ data: { organizationId: w.org, activityId: w.activity.id, unitId: w.unitB.id } }), [...work, ...schedule.slice(0, 3), unitTag(w.unitB.id), unitScheduleTag(w.unitB.id)]],
      // From here on unit B supports the activity: its work list shows the activity's progress.
      ["update", () => db.activityUpdate.create({ data: { organizationId: w.org, activityId: w.activity.id, authorId: w.staffA.id, progress: 40 } }), [...work, unitTag(w.unitB.id)]],
      ["target", () => db.activityTarget.create({ data: { organizationId: w.org, activityId: w.activity.id, label: "Số tin bài", targetValue: 5 } }), [...work, unitTag(w.unitB.id)]],
      ["unit", () => db.unit.update({ where: { id: w.unitA.id }, data: { name: unique("Phòng đổi tên") } }), nameTags],
      ["group", async () => addGroupMembers(w.org, (await createUnit(w.org)).id, [w.unitB.id]), nameTags],
      ["organisation", () => db.organization.update({ where: { id: w.org }, data: { headerName: "UBND TỈNH THỬ" } }), nameTags],
      ["a user's name", () => db.user.update({ where: { id: w.staffA.id }, data: { displayName: unique("Nguyễn Văn") } }), nameTags],
      // The plan page shows its signed copies from the cache (lib/plans/cached.ts).
      [
        "signed copy",
        () =>
          db.signedCopy.create({
            data: { organizationId: w.org, planId: w.plan.id, issueRound: 0, fileName: "ke-hoach.pdf", size: 4, sha256: "0".repeat(64), data: new Uint8Array([37, 80, 68, 70]), signatures: { signatures: [], truncated: false } },
          }),
        [planTag(w.plan.id)],
      ],
      ["activity deleted", () => db.activity.delete({ where: { id: w.activity.id } }), [...work, ...schedule]],
      // The calendar feed's address on Việc của đơn vị and a plan's calendar (lib/calendar-feeds/queries.ts).
      ["calendar feed", () => db.calendarFeed.create({ data: { organizationId: w.org, unitId: w.unitA.id, token: unique("tok-0123456789abcdefghij"), createdById: w.staffA.id } }), [orgFeedsTag(w.org)]],
      ["a feed's maker locked", () => db.user.update({ where: { id: w.staffA.id }, data: { active: false } }), [orgFeedsTag(w.org)]],
    ];
    for (const [name, write, expected] of cases) {
      const tags = await tagsOf(write);
      for (const tag of expected) expect(tags, name).toContain(tag);
    }
  });

  it("an activity-level write names its plan's work, its phase and its units, not the plan, the organisation's plans, other phases or other units", async () => {
    const w = await world();
    // Made inside tagsOf: its marker waits for the setup's own notifications, so none arrive during the write below.
    let other = w.phase;
    await tagsOf(async () => {
      other = await db.phase.create({
        data: { organizationId: w.org, planId: w.plan.id, order: 9, code: "9", title: "Giai đoạn khác", startDate: w.phase.startDate, endDate: w.phase.endDate },
      });
    });
    const update = await tagsOf(() => db.activityUpdate.create({ data: { organizationId: w.org, activityId: w.activity.id, authorId: w.staffA.id, progress: 55 } }));
    expect([...update].sort()).toEqual([orgWorkTag(w.org), planWorkTag(w.plan.id), phaseTag(w.phase.id), unitTag(w.unitA.id)].sort());
    // Moving the activity to the other phase and unit re-renders both phases and both units.
    const moved = await tagsOf(() => db.activity.update({ where: { id: w.activity.id }, data: { phaseId: other.id, leadUnitId: w.unitB.id } }));
    for (const tag of [phaseTag(w.phase.id), phaseTag(other.id), unitTag(w.unitA.id), unitTag(w.unitB.id), phaseScheduleTag(w.phase.id), phaseScheduleTag(other.id)]) expect(moved).toContain(tag);
    expect(moved).not.toContain(planTag(w.plan.id));
    expect(moved).not.toContain(orgTag(w.org));
  });

  it("a progress report (progress, result, actual dates, reason, its update row) names no schedule tag; any other change to the activity does", async () => {
    const w = await world();
    const report = { progress: 65, result: "Đã tổ chức 2 buổi", statusReason: "", actualStart: w.activity.startDate, lastUpdateAt: new Date(), progressSetManually: true, version: { increment: 1 } };
    const reported = await tagsOf(() =>
      db.$transaction(async (tx) => {
        await tx.activityUpdate.create({ data: { organizationId: w.org, activityId: w.activity.id, authorId: w.staffA.id, progress: 65, note: "Báo cáo tiến độ" } });
        await tx.activity.update({ where: { id: w.activity.id }, data: report });
      }),
    );
    expect([...reported].sort()).toEqual([orgWorkTag(w.org), planWorkTag(w.plan.id), phaseTag(w.phase.id), unitTag(w.unitA.id)].sort());
    const changes: [string, Record<string, unknown>][] = [
      ["status", { status: "BLOCKED", statusReason: "Chờ kinh phí" }],
      ["start date", { startDate: new Date(w.activity.startDate.getTime() - 86_400_000) }],
      ["content", { content: "Hội thảo đổi tên" }],
      ["completed on", { completedOn: w.activity.endDate }],
      ["order", { order: 7 }],
      // The plan page's costs are an entry of their own under the schedule tags (lib/plans/cached.ts).
      ["cost", { cost: 5_000_000n }],
      // Last: unit A leads no more (its list loses the row, unit B's gains it).
      ["lead unit", { leadUnitId: w.unitB.id }],
    ];
    for (const [name, data] of changes) {
      const tags = await tagsOf(() => db.activity.update({ where: { id: w.activity.id }, data }));
      for (const tag of [orgScheduleTag(w.org), planScheduleTag(w.plan.id), phaseScheduleTag(w.phase.id), unitScheduleTag(w.unitA.id)]) expect(tags, name).toContain(tag);
    }
    expect(await tagsOf(() => db.activity.update({ where: { id: w.activity.id }, data: { order: 8 } }))).toContain(unitScheduleTag(w.unitB.id));
  });

  it("nothing for a rolled-back write, a sign-in's bookkeeping on the user, or another organisation's plan tags", async () => {
    const w = await world();
    const other = await world();
    const rolledBack = await tagsOf(() =>
      db
        .$transaction(async (tx) => {
          await tx.activity.update({ where: { id: w.activity.id }, data: { progress: 90 } });
          throw new Error("rollback");
        })
        .catch(() => undefined),
    );
    expect(rolledBack.size).toBe(0);
    expect((await tagsOf(() => db.user.update({ where: { id: w.staffA.id }, data: { lastLoginAt: new Date() } }))).size).toBe(0);
    const tags = await tagsOf(() => db.activity.update({ where: { id: other.activity.id }, data: { progress: 10 } }));
    expect(tags).not.toContain(planWorkTag(w.plan.id));
    expect(tags).not.toContain(orgWorkTag(w.org));
    expect(tags).not.toContain(planTag(w.plan.id));
    expect(tags).not.toContain(orgTag(w.org));
  });

  it("every table that hangs on a plan or an activity is either watched or named here as never shown in a cached fragment", async () => {
    const rows = await db.$queryRaw<{ table: string }[]>`
      SELECT DISTINCT table_name AS table FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name IN ('planId', 'activityId')`;
    const watched = await db.$queryRaw<{ table: string }[]>`
      SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'kehoach_cache'`;
    // Shown on the activity page, the history or the workflow panel, or the report page, which are rendered
    // per request (the frozen issued copy in PlanVersion feeds only the DOCX and print views).
    const notCached = ["ActivityComment", "Attachment", "AuditLog", "Notification", "PlanReport", "PlanReview", "PlanVersion"];
    const watchedNames = new Set(watched.map((r) => r.table));
    const unaccounted = rows.map((r) => r.table).filter((t) => !watchedNames.has(t) && !notCached.includes(t));
    expect(unaccounted).toEqual([]);
    expect([...watchedNames].sort()).toEqual(["Activity", "ActivitySupport", "ActivityTarget", "ActivityUpdate", "CalendarFeed", "Organization", "Phase", "Plan", "SignedCopy", "Unit", "UnitGroupMember", "User"]);
  });
});

function entry(tags: string[]): Promise<CacheEntry> {
  return Promise.resolve({
    value: new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("fragment"));
        c.close();
      },
    }),
    tags,
    stale: 300,
    timestamp: cacheClock(),
    expire: 31_536_000,
    revalidate: 900,
  });
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return check();
}

describe("two instances' caches on one database", () => {
  const instances: { store: CacheStore; listener: CacheListener; name: string }[] = [];
  beforeAll(async () => {
    for (const name of ["a", "b"]) {
      const applicationName = unique(`kehoach-cache-test-${name}`);
      instances.push({ ...createCache({ connectionString: url, maxBytes: 1_000_000, applicationName, retryMs: 50 }), name: applicationName });
    }
    expect(await until(async () => instances.every((i) => i.listener.connected()), 5_000)).toBe(true);
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.listener.close()));
  });

  it("a write committed anywhere drops the plan's fragments on both, and on the writer before sync() returns; other plans' stay", async () => {
    const [a, b] = instances as [(typeof instances)[number], (typeof instances)[number]];
    const w = await world();
    const other = await world();
    // Each instance has heard the setup's own writes before the entries are made (under load they arrive late).
    for (const { listener } of instances) await listener.sync();
    for (const { store } of instances) {
      await store.set("plan-doc", entry([planTag(w.plan.id), planWorkTag(w.plan.id), orgNamesTag(w.org)]));
      await store.set("other-doc", entry([planTag(other.plan.id), planWorkTag(other.plan.id), orgNamesTag(other.org)]));
    }
    expect(await a.store.get("plan-doc", [])).toBeDefined();
    await new Promise((r) => setTimeout(r, 2)); // the write comes after the entries were made
    await db.activity.update({ where: { id: w.activity.id }, data: { status: "IN_PROGRESS" } });
    await a.listener.sync();
    expect(await a.store.get("plan-doc", [])).toBeUndefined();
    expect(await until(async () => (await b.store.get("plan-doc", [])) === undefined, 1_000)).toBe(true);
    expect(await a.store.get("other-doc", [])).toBeDefined();
    expect(await b.store.get("other-doc", [])).toBeDefined();
  });

  it("an invalidation made through Next.js (revalidateTag) on one reaches the other", async () => {
    const [a, b] = instances as [(typeof instances)[number], (typeof instances)[number]];
    await b.store.set("k", entry(["custom:1"]));
    await new Promise((r) => setTimeout(r, 2));
    await a.store.updateTags(["custom:1"]);
    expect(await until(async () => (await b.store.get("k", [])) === undefined, 1_000)).toBe(true);
  });

  it("a lost connection serves nothing until it is back, then drops what was cached before", async () => {
    const b = instances[1]!;
    await b.store.set("before", entry(["plan:x"]));
    expect(await b.store.get("before", [])).toBeDefined();
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${b.name}`;
    expect(await until(async () => !b.listener.connected(), 2_000)).toBe(true);
    expect(await b.store.get("before", [])).toBeUndefined();
    expect(await until(async () => b.listener.connected(), 5_000)).toBe(true);
    expect(await b.store.get("before", [])).toBeUndefined();
    await b.store.set("after", entry(["plan:x"]));
    expect(await b.store.get("after", [])).toBeDefined();
  });
});
