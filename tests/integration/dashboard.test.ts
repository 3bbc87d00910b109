import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { homeDashboard, runningPlans, unitTable } from "@/lib/dashboard/queries";
import { planDashboard } from "@/lib/dashboard/plan";
import { planTimeline, yearTimeline } from "@/lib/dashboard/timeline";
import { searchEverything } from "@/lib/search/queries";
import { regenerateFeed, revokeFeed } from "@/lib/calendar-feeds/service";
import { fromDbDate, shiftDate, todayInVietnam } from "@/lib/dates";
import { PLAN_2022_TITLE } from "@/prisma/seed/lang-son-2022";
import { createPlan, createUnit, createWorld, inTransaction, sessionUserByUsername } from "./support/factories";

const TODAY = todayInVietnam();

/** The same figures computed the slow, obvious way, straight from the rows. */
async function expectedUnitFigures(organizationId: string) {
  const activities = await db.activity.findMany({
    where: { organizationId, plan: { status: "ISSUED" } },
    select: { id: true, leadUnitId: true, status: true, endDate: true, completedOn: true, supporters: { select: { unitId: true } } },
  });
  const groups = await db.unitGroupMember.findMany({ where: { organizationId } });
  const figures = new Map<string, { lead: number[]; support: number[] }>();
  const add = (unitId: string, side: "lead" | "support", a: (typeof activities)[number]) => {
    const f = figures.get(unitId) ?? { lead: [0, 0, 0, 0, 0, 0], support: [0, 0, 0, 0, 0, 0] };
    const end = fromDbDate(a.endDate);
    const overdue = a.status !== "DONE" && a.status !== "CANCELLED" && end < TODAY;
    const onTime = a.status === "DONE" && a.completedOn !== null && fromDbDate(a.completedOn) <= end;
    f[side][0]! += 1;
    f[side][1]! += a.status === "DONE" ? 1 : 0;
    f[side][2]! += overdue ? 1 : 0;
    f[side][3]! += onTime ? 1 : 0;
    f[side][4]! += a.status === "IN_PROGRESS" ? 1 : 0;
    f[side][5]! += a.status === "BLOCKED" ? 1 : 0;
    figures.set(unitId, f);
  };
  for (const a of activities) {
    add(a.leadUnitId, "lead", a);
    const supporters = new Set(a.supporters.flatMap((s) => {
      const members = groups.filter((g) => g.groupId === s.unitId).map((g) => g.memberId);
      return members.length ? members : [s.unitId];
    }));
    supporters.delete(a.leadUnitId);
    for (const unitId of supporters) add(unitId, "support", a);
  }
  return figures;
}

describe("dashboard figures", () => {
  it("equal counts computed directly from the database for the seeded data", async () => {
    const leader = await sessionUserByUsername("lanhdao");
    const rows = await unitTable(leader, {}, TODAY);
    const expected = await expectedUnitFigures(leader.organizationId);
    expect(rows.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
    for (const row of rows) {
      const e = expected.get(row.id)!;
      const figures = (f: typeof row.lead) => [f.total, f.done, f.overdue, f.onTime, f.inProgress, f.blocked];
      expect(figures(row.lead), row.name).toEqual(e.lead);
      expect(figures(row.support), row.name).toEqual(e.support);
    }
    const plans = await runningPlans(leader, {}, TODAY);
    const plan2022 = plans.find((p) => p.displayTitle.endsWith("năm 2022"))!;
    // The issued plan itself: another test may import the same document as a draft meanwhile (fault.test.ts).
    const top = await db.activity.findMany({ where: { planId: plan2022.id, parentId: null } });
    expect(plan2022).toMatchObject({
      total: top.length,
      done: top.filter((a) => a.status === "DONE").length,
      overdue: top.filter((a) => a.status !== "DONE" && a.status !== "CANCELLED" && fromDbDate(a.endDate) < TODAY).length,
      inProgress: top.filter((a) => a.status === "IN_PROGRESS").length,
      blocked: top.filter((a) => a.status === "BLOCKED").length,
      averageProgress: Math.round(top.reduce((sum, a) => sum + (a.status === "DONE" ? 100 : a.progress), 0) / top.length),
    });
    // The plan dashboard counts the same way.
    const dashboard = await planDashboard(leader, plan2022.id, TODAY);
    expect(dashboard.progress).toMatchObject({ total: plan2022.total, done: plan2022.done, overdue: plan2022.overdue });
    expect(dashboard.phases.map((p) => [p.code, p.done, p.total])).toEqual([
      ["2.1", 2, 3],
      ["2.2", 2, 4],
    ]);
    expect(dashboard.burnUp.series.at(-1)!.done).toBe(plan2022.done);
  });

  it("the home dashboard takes the same number of queries for 1× and 10× the data", async () => {
    const world = await createWorld();
    const makePlans = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const unit = await createUnit(world.organization.id);
        await createPlan(world.organization.id, {
          status: "ISSUED",
          number: Math.floor(Math.random() * 1e9),
          issueDate: TODAY,
          phases: [
            {
              title: "Giai đoạn",
              start: shiftDate(TODAY, -3),
              end: shiftDate(TODAY, 3),
              activities: [
                { content: `Việc ${i}`, lead: unit.id, supporters: [world.unitA.id] },
                { content: `Việc xong ${i}`, lead: world.unitB.id, updates: [{ at: new Date().toISOString(), by: world.staffB.id, status: "DONE", result: "xong" }] },
              ],
            },
          ],
        });
      }
    };
    const year = Number(TODAY.slice(0, 4));
    await makePlans(2);
    const small = await withQueryCount(() => homeDashboard(world.leader, {}, TODAY));
    const smallTimeline = await withQueryCount(() => yearTimeline(world.leader, year, TODAY));
    await makePlans(18);
    const large = await withQueryCount(() => homeDashboard(world.leader, {}, TODAY));
    expect(large.result.plans).toHaveLength(20);
    expect(small.result.plans).toHaveLength(2);
    expect(large.queries).toBe(small.queries);
    // Prisma loads each nested relation with its own statement: a fixed 17 here.
    expect(small.queries).toBeLessThanOrEqual(20);
    const timeline = await withQueryCount(() => yearTimeline(world.leader, year, TODAY));
    expect(timeline.queries).toBe(smallTimeline.queries);
    expect(timeline.result.rows.filter((r) => r.kind === "plan")).toHaveLength(20);
  });

  it("the plan timeline shows both phases of the 2022 plan, overlapping on 14/5", async () => {
    const leader = await sessionUserByUsername("lanhdao");
    const plan = await db.plan.findFirstOrThrow({ where: { title: PLAN_2022_TITLE, number: 12, status: "ISSUED" }, orderBy: { createdAt: "asc" } });
    const timeline = await planTimeline(leader, plan.id, TODAY);
    const phases = timeline.rows.filter((r) => r.kind === "phase");
    expect(phases.map((p) => [p.label.slice(0, 4), p.start, p.end])).toEqual([
      ["2.1.", "2022-05-03", "2022-05-14"],
      ["2.2.", "2022-05-14", "2022-05-19"],
    ]);
    expect(timeline.window).toEqual({ start: "2022-05-03", end: "2022-05-19" });
    expect(timeline.rows.filter((r) => r.kind === "subtask")).toHaveLength(3);
  });

  it("search folds accents, covers plans, activities and units, and stays within the organisation", async () => {
    const leader = await sessionUserByUsername("lanhdao");
    const caobang = await sessionUserByUsername("caobang");
    const found = await searchEverything(leader, "hoi thao");
    expect(found.activities.some((a) => a.content.startsWith("Tổ chức Hội thảo khoa học"))).toBe(true);
    const units = await searchEverything(leader, "DAI PHAT THANH");
    expect(units.units.map((u) => u.shortName)).toContain("Đài PT&TH tỉnh");
    const plans = await searchEverything(leader, "ngay khoa hoc 2022");
    expect(plans.plans.map((p) => p.displayTitle)).toContain("Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022");
    const other = await searchEverything(caobang, "hoi thao");
    expect(other.activities).toEqual([]);
  });
});

