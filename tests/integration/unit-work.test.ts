// "Việc của đơn vị" filters, groups and pages in SQL: a group shows one page
// of its rows and says how many it holds; the groups SQL draws agree with
// workGroup (lib/activities/rules.ts); a unit's part through a group holds;
// the list is one for every reader of the organisation (it is cached and
// shared: components/activities/cached-work.ts), only the rights are theirs.
import { describe, expect, it } from "vitest";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { workGroup } from "@/lib/activities/rules";
import { listUnitWork, unitWorkOfOrganization, workRightsOf, WORK_GROUP_PREVIEW, WORK_PAGE_SIZE } from "@/lib/activities/work-queries";
import { withQueryCount } from "@/lib/db-metrics";
import type { ActivitySpec } from "@/prisma/seed/plan-spec";
import { addGroupMembers, createPlan, createUnit, createWorld } from "./support/factories";

const OVERDUE = 55;

async function busyUnit() {
  const world = await createWorld();
  const today = todayInVietnam();
  const group = await createUnit(world.organization.id, { kind: "GROUP" });
  await addGroupMembers(world.organization.id, group.id, [world.unitB.id]);
  const done = (content: string, end: string): ActivitySpec => ({
    content,
    lead: world.unitA.id,
    start: shiftDate(end, -1),
    end,
    updates: [{ at: new Date().toISOString(), by: world.staffA.id, status: "DONE", result: "Xong" }],
  });
  const activities: ActivitySpec[] = [
    ...Array.from({ length: OVERDUE }, (_, i) => ({ content: `Trễ ${String(i + 1).padStart(2, "0")}`, lead: world.unitA.id, start: shiftDate(today, -90), end: shiftDate(today, -(OVERDUE - i)) })),
    ...[0, 1, 2, 3, 5, 6, 7, 8, 9, 14, 30].map((days) => ({ content: `Hạn sau ${days} ngày`, lead: world.unitA.id, start: shiftDate(today, -1), end: shiftDate(today, days) })),
    { content: "Cùng các phòng", lead: world.unitA.id, supporters: [group.id], start: shiftDate(today, -1), end: shiftDate(today, 20) },
    done("Xong hôm trước", shiftDate(today, -3)),
    done("Xong sớm", shiftDate(today, 9)),
  ];
  await createPlan(world.organization.id, {
    status: "ISSUED",
    number: 7,
    issueDate: shiftDate(today, -90),
    year: Number(today.slice(0, 4)),
    phases: [{ title: "Triển khai", start: shiftDate(today, -90), end: shiftDate(today, 60), activities }],
  });
  return { ...world, group, today };
}

