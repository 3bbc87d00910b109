// What was issued is frozen (issue 16 §4): renaming the organisation and a
// unit after issue leaves the issued plan's DOCX and print view unchanged,
// while a draft prints today's names.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { planDocxFile, planReportFile } from "@/lib/documents/exports";
import { getPrintedPlanDocument } from "@/lib/plans/queries";
import { transitionPlan } from "@/lib/plans/service/workflow";
import { OfficialPlan } from "@/components/documents/official-plan";
import { createPlanFromSpec } from "@/prisma/seed/plan-spec";
import { langSon2022Plan, type LangSonUnits } from "@/prisma/seed/lang-son-2022";
import { openDocx } from "@/tests/support/docx-xml";
import { createOrganization, createPlan, createUnit, createUser, inTransaction, unique } from "./support/factories";

/** Every w:t of document.xml joined: the document's text, byte for byte. */
async function docxText(bytes: Buffer): Promise<string> {
  const { document } = await openDocx(bytes);
  return [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
}

const UNIT_NAMES: Record<keyof LangSonUnits, string> = {
  vanPhong: "Văn phòng Sở",
  qlcn: "Phòng Quản lý công nghệ",
  qlkh: "Phòng Quản lý khoa học",
  chiCuc: "Chi cục Tiêu chuẩn Đo lường Chất lượng",
  trungTam: "Trung tâm Thông tin và Thống kê KH&CN",
  baoLangSon: "Báo Lạng Sơn",
  dai: "Đài Phát thanh và Truyền hình tỉnh",
  cacPhong: "Các phòng chuyên môn, đơn vị trực thuộc Sở",
  coQuanLienQuan: "Các cơ quan có liên quan",
};

/** The 2022 reference plan, issued, in an organisation of its own (renaming it disturbs no other test). */
async function world2022() {
  const organization = await createOrganization({
    name: unique("Sở Khoa học và Công nghệ tỉnh Lạng Sơn"),
    headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    parentName: "UBND TỈNH LẠNG SƠN",
    code: "SKHCN",
    place: "Lạng Sơn",
  });
  const units = {} as LangSonUnits;
  for (const [key, name] of Object.entries(UNIT_NAMES)) {
    const kind = key === "cacPhong" || key === "coQuanLienQuan" ? "GROUP" : key === "baoLangSon" || key === "dai" ? "EXTERNAL" : "INTERNAL";
    units[key as keyof LangSonUnits] = (await createUnit(organization.id, { name, shortName: name.slice(0, 20), kind })).id;
  }
  const leader = await createUser(organization.id, "LEADER");
  const staff = await createUser(organization.id, "STAFF", units.vanPhong);
  const people = { lanhdao: leader.id, vanphong: staff.id, qlcn: staff.id, qlkh: staff.id, trungtam: staff.id, chicuc: staff.id };
  const planId = await createPlanFromSpec(db, langSon2022Plan(organization.id, units, people));
  return { organization, units, leader, planId };
}

async function renameEverything(organizationId: string, unitId: string) {
  await db.organization.update({
    where: { id: organizationId },
    data: { headerName: "SỞ KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ", parentName: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN MỚI", place: "Thành phố Lạng Sơn", code: "SKHCNCDS" },
  });
  await db.unit.update({ where: { id: unitId }, data: { name: "Phòng Công nghệ và Chuyển đổi số" } });
}

const printHtml = async (user: Parameters<typeof getPrintedPlanDocument>[0], planId: string) =>
  renderToStaticMarkup(createElement(OfficialPlan, { plan: await getPrintedPlanDocument(user, planId) }));

describe("an issued plan is frozen", () => {
  it("the 2022 plan's DOCX text and print view are unchanged after the organisation and a lead unit are renamed; a draft shows the new names", async () => {
    const { organization, units, leader, planId } = await world2022();
    const leadsOne = await db.activity.count({ where: { planId, leadUnitId: units.qlcn } });
    expect(leadsOne).toBeGreaterThan(0);
    const before = await docxText((await planDocxFile(leader, planId)).bytes);
    const printBefore = await printHtml(leader, planId);
    expect(before).toContain("UBND TỈNH LẠNG SƠN");
    expect(before).toContain("Phòng Quản lý công nghệ");
    expect(printBefore).toContain("Phòng Quản lý công nghệ");

    await renameEverything(organization.id, units.qlcn);

    const after = await docxText((await planDocxFile(leader, planId)).bytes);
    expect(after).toBe(before);
    expect(await printHtml(leader, planId)).toBe(printBefore);
    // The report names the plan as issued too.
    const report = await docxText((await planReportFile(leader, planId, "2022-05-20")).bytes);
    expect(report).toContain("UBND TỈNH LẠNG SƠN");
    expect(report).not.toContain("CHUYỂN ĐỔI SỐ");

    // The copy was frozen on first read (the plan was issued before copies were kept), once.
    const versions = await db.planVersion.findMany({ where: { planId, kind: "ISSUED" } });
    expect(versions.map((v) => v.backfilled)).toEqual([true]);
    expect(await db.auditLog.count({ where: { entityId: planId, action: "freeze" } })).toBe(1);

    const draft = await createPlan(organization.id, {
      phases: [{ title: "Triển khai", start: "2026-05-01", end: "2026-05-20", activities: [{ content: "Hội thảo", lead: units.qlcn, start: "2026-05-05", end: "2026-05-06" }] }],
    });
    const draftText = await docxText((await planDocxFile(leader, draft.id)).bytes);
    expect(draftText).toContain("SỞ KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ");
    expect(draftText).toContain("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN MỚI");
    expect(draftText).toContain("Phòng Công nghệ và Chuyển đổi số");
  });

  it("a plan issued through the workflow keeps its copy at issue; an amendment issued again gets a new one", async () => {
    const { organization, units, leader } = await world2022();
    const unitName = UNIT_NAMES.qlkh;
    const plan = await createPlan(organization.id, {
      status: "APPROVED",
      signerTitle: "GIÁM ĐỐC",
      signerName: "Nguyễn Văn A",
      recipients: ["UBND tỉnh (b/c)"],
      phases: [{ title: "Triển khai", start: "2026-05-01", end: "2026-05-20", activities: [{ content: "Hội thảo", lead: units.qlkh, start: "2026-05-05", end: "2026-05-06" }] }],
    });
    await inTransaction((tx) => transitionPlan(tx, leader, "issue", { planId: plan.id, version: plan.version, comment: "" }));
    const [issued] = await db.planVersion.findMany({ where: { planId: plan.id, kind: "ISSUED" } });
    expect(issued!.backfilled).toBe(false);
    expect(issued!.document).toMatchObject({ organization: { parentName: "UBND TỈNH LẠNG SƠN" }, signerName: "Nguyễn Văn A", recipients: ["UBND tỉnh (b/c)"] });
    const before = await docxText((await planDocxFile(leader, plan.id)).bytes);
    expect(before).toContain(unitName);

    await renameEverything(organization.id, units.qlkh);
    expect(await docxText((await planDocxFile(leader, plan.id)).bytes)).toBe(before);

    // Amend (back to a draft: today's names), then issue again: a new copy with the new names.
    const current = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    await inTransaction((tx) => transitionPlan(tx, leader, "amend", { planId: plan.id, version: current.version, comment: "Đổi tên đơn vị" }));
    const amending = await docxText((await planDocxFile(leader, plan.id)).bytes);
    expect(amending).toContain("Phòng Công nghệ và Chuyển đổi số");
    await db.plan.update({ where: { id: plan.id }, data: { status: "APPROVED" } });
    const approved = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    await inTransaction((tx) => transitionPlan(tx, leader, "issue", { planId: plan.id, version: approved.version, comment: "" }));
    expect(await db.planVersion.count({ where: { planId: plan.id, kind: "ISSUED" } })).toBe(2);
    const reissued = await docxText((await planDocxFile(leader, plan.id)).bytes);
    expect(reissued).toContain("Phòng Công nghệ và Chuyển đổi số");
    expect(reissued).toContain("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN MỚI");
  });
});