async function fetchFeed(token: string) {
  const { GET } = await import("@/app/ical/[token]/route");
  const response = await GET(new Request(`http://localhost/ical/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
  return { status: response.status, text: await response.text(), type: response.headers.get("content-type") };
}

describe("iCalendar feeds", () => {
  it("a unit's feed holds only activities it leads or supports; a revoked token answers 404", async () => {
    const qlkh = await sessionUserByUsername("qlkh");
    const feed = await inTransaction((tx) => regenerateFeed(tx, qlkh, { kind: "unit", id: qlkh.unitId! }));
    const response = await fetchFeed(feed.token);
    expect(response.status).toBe(200);
    expect(response.type).toContain("text/calendar");
    const events = new ICAL.Component(ICAL.parse(response.text)).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const ids = events.map((e) => e.uid.replace("@kehoach", ""));
    const activities = await db.activity.findMany({ where: { id: { in: ids } }, include: { supporters: true } });
    const groups = (await db.unitGroupMember.findMany({ where: { memberId: qlkh.unitId! } })).map((g) => g.groupId);
    expect(activities).toHaveLength(events.length);
    expect(events.length).toBeGreaterThan(0);
    for (const a of activities) {
      const involved = a.leadUnitId === qlkh.unitId || a.supporters.some((s) => s.unitId === qlkh.unitId || groups.includes(s.unitId));
      expect(involved).toBe(true);
    }
    expect(events.some((e) => e.summary.startsWith("[Chủ trì] "))).toBe(true);
    expect(events.some((e) => e.summary.startsWith("[Phối hợp] "))).toBe(true);

    const replaced = await inTransaction((tx) => regenerateFeed(tx, qlkh, { kind: "unit", id: qlkh.unitId! }));
    expect((await fetchFeed(feed.token)).status).toBe(404);
    expect((await fetchFeed(replaced.token)).status).toBe(200);
    await inTransaction((tx) => revokeFeed(tx, qlkh, { kind: "unit", id: qlkh.unitId! }));
    expect((await fetchFeed(replaced.token)).status).toBe(404);
    expect((await fetchFeed("not-a-real-token-at-all-0000")).status).toBe(404);
  });

  it("staff manage only their own unit's feed; a viewer none", async () => {
    const world = await createWorld();
    await expect(inTransaction((tx) => regenerateFeed(tx, world.staffA, { kind: "unit", id: world.unitB.id }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inTransaction((tx) => regenerateFeed(tx, world.viewer, { kind: "unit", id: world.unitA.id }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await createWorld();
    await expect(inTransaction((tx) => regenerateFeed(tx, other.leader, { kind: "unit", id: world.unitA.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.calendarFeed.count({ where: { organizationId: world.organization.id } })).toBe(0);
  });
});
