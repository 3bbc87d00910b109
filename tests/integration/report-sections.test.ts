// The results report's own sections and Nơi nhận (issue 16 §7): saved with a
// version and an audit entry, refused to who may not write them, printed in
// the DOCX after the results with the report's numbering.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { planReportFile, planReportModel } from "@/lib/documents/exports";
import { OfficialReport } from "@/components/documents/official-report";
import { savePlanReportSchema } from "@/lib/plans/report/schemas";
import { savePlanReport } from "@/lib/plans/report/service";
import { getPlanReportPage } from "@/lib/plans/report/queries";
import { openDocx, paragraphs, tables } from "@/tests/support/docx-xml";
import { createPlan, createUnit, createUser, createWorld, inTransaction } from "./support/factories";

async function world() {
  const w = await createWorld();
  const plan = await createPlan(w.organization.id, {
    status: "ISSUED",
    number: 7,
    issueDate: "2026-03-02",
    createdById: w.staffA.id,
    draftingUnitId: w.unitA.id,
    signerTitle: "GIÁM ĐỐC",
    recipients: ["Các phòng, đơn vị thuộc Sở;", "Lưu: VT."],
    phases: [
      { title: "Phát động", start: "2026-03-02", end: "2026-03-10", activities: [{ content: "Phát động", lead: w.unitA.id }] },
      { title: "Tổng kết", start: "2026-03-11", end: "2026-03-20", activities: [{ content: "Tổng kết", lead: w.unitB.id }] },
    ],
  });
  return { ...w, plan };
}

