// The register (issue 16 §2, §5): the numbering source per organisation, issue with the number and date of an
// external register (NUMBER_TAKEN when taken, nothing changed), the suggestion, Sửa số (reason, audit, version),
// and the register's read model (year filter, gaps) with its Excel copy.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { shiftDate, todayInVietnam, yearOf } from "@/lib/dates";
import { transitionPlan } from "@/lib/plans/service/workflow";
import { correctPlanNumber } from "@/lib/plans/service/correct-number";
import { correctPlanNumberSchema } from "@/lib/plans/schemas";
import { getPlanWorkflow } from "@/lib/plans/queries";
import { getRegister } from "@/lib/plans/register-queries";
import { getPlanHistory } from "@/lib/plans/history";
import { attentionFile, planActivitiesFile, registerFile, unitTableFile } from "@/lib/documents/exports";
import { updateOrganization } from "@/lib/organizations/service";
import { getOrganizationSettings } from "@/lib/organizations/queries";
import { updateOrganizationSchema } from "@/lib/organizations/schemas";
import { attentionFiltersSchema } from "@/lib/activities/schemas";
import { createPlan, createUser, createWorld, inTransaction, organizationSnapshot } from "./support/factories";
import { api, tokenFor } from "./support/api";
import { attachSignedCopy, prepareSignedCopy } from "@/lib/signed-copies/service";
import { signedFile } from "./support/rights-cases-signed";

type World = Awaited<ReturnType<typeof createWorld>>;
const today = todayInVietnam();
const year = yearOf(today);

async function externalWorld() {
  const world = await createWorld();
  const vanThu = await createUser(world.organization.id, "VAN_THU");
  const settings = await getOrganizationSettings(world.admin);
  await inTransaction((tx) => updateOrganization(tx, world.admin, updateOrganizationSchema.parse({ ...settings, numberingSource: "EXTERNAL" })));
  return { ...world, vanThu };
}

const approved = (world: World) =>
  createPlan(world.organization.id, { status: "APPROVED", createdById: world.staffA.id, draftingUnitId: world.unitA.id, signerTitle: "GIÁM ĐỐC", year });
const issued = (world: World, number: number, issueDate = today, title?: string) =>
  createPlan(world.organization.id, { status: "ISSUED", number, issueDate, symbol: "KH-SKHCN", year: yearOf(issueDate), signerTitle: "GIÁM ĐỐC", signerName: "Nguyễn Văn A", ...(title ? { title } : {}) });

const issue = (user: World["leader"], planId: string, fields: { number?: number; issueDate?: string }) =>
  inTransaction(async (tx) => {
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId } });
    return transitionPlan(tx, user, "issue", { planId, version: plan.version, comment: "", ...fields });
  });

describe("the numbering source", () => {
  it("is a versioned, audited setting of the organisation; a client that leaves it out keeps it", async () => {
    const world = await createWorld();
    const before = await getOrganizationSettings(world.admin);
    expect(before.numberingSource).toBe("INTERNAL");
    await inTransaction((tx) => updateOrganization(tx, world.admin, updateOrganizationSchema.parse({ ...before, numberingSource: "EXTERNAL" })));
    const after = await getOrganizationSettings(world.admin);
    expect(after).toMatchObject({ numberingSource: "EXTERNAL", version: before.version + 1 });
    const { numberingSource: _, ...withoutSource } = after;
    await inTransaction((tx) => updateOrganization(tx, world.admin, updateOrganizationSchema.parse({ ...withoutSource, place: "Cao Bằng" })));
    expect((await getOrganizationSettings(world.admin)).numberingSource).toBe("EXTERNAL");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Organization", entityId: world.organization.id }, orderBy: { createdAt: "asc" } });
    expect(audit).toMatchObject({ before: { numberingSource: "INTERNAL" }, after: { numberingSource: "EXTERNAL" } });
  });

  it("INTERNAL: Kehoach numbers the plan and dates it today; a number sent anyway is refused, nothing changed", async () => {
    const world = await createWorld();
    const plan = await approved(world);
    const snapshot = await organizationSnapshot(world.organization.id);
    await expect(issue(world.leader, plan.id, { number: 5, issueDate: today })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { number: [expect.any(String)], issueDate: [expect.any(String)] } });
    expect(await organizationSnapshot(world.organization.id)).toEqual(snapshot);
    expect((await issue(world.leader, plan.id, {})).numberLabel).toMatch(/^01\/KH-/);
  });
});

