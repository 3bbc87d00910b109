// The dashboards' cached fragments (lib/dashboard/cached.ts) are made of one
// plan's figures each: these must equal the figures counted over the whole
// organisation at once, and a write to one plan must leave every other plan's
// fragments in the cache while the organisation-wide fragments that show the
// written plan are made again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { cacheClock } from "@/lib/cache/store";
import { orgPlansFragmentTags, planFragmentTags, planScheduleFragmentTags, planWorkFragmentTags } from "@/lib/cache/tags";
import { progressOfPlans, unitFigures, type UnitFigures } from "@/lib/dashboard/counting";
import { planFigures } from "@/lib/dashboard/plan-figures";
import { planDashboard } from "@/lib/dashboard/plan";
import { latestUpdates, nextSevenDays, unitTableOf } from "@/lib/dashboard/queries";
import { yearTimeline, yearTimelineOfOrganization } from "@/lib/dashboard/timeline";
import { upcomingListHtml } from "@/components/dashboard/upcoming-list";
import { cachedHomePlans, cachedHomeUnits, cachedPlanDashboard, cachedPlanFigures, cachedPlanUnitFigures, cachedPlanUnitTable, cachedUpcoming } from "@/lib/dashboard/cached";
import { recordActivityUpdate } from "@/lib/activities/service";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { addGroupMembers, createPlan, createUnit, createWorld, inTransaction, sessionUserByUsername, trackingInput as updateInput, unique } from "./support/factories";
import { connectedCache, installProcessCache, type TestCache } from "./support/process-cache";
import type { CacheEntry } from "next/dist/server/lib/cache-handlers/types";

const TODAY = todayInVietnam();
const YEAR = Number(TODAY.slice(0, 4));

/** An issued plan of `year` with two phases: done, late, due this week, blocked, cancelled, a sub-task, supporters and a group. */
async function issuedPlan(w: Awaited<ReturnType<typeof createWorld>>, year = YEAR) {
  const group = await createUnit(w.organization.id, { kind: "GROUP" });
  const member = await createUnit(w.organization.id);
  await addGroupMembers(w.organization.id, group.id, [member.id, w.unitA.id]);
  const plan = await createPlan(w.organization.id, {
    status: "ISSUED",
    year,
    number: Math.floor(Math.random() * 1e6),
    issueDate: TODAY,
    phases: [
      {
        title: "Chuẩn bị",
        start: shiftDate(TODAY, -20),
        end: shiftDate(TODAY, 5),
        activities: [
          { content: unique("Việc trễ"), lead: w.unitA.id, end: shiftDate(TODAY, -2), supporters: [w.unitB.id, group.id] },
          { content: unique("Việc xong"), lead: w.unitB.id, updates: [{ at: new Date().toISOString(), by: w.staffB.id, status: "DONE", result: "xong" }] },
          { content: unique("Việc tuần này"), lead: w.unitA.id, end: TODAY, subTasks: [{ content: unique("Việc con"), lead: member.id }] },
        ],
      },
      {
        title: "Triển khai",
        start: shiftDate(TODAY, -5),
        end: shiftDate(TODAY, 30),
        activities: [
          { content: unique("Việc vướng"), lead: w.unitB.id, updates: [{ at: new Date().toISOString(), by: w.staffB.id, status: "BLOCKED", statusReason: "Chờ kinh phí" }] },
          { content: unique("Việc hủy"), lead: w.unitA.id, updates: [{ at: new Date().toISOString(), by: w.staffA.id, status: "CANCELLED", statusReason: "Không làm nữa" }] },
          { content: unique("Việc đang làm"), lead: w.unitA.id, supporters: [w.unitB.id], updates: [{ at: new Date().toISOString(), by: w.staffA.id, status: "IN_PROGRESS", progress: 40 }] },
        ],
      },
    ],
  });
  return plan;
}

type Figures = Map<string, { lead: UnitFigures; support: UnitFigures }>;