describe("a unit's work list", () => {
  it("pages a chosen group in SQL, soonest deadline first, and previews each group otherwise", async () => {
    const w = await busyUnit();
    const first = await listUnitWork(w.leader, { unitId: w.unitA.id, due: "overdue" }, w.today, { page: 1 });
    const second = await listUnitWork(w.leader, { unitId: w.unitA.id, due: "overdue" }, w.today, { page: 2 });
    expect(first.groups.map((g) => [g.group, g.count, g.page, g.pages, g.items.length])).toEqual([["overdue", OVERDUE, 1, 2, WORK_PAGE_SIZE]]);
    expect(second.groups.map((g) => [g.group, g.count, g.page, g.pages, g.items.length])).toEqual([["overdue", OVERDUE, 2, 2, OVERDUE - WORK_PAGE_SIZE]]);
    const contents = [...first.groups[0]!.items, ...second.groups[0]!.items].map((i) => i.content);
    expect(contents).toEqual(Array.from({ length: OVERDUE }, (_, i) => `Trễ ${String(i + 1).padStart(2, "0")}`));
    // A page past the end shows the last one.
    expect((await listUnitWork(w.leader, { unitId: w.unitA.id, due: "overdue" }, w.today, { page: 9 })).groups[0]!.page).toBe(2);

    const all = await listUnitWork(w.leader, { unitId: w.unitA.id }, w.today);
    expect(all.total).toBe(OVERDUE + 11 + 1 + 2);
    expect(all.groups.map((g) => g.group)).toEqual(["overdue", "week", "upcoming", "done"]);
    expect(all.groups.reduce((n, g) => n + g.count, 0)).toBe(all.total);
    for (const g of all.groups) expect(g.items.length).toBe(Math.min(g.count, WORK_GROUP_PREVIEW[g.group]));
    // Finished work, most recent first.
    expect(all.groups.find((g) => g.group === "done")!.items.map((i) => i.content)).toEqual(["Xong sớm", "Xong hôm trước"]);
  });

  it("draws the same groups in SQL as workGroup does, whatever the weekday", async () => {
    const w = await busyUnit();
    for (const days of [0, 1, 2, 3, 4, 5, 6]) {
      const today = shiftDate(w.today, days);
      const work = await listUnitWork(w.leader, { unitId: w.unitA.id }, today);
      for (const { group, items } of work.groups) {
        for (const item of items) expect([item.content, workGroup(item, today)]).toEqual([item.content, group]);
      }
      const chosen = await Promise.all((["week", "upcoming"] as const).map((due) => listUnitWork(w.leader, { unitId: w.unitA.id, due }, today)));
      expect(chosen.map((c) => c.groups[0]!.count)).toEqual([work.groups[1]!.count, work.groups[2]!.count]);
    }
  });

  it("filters by part, status and words in SQL; a member of a supporting group supports", async () => {
    const w = await busyUnit();
    const names = (work: Awaited<ReturnType<typeof listUnitWork>>) => work.groups.flatMap((g) => g.items.map((i) => `${i.content}:${i.part}`));
    expect(names(await listUnitWork(w.leader, { unitId: w.unitB.id }, w.today))).toEqual(["Cùng các phòng:support"]);
    expect(names(await listUnitWork(w.leader, { unitId: w.unitB.id, role: "support" }, w.today))).toEqual(["Cùng các phòng:support"]);
    expect(names(await listUnitWork(w.leader, { unitId: w.unitB.id, role: "lead" }, w.today))).toEqual([]);
    expect(names(await listUnitWork(w.leader, { unitId: w.unitA.id, q: "cung CAC phong" }, w.today))).toEqual(["Cùng các phòng:lead"]);
    const done = await listUnitWork(w.leader, { unitId: w.unitA.id, status: "DONE" }, w.today);
    expect(done.groups.map((g) => [g.group, g.count])).toEqual([
      ["overdue", 0],
      ["week", 0],
      ["upcoming", 0],
      ["done", 2],
    ]);
    // The staff of the supporting unit may report on it; the leader sees it with a leader's rights.
    const asMember = await listUnitWork(w.staffB, { unitId: w.unitB.id }, w.today);
    expect(asMember.groups.flatMap((g) => g.items.map((i) => i.rights.report))).toEqual([true]);
  });

  it("is one list for every reader of the organisation: only the rights are the reader's; another organisation finds no unit", async () => {
    const w = await busyUnit();
    const shared = await unitWorkOfOrganization(w.organization.id, { unitId: w.unitB.id }, w.today);
    expect(shared!.groups.flatMap((g) => g.items.map((i) => i.content))).toEqual(["Cùng các phòng"]);
    const rightsOf = new Map<string, unknown>();
    for (const [name, reader] of Object.entries({ leader: w.leader, admin: w.admin, staffA: w.staffA, staffB: w.staffB, viewer: w.viewer })) {
      const work = await listUnitWork(reader, { unitId: w.unitB.id }, w.today);
      expect(work.groups.map((g) => ({ ...g, items: g.items.map(({ rights: _rights, ...rest }) => rest) })), name).toEqual(shared!.groups);
      expect(work.total, name).toBe(shared!.total);
      rightsOf.set(name, work.groups.flatMap((g) => g.items.map((i) => i.rights))[0]);
    }
    // Unit A leads it, unit B supports it through the group, a viewer only reads.
    expect(rightsOf.get("staffA")).toMatchObject({ changeStatus: true, report: true });
    expect(rightsOf.get("staffB")).toMatchObject({ changeStatus: false, report: true });
    expect(rightsOf.get("viewer")).toMatchObject({ changeStatus: false, report: false, cancel: false });
    const other = await createWorld();
    expect(await unitWorkOfOrganization(other.organization.id, { unitId: w.unitB.id }, w.today)).toBeNull();
  });

  it("costs the same queries for a busy unit as for a quiet one; a reader's rights cost none on their own unit's list, one on another's", async () => {
    const w = await busyUnit();
    const busy = await withQueryCount(() => unitWorkOfOrganization(w.organization.id, { unitId: w.unitA.id }, w.today));
    const quiet = await withQueryCount(() => unitWorkOfOrganization(w.organization.id, { unitId: w.unitB.id }, w.today));
    expect(busy.result!.total).toBeGreaterThan(60);
    expect(quiet.result!.total).toBe(1);
    console.log(`unit work list: ${busy.queries} queries (busy unit), ${quiet.queries} (quiet unit)`);
    expect(busy.queries).toBe(quiet.queries);
    const own = await withQueryCount(() => workRightsOf(w.staffA, { unitId: w.unitA.id, unitGroupIds: [] }));
    const another = await withQueryCount(() => workRightsOf(w.staffA, { unitId: w.unitB.id, unitGroupIds: [w.group.id] }));
    expect([own.queries, another.queries]).toEqual([0, 1]);
  });
});