const content = { assessment: "Kế hoạch cơ bản hoàn thành.", shortcomings: "Một số hoạt động chậm tiến độ.", proposals: "Đề nghị UBND tỉnh bố trí kinh phí.", recipients: ["UBND tỉnh (b/c);", "Bộ KH&CN (b/c);", "Lưu: VT, P.A."] };

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
    return "OK";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe("the results report's sections and recipients", () => {
  it("start empty with a report's default recipients, save with a version and an audit entry, and print after the results as I., 1., 2., II., III., IV.", async () => {
    const w = await world();
    const page = await getPlanReportPage(w.staffA, w.plan.id);
    expect(page.rights.edit).toBe(true);
    expect(page.content).toMatchObject({ assessment: "", version: 1, saved: false });
    expect(page.content.recipients[0]).toBe("UBND tỉnh (b/c);");
    expect(page.content.recipients).not.toEqual(w.plan.recipients);

    const saved = await inTransaction((tx) => savePlanReport(tx, w.staffA, { planId: w.plan.id, version: 1, ...content }));
    expect(saved).toEqual({ planId: w.plan.id, version: 2, changed: true });
    const row = await db.planReport.findUniqueOrThrow({ where: { planId: w.plan.id } });
    expect(row).toMatchObject({ ...content, version: 2, organizationId: w.organization.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.plan.id, action: "report" } });
    expect(audit).toMatchObject({ actorId: w.staffA.id, planId: w.plan.id });
    expect(audit.after).toMatchObject({ assessment: content.assessment, changed: ["Đánh giá chung", "Tồn tại, hạn chế", "Đề xuất, kiến nghị", "Nơi nhận"] });

    const docx = await openDocx((await planReportFile(w.leader, w.plan.id, "2026-03-25")).bytes);
    const texts = paragraphs(docx.document);
    const order = ["I. KẾT QUẢ THỰC HIỆN", "1. Phát động (từ ngày 02-10/3/2026)", "2. Tổng kết (từ ngày 11-20/3/2026)", "3. Tổng hợp", "II. ĐÁNH GIÁ CHUNG", content.assessment, "III. TỒN TẠI, HẠN CHẾ", content.shortcomings, "IV. ĐỀ XUẤT, KIẾN NGHỊ", content.proposals];
    const positions = order.map((text) => texts.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const recipients = tables(docx.document).at(-1)![0]![0]!.join("\n");
    expect(recipients).toContain("Bộ KH&CN (b/c);");
    expect(recipients).not.toContain("Các phòng, đơn vị thuộc Sở;");

    // The print view: the same headings in the same order, and the report's own Nơi nhận.
    const html = renderToStaticMarkup(createElement(OfficialReport, { report: (await planReportModel(w.leader, w.plan.id, "2026-03-25")).report }));
    const text = html.replace(/<[^>]+>/g, "\n").replace(/&amp;/g, "&");
    const inPrint = order.map((line) => text.indexOf(line));
    expect(inPrint.every((p) => p >= 0)).toBe(true);
    expect(inPrint).toEqual([...inPrint].sort((a, b) => a - b));
    expect(text).toContain("- Bộ KH&CN (b/c);");
  });

  it("omits an emptied section and renumbers; the same save twice changes nothing", async () => {
    const w = await world();
    await inTransaction((tx) => savePlanReport(tx, w.leader, { planId: w.plan.id, version: 1, ...content, assessment: "" }));
    const again = await inTransaction((tx) => savePlanReport(tx, w.leader, { planId: w.plan.id, version: 2, ...content, assessment: "" }));
    expect(again.changed).toBe(false);
    expect(await db.auditLog.count({ where: { entityId: w.plan.id, action: "report" } })).toBe(1);
    const texts = paragraphs((await openDocx((await planReportFile(w.leader, w.plan.id, "2026-03-25")).bytes)).document);
    expect(texts).toContain("II. TỒN TẠI, HẠN CHẾ");
    expect(texts).toContain("III. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(texts.some((t) => t.includes("ĐÁNH GIÁ CHUNG"))).toBe(false);
  });

  it("refuses a stale version with the saved text, and changes nothing", async () => {
    const w = await world();
    await inTransaction((tx) => savePlanReport(tx, w.staffA, { planId: w.plan.id, version: 1, ...content }));
    let details: unknown;
    try {
      await inTransaction((tx) => savePlanReport(tx, w.leader, { planId: w.plan.id, version: 1, ...content, assessment: "Bản cũ" }));
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("CONFLICT");
      details = isAppError(error) ? error.details : null;
    }
    expect(details).toMatchObject({ current: { assessment: content.assessment, version: 2 } });
    expect(await db.planReport.findUniqueOrThrow({ where: { planId: w.plan.id } })).toMatchObject({ assessment: content.assessment, version: 2 });
    expect(await db.auditLog.count({ where: { entityId: w.plan.id, action: "report" } })).toBe(1);
  });

  it("is written by the leader and the plan's own staff only, for issued plans only; every refusal leaves nothing", async () => {
    const w = await world();
    const otherUnit = await createUnit(w.organization.id);
    const staffOther = await createUser(w.organization.id, "STAFF", otherUnit.id);
    const other = await createWorld();
    const input = { planId: w.plan.id, version: 1, ...content };
    const outcomes = {
      admin: await refusal(() => inTransaction((tx) => savePlanReport(tx, w.admin, input))),
      viewer: await refusal(() => inTransaction((tx) => savePlanReport(tx, w.viewer, input))),
      staffSupport: await refusal(() => inTransaction((tx) => savePlanReport(tx, w.staffB, input))),
      staffOther: await refusal(() => inTransaction((tx) => savePlanReport(tx, staffOther, input))),
      otherOrgLeader: await refusal(() => inTransaction((tx) => savePlanReport(tx, other.leader, input))),
    };
    expect(outcomes).toEqual({ admin: "FORBIDDEN", viewer: "FORBIDDEN", staffSupport: "FORBIDDEN", staffOther: "FORBIDDEN", otherOrgLeader: "NOT_FOUND" });
    expect((await getPlanReportPage(w.viewer, w.plan.id)).rights.edit).toBe(false);
    expect(await db.planReport.count({ where: { planId: w.plan.id } })).toBe(0);

    const draft = await createPlan(w.organization.id, { createdById: w.staffA.id, draftingUnitId: w.unitA.id });
    expect(await refusal(() => inTransaction((tx) => savePlanReport(tx, w.leader, { ...input, planId: draft.id })))).toBe("CONFLICT");
    expect(await refusal(() => getPlanReportPage(w.leader, draft.id))).toBe("NOT_FOUND");
    expect(await db.planReport.count({ where: { planId: draft.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { planId: { in: [w.plan.id, draft.id] }, action: "report" } })).toBe(0);
  });

  it("gives a Vietnamese field error for no recipients or an overlong section", () => {
    const parsed = parseInput(savePlanReportSchema, { planId: crypto.randomUUID(), version: "1", assessment: "x".repeat(20001), shortcomings: "", proposals: "", recipients: "  \n " });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.fieldErrors.recipients).toEqual(["Nhập ít nhất một nơi nhận (mỗi dòng một nơi)."]);
    expect(parsed.fieldErrors.assessment).toEqual(["Đánh giá chung dài tối đa 20000 ký tự."]);
  });
});
