// The plan's chart (components/timeline/cached-gantt.tsx) shows windows,
// statuses and overdue marks, never progress: a unit's progress report must
// leave it cached while the plan page's document, which shows progress, is
// made again; a status change must make both again. Real entries on this
// process's cache, real writes through the service, the triggers' tags.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { CachedPlanGantt } from "@/components/timeline/cached-gantt";
import { cachedPlanDocumentHtml } from "@/components/plans/cached-plan-document";
import { recordActivityUpdate } from "@/lib/activities/service";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createIssuedPlan, createWorld, inTransaction, trackingInput as report, unique } from "./support/factories";
import { installProcessCache } from "./support/process-cache";

const TODAY = todayInVietnam();
const cache = installProcessCache("kehoach-cache-chart");

describe("the plan's chart and a progress report", () => {
  it("stays cached through a progress report (no statement, the same markup) while the document shows the new progress; a status change draws it again", async () => {
    const w = await createWorld();
    const plan = await createIssuedPlan(w.organization.id, [
      { content: unique("Hội thảo"), lead: w.unitA.id, end: shiftDate(TODAY, 3) },
      { content: unique("Triển lãm"), lead: w.unitB.id, end: shiftDate(TODAY, 5) },
    ]);
    const [phase] = await db.phase.findMany({ where: { planId: plan.id } });
    const org = w.organization.id;
    // The chart's rows, as the markup the page writes (the frame around them is drawn per view).
    const chart = async () => {
      const element = (await CachedPlanGantt({ organizationId: org, planId: plan.id, today: TODAY, caption: "Thời gian biểu" })) as { props: { rows: { props: { html: string } } } };
      return element.props.rows.props.html;
    };
    const documentHtml = () => cachedPlanDocumentHtml({ organizationId: org, planId: plan.id, phaseIds: [phase!.id], issueDate: TODAY, today: TODAY, withCost: false, rows: null });
    const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id, leadUnitId: w.unitA.id } });
    const staff = w.staffA as SessionUser;

    const started = await inTransaction((tx) => recordActivityUpdate(tx, staff, report(activity, { status: "IN_PROGRESS", progress: 20, note: "Bắt đầu" })));
    await cache().listener.sync();
    const before = await chart();
    expect(before).toContain("s-IN_PROGRESS");
    expect(await documentHtml()).toContain('aria-valuenow="20"');

    await inTransaction((tx) => recordActivityUpdate(tx, staff, report({ id: activity.id, version: started.version }, { progress: 60, note: "Đã xong 3 buổi" })));
    await cache().listener.sync();
    const reported = await withQueryCount(chart);
    expect(reported.queries).toBe(0);
    expect(reported.result).toBe(before);
    // The document shows progress: its phase's rows are read again.
    const document = await withQueryCount(documentHtml);
    expect(document.queries).toBeGreaterThan(0);
    expect(document.result).toContain('aria-valuenow="60"');
    expect(document.result).not.toContain('aria-valuenow="20"');

    const now = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    await inTransaction((tx) => recordActivityUpdate(tx, staff, report(now, { status: "BLOCKED", statusReason: "Chờ kinh phí", note: "Tạm dừng" })));
    await cache().listener.sync();
    const blocked = await withQueryCount(chart);
    expect(blocked.queries).toBeGreaterThan(0);
    expect(blocked.result).toContain("s-BLOCKED");
    expect(blocked.result).not.toBe(before);
  });
});
