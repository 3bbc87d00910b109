// "Việc cần chú ý" (issue 15 §1): the Sở-wide list of late, blocked, due-soon
// and late-unreported work, its filters, its order and paging, who sees which
// rows, and its Excel file. Each test seeds its own organisation.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { formatDate, shiftDate, todayInVietnam } from "@/lib/dates";
import { listAttention, ATTENTION_PAGE_SIZE } from "@/lib/activities/attention-queries";
import { attentionFiltersSchema } from "@/lib/activities/schemas";
import { attentionFile } from "@/lib/documents/exports";
import { remindLeadUnit } from "@/lib/notifications/remind";
import type { SessionUser } from "@/lib/auth/user";
import { createPlan, createUnit, createUser, createWorld, inTransaction } from "./support/factories";

const today = todayInVietnam();
const day = (n: number) => shiftDate(today, n);
const at = (n: number) => `${day(n)}T03:00:00.000Z`;

async function world() {
  const w = await createWorld();
  const unitC = await createUnit(w.organization.id);
  const staffC = await createUser(w.organization.id, "STAFF", unitC.id);
  const year = Number(today.slice(0, 4));
  const plan = await createPlan(w.organization.id, {
    status: "ISSUED",
    number: 12,
    symbol: "KH-SKHCN",
    issueDate: day(-40),
    year,
    phases: [
      {
        title: "Triển khai",
        start: day(-40),
        end: day(40),
        activities: [
          { content: "Khảo sát im lặng", lead: w.unitA.id, start: day(-20), end: day(-5) },
          { content: "Báo cáo trễ có cập nhật", lead: w.unitA.id, start: day(-10), end: day(-2), updates: [{ at: at(-6), by: w.staffA.id, status: "IN_PROGRESS", progress: 30, note: "Đang làm" }] },
          { content: "Hội thảo vướng mắc", lead: w.unitB.id, supporters: [w.unitA.id], end: day(20), updates: [{ at: at(-1), by: w.staffB.id, status: "BLOCKED", statusReason: "Chưa có kinh phí" }] },
          { content: "Tổng hợp sắp đến hạn", lead: w.unitB.id, start: day(-3), end: day(3) },
          { content: "Triển lãm còn xa", lead: w.unitA.id, end: day(25), subTasks: [{ content: "Thuê gian hàng trễ", lead: unitC.id, start: day(-9), end: day(-1) }] },
          { content: "Đã xong dù trễ", lead: w.unitA.id, end: day(-3), updates: [{ at: at(-4), by: w.staffA.id, status: "DONE" }] },
        ],
      },
    ],
  });
  // Not tracked: a draft's late work never shows.
  await createPlan(w.organization.id, { status: "DRAFT", year, phases: [{ title: "Dự thảo", start: day(-30), end: day(30), activities: [{ content: "Dự thảo trễ", lead: w.unitA.id, end: day(-10) }] }] });
  const ids = Object.fromEntries((await db.activity.findMany({ where: { planId: plan.id }, select: { id: true, content: true } })).map((a) => [a.content, a.id]));
  return { ...w, unitC, staffC, plan, ids };
}

// The statements of one page, whatever the number of rows: 4 bucket counts, 4 kind counts, the
// units and plans of the filter bar, at most 4 id reads (one per bucket the page spans), the
// page's rows (one statement per relation of the row select) and the reminders of today.
// Measured: 24 for a page within one bucket, 25 across two (33 before the rows were read once per page).
const MAX_QUERIES = 27;
const filters = (input: Record<string, string> = {}) => attentionFiltersSchema.parse(input);
const contents = async (user: SessionUser, input: Record<string, string> = {}) => (await listAttention(user, filters(input), today)).rows.map((r) => r.content);

