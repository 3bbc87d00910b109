// Ban hành báo cáo kết quả (issue 16 §7 item 4): the report of a published plan gets its number from the
// organisation's ONE register series of the year, shared with plans (NĐ 30/2020, Điều 15): Kehoach's next number
// (INTERNAL) or the number and date from e-office (EXTERNAL), NUMBER_TAKEN both ways, frozen sections, the number
// printed in the DOCX, the register listing it, refused to whoever may not issue with nothing changed.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { todayInVietnam, yearOf, shiftDate, formatDate } from "@/lib/dates";
import { issuePlanReport } from "@/lib/plans/report/issue";
import { savePlanReport } from "@/lib/plans/report/service";
import { getPlanReportPage } from "@/lib/plans/report/queries";
import { transitionPlan } from "@/lib/plans/service/workflow";
import { getRegister } from "@/lib/plans/register-queries";
import { getPlanHistory } from "@/lib/plans/history";
import { planReportFile, registerFile } from "@/lib/documents/exports";
import { updateOrganization } from "@/lib/organizations/service";
import { getOrganizationSettings } from "@/lib/organizations/queries";
import { updateOrganizationSchema } from "@/lib/organizations/schemas";
import { openDocx, paragraphs } from "@/tests/support/docx-xml";
import { createPlan, createUser, createWorld, inTransaction, organizationSnapshot } from "./support/factories";
import { api, tokenFor } from "./support/api";
import { attachSignedCopy, prepareSignedCopy } from "@/lib/signed-copies/service";
import { listSignedCopies } from "@/lib/signed-copies/queries";
import { correctPlanNumber } from "@/lib/plans/service/correct-number";
import { correctReportNumber } from "@/lib/plans/report/correct-number";
import { signedFile } from "./support/rights-cases-signed";

const today = todayInVietnam();
const year = yearOf(today);

async function world(source: "INTERNAL" | "EXTERNAL" = "INTERNAL") {
  const w = await createWorld();
  const vanThu = await createUser(w.organization.id, "VAN_THU");
  if (source === "EXTERNAL") {
    const settings = await getOrganizationSettings(w.admin);
    await inTransaction((tx) => updateOrganization(tx, w.admin, updateOrganizationSchema.parse({ ...settings, numberingSource: "EXTERNAL" })));
  }
  const plan = await createPlan(w.organization.id, {
    status: "ISSUED", number: 3, issueDate: today, symbol: "KH-SKHCN", year, createdById: w.staffA.id, draftingUnitId: w.unitA.id,
    signerTitle: "GIÁM ĐỐC", signerName: "Nguyễn Văn A",
  });
  return { ...w, vanThu, plan };
}

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
    return "OK";
  } catch (error) {
    if (isAppError(error)) return `${error.code}${error.reason ? `/${error.reason}` : ""}`;
    throw error;
  }
}