describe("issue with an external register (e-office)", () => {
  it("the văn thư issues with the register's number and date; the dialog suggests the next free number", async () => {
    const world = await externalWorld();
    await issued(world, 7);
    const plan = await approved(world);
    const { numbering, rights } = await getPlanWorkflow(world.vanThu, plan.id);
    expect(rights.issue).toBe(true);
    expect(numbering).toMatchObject({ external: true, suggestedNumber: 8, today, current: null });
    const issueDate = shiftDate(today, 0);
    const result = await issue(world.vanThu, plan.id, { number: 12, issueDate });
    expect(result.numberLabel).toMatch(/^12\/KH-/);
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ status: "ISSUED", number: 12, numberYear: year, issueDate: new Date(`${issueDate}T00:00:00.000Z`) });
    // The next suggestion moves past the highest number; the counter too, should the organisation switch back.
    expect((await getPlanWorkflow(world.vanThu, (await approved(world)).id)).numbering?.suggestedNumber).toBe(13);
  });

  it("a number already in the year's register is NUMBER_TAKEN (409 from the API) with a clear message; nothing changes", async () => {
    const world = await externalWorld();
    await issued(world, 4, today, "Kế hoạch đã giữ số 4");
    const plan = await approved(world);
    const token = await tokenFor(world.vanThu);
    const snapshot = await organizationSnapshot(world.organization.id);
    await expect(issue(world.vanThu, plan.id, { number: 4, issueDate: today })).rejects.toMatchObject({ code: "CONFLICT", reason: "NUMBER_TAKEN", fieldErrors: { number: [expect.any(String)] } });
    expect(await organizationSnapshot(world.organization.id)).toEqual(snapshot);

    const response = await api("POST", `/plans/${plan.id}/issue`, { token, body: { version: plan.version, number: 4, issueDate: today } });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.json).toMatchObject({ reason: "NUMBER_TAKEN", detail: expect.stringContaining("Kế hoạch đã giữ số 4") });
    expect(await organizationSnapshot(world.organization.id)).toEqual(snapshot);
    const ok = await api("POST", `/plans/${plan.id}/issue`, { token, body: { version: plan.version, number: 5, issueDate: today } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json).toMatchObject({ status: "ISSUED", number: expect.stringMatching(/^05\//) });
  });

  it("refuses a missing number, a date in the future or before the approval (422), nothing changed", async () => {
    const world = await externalWorld();
    const plan = await approved(world);
    await db.planReview.create({ data: { organizationId: world.organization.id, planId: plan.id, actorId: world.leader.id, fromStatus: "SUBMITTED", toStatus: "APPROVED", createdAt: new Date(`${today}T03:00:00.000Z`) } });
    const snapshot = await organizationSnapshot(world.organization.id);
    await expect(issue(world.vanThu, plan.id, {})).rejects.toMatchObject({ code: "INVALID", fieldErrors: { number: [expect.any(String)], issueDate: [expect.any(String)] } });
    await expect(issue(world.vanThu, plan.id, { number: 3, issueDate: shiftDate(today, 1) })).rejects.toMatchObject({ fieldErrors: { issueDate: [expect.stringContaining("không được sau hôm nay")] } });
    await expect(issue(world.vanThu, plan.id, { number: 3, issueDate: shiftDate(today, -1) })).rejects.toMatchObject({ fieldErrors: { issueDate: [expect.stringContaining("trước ngày phê duyệt")] } });
    expect(await organizationSnapshot(world.organization.id)).toEqual(snapshot);
    const token = await tokenFor(world.vanThu);
    const response = await api("POST", `/plans/${plan.id}/issue`, { token, body: { version: plan.version, number: 3, issueDate: shiftDate(today, 1) } });
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ errors: { issueDate: [expect.any(String)] } });
  });
});