describe("Việc cần chú ý", () => {
  it("lists every late, blocked, due-soon and late-unreported activity of issued plans, most severe first, with what a leader needs to act", async () => {
    const w = await world();
    const list = await listAttention(w.leader, filters(), today);
    expect(list.rows.map((r) => r.content)).toEqual(["Khảo sát im lặng", "Thuê gian hàng trễ", "Báo cáo trễ có cập nhật", "Hội thảo vướng mắc", "Tổng hợp sắp đến hạn"]);
    expect(list).toMatchObject({ total: 5, page: 1, pages: 1, unitBound: false, counts: { overdue: 3, blocked: 1, dueSoon: 1, unreported: 2 } });
    const [silent, sub, reported, blocked, soon] = list.rows;
    expect(silent).toMatchObject({
      plan: { numberLabel: "12/KH-SKHCN" },
      stt: "1",
      phase: { code: expect.any(String) },
      leadUnit: { name: w.unitA.name },
      window: `${formatDate(day(-20))} – ${formatDate(day(-5))}`,
      daysLate: 5,
      kinds: ["overdue", "unreported"],
      lastUpdate: null,
      canRemind: true,
      remindedToday: false,
    });
    expect(sub).toMatchObject({ stt: "5.1", parentContent: "Triển lãm còn xa", leadUnit: { name: w.unitC.name }, daysLate: 1, kinds: ["overdue", "unreported"] });
    expect(reported).toMatchObject({ daysLate: 2, kinds: ["overdue"], lastUpdate: { author: expect.stringContaining(w.staffA.displayName) } });
    expect(reported!.lastUpdate!.at.toISOString()).toBe(at(-6));
    expect(blocked).toMatchObject({ kinds: ["blocked"], statusReason: "Chưa có kinh phí", daysLate: 0 });
    expect(soon).toMatchObject({ kinds: ["dueSoon"], daysLate: 0 });
  });

  it("filters by kind, by the due-soon horizon in days, by status and by plan", async () => {
    const w = await world();
    expect(await contents(w.leader, { kind: "overdue" })).toEqual(["Khảo sát im lặng", "Thuê gian hàng trễ", "Báo cáo trễ có cập nhật"]);
    expect(await contents(w.leader, { kind: "unreported" })).toEqual(["Khảo sát im lặng", "Thuê gian hàng trễ"]);
    expect(await contents(w.leader, { kind: "blocked" })).toEqual(["Hội thảo vướng mắc"]);
    expect(await contents(w.leader, { kind: "dueSoon" })).toEqual(["Tổng hợp sắp đến hạn"]);
    // Due in 3 calendar days: inside a 3-day horizon, outside a 2-day one; 30 days reach the blocked one and the exhibition too.
    expect(await contents(w.leader, { kind: "dueSoon", days: "3" })).toEqual(["Tổng hợp sắp đến hạn"]);
    expect(await contents(w.leader, { kind: "dueSoon", days: "2" })).toEqual([]);
    expect(await contents(w.leader, { kind: "dueSoon", days: "30" })).toEqual(["Hội thảo vướng mắc", "Tổng hợp sắp đến hạn", "Triển lãm còn xa"]);
    expect(await contents(w.leader, { status: "IN_PROGRESS" })).toEqual(["Báo cáo trễ có cập nhật"]);
    expect(await contents(w.leader, { plan: w.plan.id, kind: "blocked" })).toEqual(["Hội thảo vướng mắc"]);
    const empty = await listAttention(w.leader, filters({ kind: "blocked", status: "NOT_STARTED" }), today);
    expect(empty).toMatchObject({ total: 0, rows: [], pages: 1 });
  });

  it("filters by the plans' year, and offers the years and the plans of the year chosen", async () => {
    const w = await world();
    const year = Number(today.slice(0, 4));
    await createPlan(w.organization.id, {
      status: "ISSUED",
      number: 3,
      issueDate: day(-400),
      year: year - 1,
      phases: [{ title: "Năm trước", start: day(-400), end: day(30), activities: [{ content: "Việc kế hoạch năm trước trễ", lead: w.unitA.id, end: day(-8) }] }],
    });
    const all = await listAttention(w.leader, filters(), today);
    expect(all.rows.map((r) => r.content)).toContain("Việc kế hoạch năm trước trễ");
    expect(all.years).toEqual([year, year - 1]);
    const thisYear = await listAttention(w.leader, filters({ year: String(year) }), today);
    expect(thisYear.rows.map((r) => r.content)).not.toContain("Việc kế hoạch năm trước trễ");
    expect(thisYear.rows.map((r) => r.content)).toContain("Khảo sát im lặng");
    expect(thisYear.plans.map((p) => p.id)).toEqual([w.plan.id]);
    expect(thisYear.filtersText).toContain(`Kế hoạch năm ${year}`);
    const lastYear = await listAttention(w.leader, filters({ year: String(year - 1) }), today);
    expect(lastYear.rows.map((r) => r.content)).toEqual(["Việc kế hoạch năm trước trễ"]);
    const noPlans = await listAttention(w.leader, filters({ year: String(year + 3) }), today);
    expect(noPlans.total).toBe(0);
    expect(noPlans.years).toEqual([year + 3, year, year - 1]);
    // An unreadable year is ignored, not an error.
    expect((await listAttention(w.leader, filters({ year: "abc" }), today)).total).toBe(all.total);
  });

  it("filters by unit, as lead or as support", async () => {
    const w = await world();
    expect(await contents(w.leader, { unit: w.unitA.id, role: "lead" })).toEqual(["Khảo sát im lặng", "Báo cáo trễ có cập nhật"]);
    expect(await contents(w.leader, { unit: w.unitA.id, role: "support" })).toEqual(["Hội thảo vướng mắc"]);
    expect(await contents(w.leader, { unit: w.unitA.id })).toEqual(["Khảo sát im lặng", "Báo cáo trễ có cập nhật", "Hội thảo vướng mắc"]);
    const list = await listAttention(w.leader, filters({ unit: w.unitA.id, role: "lead", kind: "overdue" }), today);
    expect(list.filtersText).toBe(`Đơn vị: ${w.unitA.name} (chủ trì) · Loại: Quá hạn · Sắp đến hạn: trong 7 ngày tới`);
  });

  it("shows staff their own unit's rows only, whatever unit the address names", async () => {
    const w = await world();
    const staffB = await listAttention(w.staffB, filters({ unit: w.unitA.id }), today);
    expect(staffB).toMatchObject({ unitBound: true, unit: { id: w.unitB.id }, units: [] });
    expect(staffB.rows.map((r) => r.content)).toEqual(["Hội thảo vướng mắc", "Tổng hợp sắp đến hạn"]);
    expect(staffB.rows.every((r) => !r.canRemind)).toBe(true);
    expect(await contents(w.staffC)).toEqual(["Thuê gian hàng trễ"]);
    // Unit A supports the blocked one: its staff see it beside what they lead.
    expect(await contents(w.staffA)).toEqual(["Khảo sát im lặng", "Báo cáo trễ có cập nhật", "Hội thảo vướng mắc"]);
    expect(await contents(w.staffA, { role: "lead" })).not.toContain("Hội thảo vướng mắc");
    // A staff member with no unit has no unit to see.
    const unitless = await createUser(w.organization.id, "STAFF", null);
    await expect(listAttention(unitless, filters(), today)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a viewer, as the map says, and never shows another organisation's rows", async () => {
    const w = await world();
    await expect(listAttention(w.viewer, filters(), today)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await createWorld();
    const theirs = await listAttention(other.leader, filters(), today);
    expect(theirs.rows.map((r) => r.id).filter((id) => Object.values(w.ids).includes(id))).toEqual([]);
    expect(theirs.units.map((u) => u.id)).not.toContain(w.unitA.id);
    expect(theirs.plans.map((p) => p.id)).not.toContain(w.plan.id);
    await expect(listAttention(other.leader, filters({ unit: w.unitA.id }), today)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listAttention(other.leader, filters({ plan: w.plan.id }), today)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attentionFile(w.viewer, filters(), today)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("marks the rows whose unit was reminded today, through the same rule as the reminder", async () => {
    const w = await world();
    await inTransaction((tx) => remindLeadUnit(tx, w.leader, { activityId: w.ids["Khảo sát im lặng"]!, message: "" }));
    const rows = (await listAttention(w.leader, filters(), today)).rows;
    expect(rows.filter((r) => r.remindedToday).map((r) => r.content)).toEqual(["Khảo sát im lặng"]);
  });

  it("pages across the severity buckets in SQL, keeping the order", async () => {
    const w = await createWorld();
    const late = Array.from({ length: ATTENTION_PAGE_SIZE + 5 }, (_, i) => ({ content: `Trễ ${String(i).padStart(2, "0")}`, lead: w.unitA.id, start: day(-90), end: day(-1 - i) }));
    await createPlan(w.organization.id, {
      status: "ISSUED",
      number: 3,
      issueDate: day(-90),
      year: Number(today.slice(0, 4)),
      phases: [{ title: "Nhiều việc", start: day(-90), end: day(10), activities: [...late, { content: "Sắp tới hạn", lead: w.unitB.id, start: day(-1), end: day(1) }] }],
    });
    const { result: first, queries } = await withQueryCount(() => listAttention(w.leader, filters(), today));
    const { result: second, queries: secondQueries } = await withQueryCount(() => listAttention(w.leader, filters({ page: "2" }), today));
    expect(queries).toBeLessThanOrEqual(MAX_QUERIES);
    expect(secondQueries).toBeLessThanOrEqual(MAX_QUERIES);
    expect(first).toMatchObject({ total: ATTENTION_PAGE_SIZE + 6, pages: 2, page: 1 });
    expect(first.rows).toHaveLength(ATTENTION_PAGE_SIZE);
    // Longest late first: "Trễ 54" ended 55 days ago.
    expect(first.rows[0]).toMatchObject({ content: "Trễ 54", daysLate: 55 });
    expect(second.rows.map((r) => r.content)).toEqual(["Trễ 04", "Trễ 03", "Trễ 02", "Trễ 01", "Trễ 00", "Sắp tới hạn"]);
    // A page past the end shows the last one.
    expect((await listAttention(w.leader, filters({ page: "9" }), today)).page).toBe(2);
  });
});

describe("Việc cần chú ý as Excel", () => {
  it("holds the same rows as the page, with the filters, real dates and a Vietnamese file name", async () => {
    const w = await world();
    const file = await attentionFile(w.leader, filters({ unit: w.unitA.id, role: "lead" }), today);
    expect(file.fileName).toBe(`Việc cần chú ý ${w.unitA.name.slice(0, 20)} ${today.split("-").reverse().join("-")}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Việc cần chú ý")!;
    expect(sheet.getCell("A1").value).toBe(`Việc cần chú ý – ${w.organization.name} – tính đến ngày ${formatDate(today)}`);
    expect(sheet.getCell("A2").value).toBe(`Đơn vị: ${w.unitA.name} (chủ trì) · Sắp đến hạn: trong 7 ngày tới`);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "TT",
      "Kế hoạch",
      "Số kế hoạch",
      "Mục",
      "Stt",
      "Hoạt động",
      "Đơn vị chủ trì",
      "Thời gian",
      "Hạn",
      "Cần chú ý",
      "Trạng thái",
      "Số ngày trễ",
      "Cập nhật gần nhất",
      "Người cập nhật",
    ]);
    expect(sheet.rowCount).toBe(5);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(4)).toEqual([1, expect.any(String), "12/KH-SKHCN", expect.any(String), "1", "Khảo sát im lặng", w.unitA.name, `${formatDate(day(-20))} – ${formatDate(day(-5))}`, new Date(`${day(-5)}T00:00:00.000Z`), "Quá hạn, Chưa báo cáo", "Chưa bắt đầu", 5, undefined, "Chưa có báo cáo"]);
    expect(row(5).slice(0, 7)).toEqual([2, expect.any(String), "12/KH-SKHCN", expect.any(String), "2", "Báo cáo trễ có cập nhật", w.unitA.name]);
    expect(row(5)[10]).toBe("Đang thực hiện");
    expect(row(5)[11]).toBe(2);
    expect(row(5)[12]).toBeInstanceOf(Date);
    expect(row(5)[13]).toContain(w.staffA.displayName);
    expect(sheet.getCell("I4").numFmt).toBe("dd/mm/yyyy");
  });
});
