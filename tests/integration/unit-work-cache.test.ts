// "Việc của đơn vị" is cached in two entries (components/activities/cached-work.ts):
// the list's shape (groups' counts, the rows each shows) under the schedule
// tags, and the rows made on it. A unit's progress report must show at once on
// the list while the shape is kept (one read, of the rows shown); a status
// change must move the row between groups. Real entries on this process's
// cache, writes through the service, the triggers' tags.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { readUnitWorkView } from "@/components/activities/cached-work";
import { unitWorkOfOrganization } from "@/lib/activities/work-queries";
import { recordActivityUpdate } from "@/lib/activities/service";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createIssuedPlan, createWorld, inTransaction, trackingInput as report, unique } from "./support/factories";
import { installProcessCache } from "./support/process-cache";

const TODAY = todayInVietnam();
const cache = installProcessCache("kehoach-cache-work");

describe("a unit's cached work list and a progress report", () => {
  it("shows the new progress after one read of the rows shown, keeping the groups; a status change moves the row, as the list read afresh has it", async () => {
    const w = await createWorld();
    const org = w.organization.id;
    const plan = await createIssuedPlan(org, [
      { content: unique("Hội thảo"), lead: w.unitA.id, end: shiftDate(TODAY, 2) },
      { content: unique("Triển lãm"), lead: w.unitA.id, end: shiftDate(TODAY, 30) },
      { content: unique("Tọa đàm"), lead: w.unitA.id, supporters: [w.unitB.id], end: shiftDate(TODAY, -2) },
    ]);
    const list = () => readUnitWorkView(org, w.unitA.id, {}, TODAY, 1);
    const progressOf = (view: Awaited<ReturnType<typeof list>>, id: string) => view!.groups.flatMap((g) => g.rows).find((row) => row.id === id)?.quick.progress;
    const countsOf = (view: Awaited<ReturnType<typeof list>>) => Object.fromEntries(view!.groups.map((g) => [g.group, g.count]));
    const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id, endDate: new Date(`${shiftDate(TODAY, 30)}T00:00:00Z`) } });
    const staff = w.staffA as SessionUser;

    const before = await list();
    expect(progressOf(before, activity.id)).toBe(0);
    const counts = countsOf(before);
    expect(await withQueryCount(list).then((r) => r.queries)).toBe(0);

    const reported = await inTransaction((tx) => recordActivityUpdate(tx, staff, report(activity, { progress: 60, note: "Đã chuẩn bị gian hàng" })));
    await cache().listener.sync();
    const after = await withQueryCount(list);
    expect(after.queries).toBe(1);
    expect(progressOf(after.result, activity.id)).toBe(60);
    expect(countsOf(after.result)).toEqual(counts);

    await inTransaction((tx) => recordActivityUpdate(tx, staff, report({ id: activity.id, version: reported.version }, { status: "DONE", note: "Xong", confirmNoResult: true })));
    await cache().listener.sync();
    const done = await withQueryCount(list);
    expect(done.queries).toBeGreaterThan(1);
    expect(countsOf(done.result)).toEqual({ ...counts, upcoming: counts.upcoming! - 1, done: counts.done! + 1 });
    const fresh = await unitWorkOfOrganization(org, { unitId: w.unitA.id }, TODAY);
    expect(done.result!.groups.map((g) => [g.group, g.count, g.rows.map((row) => row.id)])).toEqual(fresh!.groups.map((g) => [g.group, g.count, g.items.map((item) => item.id)]));
  });
});