describe("issuing the results report", () => {
  it("INTERNAL: the văn thư gets the next number of the year's one series (after the plans'), today; audit, history, frozen sections", async () => {
    const w = await world();
    const page = await getPlanReportPage(w.vanThu, w.plan.id);
    expect(page.rights).toMatchObject({ read: true, issue: true, edit: false });
    expect(page.numbering).toMatchObject({ external: false, symbol: "BC-SKHCN", suggestedNumber: 4 });

    const result = await inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1 }));
    expect(result).toMatchObject({ numberLabel: "04/BC-SKHCN", issueDate: today, version: 2 });
    const row = await db.planReport.findUniqueOrThrow({ where: { planId: w.plan.id } });
    expect(row).toMatchObject({ number: 4, numberYear: year, symbol: "BC-SKHCN", issuedById: w.vanThu.id, version: 2 });
    expect(row.recipients[0]).toBe("UBND tỉnh (b/c);");
    const audit = await db.auditLog.findFirstOrThrow({ where: { planId: w.plan.id, action: "issueReport" } });
    expect(audit.after).toMatchObject({ number: "04/BC-SKHCN", issueDate: today });
    const history = await getPlanHistory(w.leader, w.plan.id);
    expect(JSON.stringify(history)).toContain(`ban hành báo cáo kết quả, số 04/BC-SKHCN ngày ${formatDate(today)}`);

    // Frozen: the author may no longer edit the sections, nor may it be issued twice; nothing changed.
    expect(await refusal(() => inTransaction((tx) => savePlanReport(tx, w.staffA, { planId: w.plan.id, version: 2, assessment: "Sửa sau", shortcomings: "", proposals: "", recipients: ["Lưu: VT."] })))).toBe("CONFLICT/REPORT_ISSUED");
    expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 2 })))).toBe("CONFLICT/REPORT_ISSUED");
    expect(await db.planReport.findUniqueOrThrow({ where: { planId: w.plan.id } })).toEqual(row);
    const after = await getPlanReportPage(w.staffA, w.plan.id);
    expect(after.rights).toMatchObject({ edit: false, issue: false });
    expect(after.content.issued).toMatchObject({ numberLabel: "04/BC-SKHCN", issueDate: today });

    // The next plan issued by Kehoach takes 05: the series is shared.
    const next = await createPlan(w.organization.id, { status: "APPROVED", createdById: w.staffA.id, draftingUnitId: w.unitA.id, signerTitle: "GIÁM ĐỐC", year });
    const current = await db.plan.findUniqueOrThrow({ where: { id: next.id } });
    await inTransaction((tx) => transitionPlan(tx, w.vanThu, "issue", { planId: next.id, version: current.version, comment: "" }));
    expect((await db.plan.findUniqueOrThrow({ where: { id: next.id } })).number).toBe(5);
  });

  it("EXTERNAL: the number and date from e-office; a plan's number of the year is NUMBER_TAKEN for the report, and the report's for a plan", async () => {
    const w = await world("EXTERNAL");
    await createPlan(w.organization.id, { status: "ISSUED", number: 8, issueDate: today, symbol: "KH-SKHCN", year, title: "Kế hoạch số tám" });
    const page = await getPlanReportPage(w.vanThu, w.plan.id);
    expect(page.numbering).toMatchObject({ external: true, suggestedNumber: 9 });

    // Missing number and date: field errors; a plan's number: NUMBER_TAKEN, nothing written.
    expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1 })))).toBe("INVALID");
    expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1, number: 8, issueDate: today })))).toBe("CONFLICT/NUMBER_TAKEN");
    expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1, number: 3, issueDate: today })))).toBe("CONFLICT/NUMBER_TAKEN");
    expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1, number: 12, issueDate: shiftDate(today, 1) })))).toBe("INVALID");
    expect(await db.planReport.findUnique({ where: { planId: w.plan.id } })).toBeNull();

    const result = await inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1, number: 12, issueDate: today }));
    expect(result.numberLabel).toBe("12/BC-SKHCN");
    expect((await getPlanReportPage(w.leader, w.plan.id)).content.issued?.numberLabel).toBe("12/BC-SKHCN");

    // The report's number is taken for a plan issued from e-office, and the suggestion moves past it.
    const approved = await createPlan(w.organization.id, { status: "APPROVED", createdById: w.staffA.id, draftingUnitId: w.unitA.id, signerTitle: "GIÁM ĐỐC", year });
    const current = await db.plan.findUniqueOrThrow({ where: { id: approved.id } });
    expect(await refusal(() => inTransaction((tx) => transitionPlan(tx, w.vanThu, "issue", { planId: approved.id, version: current.version, comment: "", number: 12, issueDate: today })))).toBe("CONFLICT/NUMBER_TAKEN");
    expect((await db.plan.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe("APPROVED");

    // The DOCX prints the number and the date instead of the blank line.
    const file = await planReportFile(w.leader, w.plan.id);
    const text = paragraphs((await openDocx(file.bytes as Buffer)).document).join("\n");
    expect(text).toContain("Số: 12/BC-SKHCN");
    expect(text).not.toContain("Số: ......../BC-SKHCN");
    const [y, m, d] = today.split("-");
    expect(text).toContain(`ngày ${d} tháng ${Number(m) <= 2 ? m : Number(m)} năm ${y}`);

    // The register lists the report among the plans, by number, in the Excel too.
    const register = await getRegister(w.vanThu, year);
    const labels = register.entries.flatMap((e) => (e.kind === "plan" ? [`${e.plan.kind} ${e.plan.numberLabel}`] : []));
    expect(labels).toEqual(["PLAN 03/KH-SKHCN", "PLAN 08/KH-SKHCN", "REPORT 12/BC-SKHCN"]);
    expect(register).toMatchObject({ planCount: 2, reportCount: 1 });
    const report = register.entries.find((e) => e.kind === "plan" && e.plan.kind === "REPORT");
    expect(report).toMatchObject({ plan: { href: `/plans/${w.plan.id}/report`, signer: "GIÁM ĐỐC Nguyễn Văn A" } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerFile(w.vanThu, year)).bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const last = sheet.getRow(sheet.rowCount);
    expect([last.getCell(1).value, last.getCell(3).value]).toEqual(["12/BC-SKHCN", "Báo cáo"]);
    // Row 4 is the gap 01–02; row 5 the plan 03.
    expect([sheet.getRow(5).getCell(1).value, sheet.getRow(5).getCell(3).value]).toEqual(["03/KH-SKHCN", "Kế hoạch"]);
  });

  it("refused to whoever does not issue plans, for a plan not published, and on a stale version: nothing changed", async () => {
    const w = await world();
    for (const user of [w.staffA, w.viewer]) {
      expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, user, { planId: w.plan.id, version: 1 })))).toBe("FORBIDDEN");
      expect((await getPlanReportPage(user, w.plan.id)).rights.issue).toBe(false);
    }
    expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 7 })))).toBe("CONFLICT");
    const draft = await createPlan(w.organization.id, { status: "APPROVED", createdById: w.staffA.id, year });
    expect(await refusal(() => inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: draft.id, version: 1 })))).toBe("CONFLICT");
    expect(await db.planReport.count({ where: { organizationId: w.organization.id } })).toBe(0);
    // A leader may issue too (a department without a văn thư account).
    expect((await inTransaction((tx) => issuePlanReport(tx, w.leader, { planId: w.plan.id, version: 1 }))).numberLabel).toBe("04/BC-SKHCN");
  });

  it("POST /api/v1/plans/{id}/report/issue: problem+json 409 NUMBER_TAKEN and 422 with the database unchanged, then 200 with the number", async () => {
    const w = await world("EXTERNAL");
    const token = await tokenFor(w.vanThu);
    const snapshot = await organizationSnapshot(w.organization.id);
    const taken = await api("POST", `/plans/${w.plan.id}/report/issue`, { token, body: { version: 1, number: 3, issueDate: today } });
    expect(taken.status).toBe(409);
    expect(taken.headers.get("content-type")).toContain("application/problem+json");
    expect(taken.json).toMatchObject({ reason: "NUMBER_TAKEN" });
    const missing = await api("POST", `/plans/${w.plan.id}/report/issue`, { token, body: { version: 1 } });
    expect(missing.status).toBe(422);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(await organizationSnapshot(w.organization.id)).toEqual(snapshot);
    const ok = await api("POST", `/plans/${w.plan.id}/report/issue`, { token, body: { version: 1, number: 4, issueDate: today } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json).toMatchObject({ planId: w.plan.id, numberLabel: "04/BC-SKHCN", issueDate: today, version: 2 });
    const again = await api("POST", `/plans/${w.plan.id}/report/issue`, { token, body: { version: 2, number: 5, issueDate: today } });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ reason: "REPORT_ISSUED" });
  });

  it("the issued report's signed copy: shown on the report page with its signatures, never on the plan's panel; refused before the report is issued", async () => {
    const w = await world();
    const prepared = await prepareSignedCopy(w.vanThu, await signedFile("BC đã ký.pdf"));
    expect(await refusal(() => inTransaction((tx) => attachSignedCopy(tx, w.vanThu, w.plan.id, prepared, "REPORT")))).toBe("CONFLICT");
    expect(await db.signedCopy.count({ where: { planId: w.plan.id } })).toBe(0);

    await inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1 }));
    await inTransaction((tx) => attachSignedCopy(tx, w.vanThu, w.plan.id, prepared, "REPORT"));
    const page = await getPlanReportPage(w.leader, w.plan.id);
    expect(page.signedCopies).toHaveLength(1);
    expect(page.signedCopies[0]).toMatchObject({ numberLabel: "04/BC-SKHCN", issueDate: today, fileName: "BC đã ký.pdf" });
    expect(page.signedCopies[0]!.signatures.length).toBeGreaterThan(0);
    expect(page.signedCopies[0]!.signatures[0]!.integrity).toBe("intact");
    // The plan's panel and the plan's Sửa số ignore the report's copy.
    expect(await listSignedCopies(w.leader, w.plan.id)).toEqual([]);
    const plan = await db.plan.findUniqueOrThrow({ where: { id: w.plan.id } });
    await inTransaction((tx) => correctPlanNumber(tx, w.vanThu, { planId: plan.id, version: plan.version, number: 3, symbol: "KH-SKHCN", issueDate: today, reason: "Khớp sổ" }));
    // The register shows the report's copy as present.
    const register = await getRegister(w.vanThu, year);
    expect(register.entries.find((e) => e.kind === "plan" && e.plan.kind === "REPORT")).toMatchObject({ plan: { signedCopy: true } });
    expect(register.entries.find((e) => e.kind === "plan" && e.plan.kind === "PLAN")).toMatchObject({ plan: { signedCopy: false } });
  });
  it("POST /api/v1/plans/{id}/report/signed-copies: 409 before the report is issued, then 201 with the copy under the report's number; the plan's copies stay apart", async () => {
    const w = await world();
    const token = await tokenFor(w.vanThu);
    const upload = async () => {
      const formData = new FormData();
      formData.set("file", await signedFile("BC đã ký.pdf"));
      return formData;
    };
    const early = await api("POST", `/plans/${w.plan.id}/report/signed-copies`, { token, formData: await upload() });
    expect(early.status, early.text).toBe(409);
    expect(early.headers.get("content-type")).toContain("application/problem+json");
    expect(await db.signedCopy.count({ where: { planId: w.plan.id } })).toBe(0);

    await inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1 }));
    const created = await api("POST", `/plans/${w.plan.id}/report/signed-copies`, { token, formData: await upload() });
    expect(created.status, created.text).toBe(201);
    const copy = created.json as { id: string; number: string; fileName: string; signatures: { integrity: string }[] };
    expect(copy).toMatchObject({ number: "04/BC-SKHCN", fileName: "BC đã ký.pdf" });
    expect(copy.signatures[0]?.integrity).toBe("intact");
    expect(created.headers.get("location")).toBe(`/api/v1/signed-copies/${copy.id}`);
    expect((await db.signedCopy.findUniqueOrThrow({ where: { id: copy.id } })).kind).toBe("REPORT");
    expect(await listSignedCopies(w.leader, w.plan.id)).toEqual([]);
    const download = await api("GET", `/signed-copies/${copy.id}`, { token: await tokenFor(w.leader) });
    expect(download.status).toBe(200);
  });
  it("Sửa số of the issued report: the văn thư corrects number and date with a reason (history, DOCX, register); a plan's number is NUMBER_TAKEN; refused before issue, to a leader, on a stale version and once its signed copy is attached", async () => {
    const w = await world();
    const fix = (user = w.vanThu, input: Partial<Parameters<typeof correctReportNumber>[2]> = {}) =>
      refusal(() => inTransaction((tx) => correctReportNumber(tx, user, { planId: w.plan.id, version: 2, number: 9, symbol: "BC-SKHCN", issueDate: today, reason: "Khớp sổ đăng ký", ...input })));
    expect(await fix(w.vanThu, { version: 1 })).toBe("FORBIDDEN");
    await inTransaction((tx) => issuePlanReport(tx, w.vanThu, { planId: w.plan.id, version: 1 }));
    const before = await organizationSnapshot(w.organization.id);
    expect(await fix(w.leader)).toBe("FORBIDDEN");
    expect(await fix(w.vanThu, { version: 1 })).toBe("CONFLICT");
    expect(await fix(w.vanThu, { number: 3 })).toBe("CONFLICT/NUMBER_TAKEN");
    expect(await fix(w.vanThu, { issueDate: shiftDate(today, 1) })).toBe("INVALID");
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);

    expect(await fix()).toBe("OK");
    const page = await getPlanReportPage(w.vanThu, w.plan.id);
    expect(page.content.issued).toMatchObject({ numberLabel: "09/BC-SKHCN", issueDate: today });
    expect(page.content.version).toBe(3);
    const history = await getPlanHistory(w.leader, w.plan.id);
    expect(JSON.stringify(history)).toContain("sửa số báo cáo kết quả từ 04/BC-SKHCN");
    const docx = paragraphs((await openDocx((await planReportFile(w.leader, w.plan.id)).bytes)).document).join("\n");
    expect(docx).toContain("Số: 09/BC-SKHCN");
    expect((await getRegister(w.vanThu, year)).entries.some((e) => e.kind === "plan" && e.plan.kind === "REPORT" && e.plan.numberLabel === "09/BC-SKHCN")).toBe(true);

    const prepared = await prepareSignedCopy(w.vanThu, await signedFile("BC đã ký.pdf"));
    await inTransaction((tx) => attachSignedCopy(tx, w.vanThu, w.plan.id, prepared, "REPORT"));
    expect(await fix(w.vanThu, { version: 3, number: 10 })).toBe("CONFLICT/SIGNED_COPY_ATTACHED");
    expect((await getPlanReportPage(w.vanThu, w.plan.id)).rights.correctNumber).toBe(false);
  });

});