describe("Sửa số", () => {
  const input = (planId: string, version: number, fields: Partial<Record<"number" | "symbol" | "issueDate" | "reason", string>> = {}) =>
    correctPlanNumberSchema.parse({ planId, version, number: "21", symbol: "kh-skhcn", issueDate: today, reason: "Sổ đăng ký ghi số 21", ...fields });

  it("the văn thư corrects number, symbol and date with a reason: versioned, audited old → new, shown in the history", async () => {
    const world = await externalWorld();
    const plan = await issued(world, 20);
    const result = await inTransaction((tx) => correctPlanNumber(tx, world.vanThu, input(plan.id, plan.version)));
    expect(result).toEqual({ version: plan.version + 1, numberLabel: "21/KH-SKHCN" });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ number: 21, symbol: "KH-SKHCN", version: plan.version + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { planId: plan.id, action: "correctNumber" } });
    expect(audit).toMatchObject({ actorId: world.vanThu.id, before: { number: "20/KH-SKHCN", issueDate: today }, after: { number: "21/KH-SKHCN", issueDate: today, reason: "Sổ đăng ký ghi số 21" } });
    const history = await getPlanHistory(world.leader, plan.id);
    expect(history[0]!.text).toContain("sửa số kế hoạch từ 20/KH-SKHCN");
    expect(history[0]!.text).toContain("thành 21/KH-SKHCN");
    expect(history[0]!.text).toContain("Sổ đăng ký ghi số 21");
  });

  it("requires a reason, refuses a taken number (NUMBER_TAKEN) and a stale version (CONFLICT); nothing changes", async () => {
    const world = await externalWorld();
    const plan = await issued(world, 30);
    await issued(world, 31);
    expect(correctPlanNumberSchema.safeParse({ planId: plan.id, version: plan.version, number: "32", symbol: "KH-SKHCN", issueDate: today, reason: "  " }).error?.issues[0]?.path).toEqual(["reason"]);
    const snapshot = await organizationSnapshot(world.organization.id);
    await expect(inTransaction((tx) => correctPlanNumber(tx, world.vanThu, input(plan.id, plan.version, { number: "31" })))).rejects.toMatchObject({ code: "CONFLICT", reason: "NUMBER_TAKEN" });
    await expect(inTransaction((tx) => correctPlanNumber(tx, world.vanThu, input(plan.id, plan.version - 1 || 99)))).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: plan.version } } });
    await expect(inTransaction((tx) => correctPlanNumber(tx, world.leader, input(plan.id, plan.version)))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await organizationSnapshot(world.organization.id)).toEqual(snapshot);
    // Its own number, a new date: allowed (the plan does not hold its number against itself).
    await inTransaction((tx) => correctPlanNumber(tx, world.vanThu, input(plan.id, plan.version, { number: "30", reason: "Sai ngày" })));
    const token = await tokenFor(world.vanThu);
    const response = await api("POST", `/plans/${plan.id}/correct-number`, { token, body: { version: plan.version + 1, number: 31, symbol: "KH-SKHCN", issueDate: today, reason: "Thử" } });
    expect(response.status).toBe(409);
    expect(response.json).toMatchObject({ reason: "NUMBER_TAKEN" });
  });
});