/** Each plan's figures by unit, added up: an activity belongs to one plan, so this must equal counting them at once. */
function sumOf(perPlan: Figures[]): Record<string, { lead: UnitFigures; support: UnitFigures }> {
  const out: Record<string, { lead: UnitFigures; support: UnitFigures }> = {};
  const add = (into: UnitFigures, from: UnitFigures) => (Object.keys(into) as (keyof UnitFigures)[]).forEach((k) => (into[k] += from[k]));
  const zero = (): UnitFigures => ({ total: 0, done: 0, inProgress: 0, blocked: 0, overdue: 0, onTime: 0 });
  for (const plan of perPlan) {
    for (const [unitId, figures] of plan) {
      const entry = (out[unitId] ??= { lead: zero(), support: zero() });
      add(entry.lead, figures.lead);
      add(entry.support, figures.support);
    }
  }
  return out;
}

describe("one plan's figures, summed over plans, equal the organisation's", () => {
  it("progress and phases in one statement, the same as counted over many plans; units summed plan by plan, the same as counted at once", async () => {
    const w = await createWorld();
    const plans = [await issuedPlan(w), await issuedPlan(w), await issuedPlan(w, YEAR - 1)];
    const all = await progressOfPlans(db, w.organization.id, plans.map((p) => p.id), TODAY);
    for (const plan of plans) {
      const { result, queries } = await withQueryCount(() => planFigures(db, w.organization.id, plan.id, TODAY));
      expect(queries).toBe(1);
      expect(result.progress).toEqual(all.get(plan.id));
      expect(result.progress).toMatchObject({ total: 6, done: 1, blocked: 1, cancelled: 1, inProgress: 1, overdue: 1, dueThisWeek: 1 });
      // The plan dashboard's phases, from the same row set.
      const dashboard = await planDashboard(w.leader, plan.id, TODAY);
      expect(dashboard.progress).toEqual(result.progress);
      expect(dashboard.phases.map((p) => [p.title, p.done, p.total, p.averageProgress])).toEqual([
        ["Chuẩn bị", 1, 3, Math.round(100 / 3)],
        ["Triển khai", 0, 3, 20],
      ]);
    }
    for (const year of [YEAR, null]) {
      const inScope = plans.filter((p) => year === null || p.year === year);
      const perPlan = await Promise.all(inScope.map((p) => unitFigures(db, { organizationId: w.organization.id, today: TODAY, planId: p.id })));
      const atOnce = await unitFigures(db, { organizationId: w.organization.id, today: TODAY, year });
      expect(sumOf(perPlan)).toEqual(Object.fromEntries(atOnce));
    }
  });

  it("the same for the seeded department", async () => {
    const leader = await sessionUserByUsername("lanhdao");
    const issued = await db.plan.findMany({ where: { organizationId: leader.organizationId, status: "ISSUED" }, select: { id: true } });
    const perPlan = await Promise.all(issued.map((p) => unitFigures(db, { organizationId: leader.organizationId, today: TODAY, planId: p.id })));
    const atOnce = await unitFigures(db, { organizationId: leader.organizationId, today: TODAY });
    expect(atOnce.size).toBeGreaterThan(0);
    expect(sumOf(perPlan)).toEqual(Object.fromEntries(atOnce));
    const all = await progressOfPlans(db, leader.organizationId, issued.map((p) => p.id), TODAY);
    for (const p of issued) expect((await planFigures(db, leader.organizationId, p.id, TODAY)).progress).toEqual(all.get(p.id));
  });

  it("the next seven days and the year's chart, named from cached plans and units, as a leader's own reads give them", async () => {
    const w = await createWorld();
    const plans = [await issuedPlan(w), await issuedPlan(w)];
    // A unit renamed: both name it by its name now.
    await db.unit.update({ where: { id: w.unitB.id }, data: { shortName: unique("PhongB") } });
    const leader = await sessionUserByUsername(w.leader.username);
    const own = await nextSevenDays(leader, { year: YEAR }, TODAY);
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(new Set(own.map((item) => item.planTitle)).size).toBe(plans.length);
    expect(await cachedUpcoming(w.organization.id, YEAR, TODAY)).toBe(upcomingListHtml(own).value);
    expect(await cachedUpcoming(w.organization.id, null, TODAY)).toBe(upcomingListHtml(await nextSevenDays(leader, {}, TODAY)).value);
    // The latest updates say who (and their unit), what and on which activity.
    const updates = await latestUpdates(leader, 10);
    const done = updates.find((u) => u.status === "DONE" && u.activityContent.startsWith("Việc xong"));
    expect(done).toMatchObject({ author: w.staffB.displayName, unit: (await db.unit.findUniqueOrThrow({ where: { id: w.staffB.unitId! } })).shortName, text: "xong" });
    expect(updates.map((u) => u.at.getTime())).toEqual(updates.map((u) => u.at.getTime()).sort((a, b) => b - a));
    const year = await yearTimelineOfOrganization(w.organization.id, YEAR, TODAY);
    expect(year.rows.filter((row) => row.kind === "plan")).toHaveLength(plans.length);
    expect(year).toEqual(await yearTimeline(leader, YEAR, TODAY));
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

describe("a progress update in one plan re-makes only what shows it", () => {
  let cache: TestCache;
  beforeAll(async () => {
    cache = await connectedCache("kehoach-cache-dash", 1_000_000);
  });
  afterAll(async () => {
    await cache.listener.close();
  });

  it("plan B's figures, unit figures and dashboard stay cached; the home cards and this year's chart are made again, the home table by unit only when the update changes a status; last year's stay", async () => {
    const w = await createWorld();
    const [a, b, old] = [await issuedPlan(w), await issuedPlan(w), await issuedPlan(w, YEAR - 1)];
    const org = w.organization.id;
    // The fragments as lib/dashboard/cached.ts tags them; an organisation-wide one carries the tags of the plans' fragments it is made of.
    const planFigures = (id: string) => planWorkFragmentTags(id);
    // Counts by unit show no progress: they carry the plan's schedule tags.
    const planUnits = (id: string) => planScheduleFragmentTags(org, id);
    const madeOf = (ids: string[]) => [...orgPlansFragmentTags(org), ...ids.flatMap((id) => [...planFigures(id), ...planUnits(id)])];
    const fragments: Record<string, string[]> = {
      "figures A": planFigures(a.id),
      "figures B": planFigures(b.id),
      "units B": planUnits(b.id),
      "dashboard B": planFragmentTags(org, b.id),
      "home cards (A, B, last year's)": madeOf([a.id, b.id, old.id]),
      // The home table by unit adds up the plans' unit figures (cachedHomeUnits).
      "home table by unit": [...orgPlansFragmentTags(org), ...[a.id, b.id].flatMap(planUnits)],
      "last year's home table by unit": [...orgPlansFragmentTags(org), ...planUnits(old.id)],
      "this year's chart": madeOf([a.id, b.id]),
      "last year's chart": madeOf([old.id]),
    };
    for (const [key, tags] of Object.entries(fragments)) await cache.store.set(key, entry(tags));
    await new Promise((r) => setTimeout(r, 2)); // the write comes after the entries were made

    const activity = await db.activity.findFirstOrThrow({ where: { planId: a.id, status: "IN_PROGRESS" } });
    await inTransaction((tx) => recordActivityUpdate(tx, w.staffA as SessionUser, updateInput(activity, { progress: 70, note: "Đã làm thêm" })));
    await cache.listener.sync();

    const cached = async (key: string) => (await cache.store.get(key, [])) !== undefined;
    expect(await cached("figures A")).toBe(false);
    expect(await cached("figures B")).toBe(true);
    expect(await cached("units B")).toBe(true);
    expect(await cached("dashboard B")).toBe(true);
    expect(await cached("home cards (A, B, last year's)")).toBe(false);
    // A progress report changes no count by unit.
    expect(await cached("home table by unit")).toBe(true);
    expect(await cached("last year's home table by unit")).toBe(true);
    expect(await cached("this year's chart")).toBe(false);
    expect(await cached("last year's chart")).toBe(true);

    // Done: a count by unit changes.
    const again = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    await inTransaction((tx) => recordActivityUpdate(tx, w.staffA as SessionUser, updateInput(again, { status: "DONE", note: "Xong", confirmNoResult: true })));
    await cache.listener.sync();
    expect(await cached("home table by unit")).toBe(false);
    expect(await cached("last year's home table by unit")).toBe(true);
    expect(await cached("units B")).toBe(true);
  });
});

describe("the app's own cached reads (lib/cache/memo.ts) on this process's cache", () => {
  const cache = installProcessCache("kehoach-cache-memo");

  it("serve what was read until a write to a plan they show; then the home cards read that plan's figures again and no other's", async () => {
    const w = await createWorld();
    const [a, b] = [await issuedPlan(w), await issuedPlan(w)];
    const org = w.organization.id;
    const figuresB = await cachedPlanFigures(org, b.id, TODAY);
    const cards = await cachedHomePlans(org, YEAR, TODAY, true);
    expect(cards.count).toBe(2);
    const dashboardB = await cachedPlanDashboard(org, b.id, TODAY);
    // Read again: the same values, and no statement.
    const again = await withQueryCount(() => Promise.all([cachedHomePlans(org, YEAR, TODAY, true), cachedPlanFigures(org, b.id, TODAY), cachedPlanDashboard(org, b.id, TODAY)]));
    expect(again.queries).toBe(0);
    expect(again.result[0]).toBe(cards);
    expect(again.result[2]).toBe(dashboardB);

    const activity = await db.activity.findFirstOrThrow({ where: { planId: a.id, status: "IN_PROGRESS" } });
    const before = (await cachedPlanFigures(org, a.id, TODAY)).progress;
    await inTransaction((tx) => recordActivityUpdate(tx, w.staffA as SessionUser, updateInput(activity, { status: "DONE", note: "Xong", confirmNoResult: true })));
    await cache().listener.sync();

    const after = await cachedHomePlans(org, YEAR, TODAY, true);
    expect(after).not.toBe(cards);
    expect(after.cards).not.toBe(cards.cards);
    const figuresA = await cachedPlanFigures(org, a.id, TODAY);
    expect(figuresA.progress.done).toBe(before.done + 1);
    expect(figuresA.progress).toEqual((await planFigures(db, org, a.id, TODAY)).progress);
    // Plan B's entries were left in place.
    expect(await cachedPlanFigures(org, b.id, TODAY)).toBe(figuresB);
    expect(await cachedPlanDashboard(org, b.id, TODAY)).toBe(dashboardB);
    // Shared values are frozen: a caller cannot change them for the next reader.
    expect(() => (figuresA.progress as { done: number }).done++).toThrow(TypeError);
  });

  it("a progress report leaves the tables by unit and the next seven days in place, a status change makes them again, and each equals a count done at once", async () => {
    const w = await createWorld();
    const a = await issuedPlan(w);
    const org = w.organization.id;
    const view = { sort: "name", dir: "asc", expanded: true, ownUnitId: null, highlightUnitId: null, attentionLinks: true } as const;
    // One after the other, so that each entry is made once and the statements are counted exactly.
    const read = async () => [await cachedHomeUnits(org, YEAR, TODAY), await cachedPlanUnitTable(org, a.id, TODAY, view), await cachedUpcoming(org, YEAR, TODAY), await cachedPlanFigures(org, a.id, TODAY)] as const;
    const [homeUnits, planTable, upcoming, figures] = await read();
    const activity = await db.activity.findFirstOrThrow({ where: { planId: a.id, status: "IN_PROGRESS", parentId: null } });
    await inTransaction((tx) => recordActivityUpdate(tx, w.staffA as SessionUser, updateInput(activity, { progress: 95, note: "Gần xong" })));
    await cache().listener.sync();

    // The plan's progress is shown: counted again, in one statement, and nothing else is read.
    const reported = await withQueryCount(read);
    expect(reported.queries).toBe(1);
    expect(reported.result[0]).toBe(homeUnits);
    expect(reported.result[1]).toBe(planTable);
    expect(reported.result[2]).toBe(upcoming);
    expect(reported.result[3]).not.toBe(figures);
    expect(reported.result[3].progress).toEqual((await planFigures(db, org, a.id, TODAY)).progress);

    const again = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    await inTransaction((tx) => recordActivityUpdate(tx, w.staffA as SessionUser, updateInput(again, { status: "DONE", note: "Xong", confirmNoResult: true })));
    await cache().listener.sync();
    // The plan's figures, its counts by unit (one entry for both tables) and the next seven days: three statements.
    const done = await withQueryCount(read);
    expect(done.queries).toBe(3);
    const [homeAfter, tableAfter, upcomingAfter] = done.result;
    expect(homeAfter).not.toBe(homeUnits);
    expect(tableAfter).not.toBe(planTable);
    const byId = (rows: { id: string }[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(homeAfter)).toEqual(byId(await unitTableOf(org, { year: YEAR }, TODAY)));
    const leadDone = (rows: readonly { id: string; lead: { done: number } }[]) => rows.find((row) => row.id === w.unitA.id)!.lead.done;
    expect(leadDone(homeAfter)).toBe(leadDone(homeUnits) + 1);
    expect(tableAfter.body).not.toBe(planTable.body);
    const leader = await sessionUserByUsername(w.leader.username);
    expect(upcomingAfter).toBe(upcomingListHtml(await nextSevenDays(leader, { year: YEAR }, TODAY)).value);
  });

  it("the home table by unit adds up the plans' entries: the same rows as counted at once, and a write re-counts only its plan", async () => {
    const w = await createWorld();
    const [a, b, old] = [await issuedPlan(w), await issuedPlan(w), await issuedPlan(w, YEAR - 1)];
    const org = w.organization.id;
    const byId = (rows: { id: string }[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    // A cold cache: every plan counted in one statement, plus the plans' list and the units'.
    const cold = await withQueryCount(() => cachedHomeUnits(org, null, TODAY));
    expect(cold.queries).toBe(3);
    expect(byId(cold.result)).toEqual(byId(await unitTableOf(org, { year: null }, TODAY)));
    expect(cold.result.length).toBeGreaterThan(3);
    // Those counts are the plans' own entries, which the plan dashboard reads.
    const unitsB = await withQueryCount(() => cachedPlanUnitFigures(org, b.id, TODAY));
    expect(unitsB.queries).toBe(0);
    expect(new Map(unitsB.result)).toEqual((await unitTableOf(org, { planId: b.id }, TODAY)).reduce((m, row) => m.set(row.id, { lead: strip(row.lead), support: strip(row.support) }), new Map()));
    const thisYear = await cachedHomeUnits(org, YEAR, TODAY);
    expect(byId(thisYear)).toEqual(byId(await unitTableOf(org, { year: YEAR }, TODAY)));

    const activity = await db.activity.findFirstOrThrow({ where: { planId: a.id, status: "IN_PROGRESS" } });
    await inTransaction((tx) => recordActivityUpdate(tx, w.staffA as SessionUser, updateInput(activity, { status: "DONE", note: "Xong", confirmNoResult: true })));
    await cache().listener.sync();

    // Plan A's count, nothing else; the figures as counted afresh.
    const after = await withQueryCount(() => cachedHomeUnits(org, null, TODAY));
    expect(after.queries).toBe(1);
    expect(after.result).not.toBe(cold.result);
    expect(byId(after.result)).toEqual(byId(await unitTableOf(org, { year: null }, TODAY)));
    const lead = (rows: { id: string; lead: { done: number } }[]) => rows.find((row) => row.id === w.unitA.id)!.lead.done;
    expect(lead(after.result)).toBe(lead(cold.result) + 1);
    expect(byId(await cachedHomeUnits(org, YEAR, TODAY))).toEqual(byId(await unitTableOf(org, { year: YEAR }, TODAY)));
    // A write to last year's plan leaves this year's table as it was.
    const thisYearNow = await cachedHomeUnits(org, YEAR, TODAY);
    const oldActivity = await db.activity.findFirstOrThrow({ where: { planId: old.id, status: "IN_PROGRESS" } });
    await inTransaction((tx) => recordActivityUpdate(tx, w.staffA as SessionUser, updateInput(oldActivity, { progress: 90, note: "Gần xong" })));
    await cache().listener.sync();
    expect(await cachedHomeUnits(org, YEAR, TODAY)).toBe(thisYearNow);
    expect(byId(await cachedHomeUnits(org, null, TODAY))).toEqual(byId(await unitTableOf(org, { year: null }, TODAY)));
  });
});

/** Unit figures without the rate the table adds. */
function strip({ onTimeRate: _rate, ...figures }: UnitFigures & { onTimeRate: number | null }): UnitFigures {
  return figures;
}