describe("once the signed copy is attached", () => {
  it("the register shows it, and Sửa số is refused (SIGNED_COPY_ATTACHED, 409 from the API) with nothing changed", async () => {
    const world = await externalWorld();
    const plan = await issued(world, 40);
    const other = await issued(world, 41);
    const prepared = await prepareSignedCopy(world.vanThu, await signedFile("KH 40 đã ký.pdf"));
    await inTransaction((tx) => attachSignedCopy(tx, world.vanThu, plan.id, prepared));
    const register = await getRegister(world.vanThu, year);
    expect(register.entries.map((e) => (e.kind === "plan" ? [e.plan.number, e.plan.signedCopy] : null)).filter(Boolean)).toEqual([
      [40, true],
      [41, false],
    ]);
    const snapshot = await organizationSnapshot(world.organization.id);
    const version = (await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).version;
    const input = correctPlanNumberSchema.parse({ planId: plan.id, version, number: "42", symbol: "KH-SKHCN", issueDate: today, reason: "Sổ ghi số 42" });
    await expect(inTransaction((tx) => correctPlanNumber(tx, world.vanThu, input))).rejects.toMatchObject({ code: "CONFLICT", reason: "SIGNED_COPY_ATTACHED" });
    expect(await organizationSnapshot(world.organization.id)).toEqual(snapshot);
    const response = await api("POST", `/plans/${plan.id}/correct-number`, { token: await tokenFor(world.vanThu), body: { version, number: 42, symbol: "KH-SKHCN", issueDate: today, reason: "Thử" } });
    expect(response.status).toBe(409);
    expect(response.json).toMatchObject({ reason: "SIGNED_COPY_ATTACHED" });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ number: 40, version });
    // The plan without a copy can still be corrected.
    const otherVersion = (await db.plan.findUniqueOrThrow({ where: { id: other.id } })).version;
    await inTransaction((tx) => correctPlanNumber(tx, world.vanThu, correctPlanNumberSchema.parse({ planId: other.id, version: otherVersion, number: "43", symbol: "KH-SKHCN", issueDate: today, reason: "Sổ ghi số 43" })));
    expect(await db.plan.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ number: 43 });
  });
});

describe("the register's read model", () => {
  it("lists the year's numbered plans by number, flags the gaps, filters by year, and the Excel has the same rows", async () => {
    const world = await externalWorld();
    const lastYear = `${year - 1}-06-01`;
    const [p1, p2, p5] = [await issued(world, 1), await issued(world, 2), await issued(world, 5)];
    await issued(world, 3, lastYear);
    await createPlan(world.organization.id, { status: "DRAFT", year });
    const register = await getRegister(world.vanThu, year);
    expect(register.entries.map((e) => (e.kind === "gap" ? `gap ${e.from}-${e.to}` : e.plan.id))).toEqual([p1.id, p2.id, "gap 3-4", p5.id]);
    expect(register).toMatchObject({ planCount: 3, gapCount: 1, years: [year, year - 1] });
    expect(register.entries[0]).toMatchObject({ kind: "plan", plan: { numberLabel: "01/KH-SKHCN", issueDate: today, signer: "GIÁM ĐỐC Nguyễn Văn A", signedCopy: false } });
    expect((await getRegister(world.leader, year - 1)).entries.map((e) => (e.kind === "gap" ? `gap ${e.from}-${e.to}` : e.plan.number))).toEqual(["gap 1-2", 3]);
    await expect(getRegister(world.staffA, year)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRegister(world.viewer, year)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const file = await registerFile(world.vanThu, year);
    expect(file.fileName).toBe(`Sổ đăng ký kế hoạch năm ${year}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (c: number) => Array.from({ length: sheet.rowCount - 3 }, (_, i) => String(sheet.getRow(4 + i).getCell(c).value));
    expect(column(1)).toEqual(["01/KH-SKHCN", "02/KH-SKHCN", "Thiếu số 03–04", "05/KH-SKHCN"]);
    expect(String(sheet.getCell("A2").value)).toMatch(/^Số liệu đến ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" });
  });
});

describe("every Excel export is ready to print", () => {
  it("A4, one page wide, header rows repeated, the as-of footer; names keep their accents", async () => {
    const world = await createWorld();
    const plan = await createPlan(world.organization.id, {
      status: "ISSUED", number: 1, issueDate: today, year,
      phases: [{ title: "Triển khai", start: shiftDate(today, -10), end: shiftDate(today, 10), activities: [{ content: "Việc trễ", lead: world.unitA.id, end: shiftDate(today, -2) }] }],
    });
    const files = {
      activities: await planActivitiesFile(world.leader, plan.id),
      units: await unitTableFile(world.leader, { year }),
      attention: await attentionFile(world.leader, attentionFiltersSchema.parse({})),
    };
    expect(files.units.fileName).toBe(`Tiến độ theo đơn vị năm ${year}.xlsx`);
    const headerRows = { activities: "1:2", units: "1:3", attention: "1:3" };
    for (const [name, file] of Object.entries(files)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.pageSetup, name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: headerRows[name as keyof typeof headerRows] });
      expect(sheet.headerFooter.oddFooter, name).toMatch(/Số liệu đến ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    }
  });
});
