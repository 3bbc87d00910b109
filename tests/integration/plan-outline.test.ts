// The plan's outline on a real database: an imported plan keeps its sections in
// the document's order and its appendix; the editor's save is versioned,
// audited, refused on a stale version, on an issued plan and for a user who may
// not edit, and never drops a part that still has text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { planDocxFile } from "@/lib/documents/exports";
import { confirmImport, previewImport } from "@/lib/documents/import-service";
import { getPlanDocument } from "@/lib/plans/queries";
import { outlineOf, sectionHeadingText, type PlanOutline } from "@/lib/plans/outline";
import { moveSection } from "@/lib/plans/outline-edit";
import { savePlanOutline } from "@/lib/plans/service/outline";
import { openDocx, paragraphs } from "@/tests/support/docx-xml";
import { CORPUS_DIR } from "../fixtures/corpus";
import { createPlan, createWorld, inTransaction, organizationSnapshot, sessionUserByUsername } from "./support/factories";

async function importCorpus(slug: string) {
  const leader = await sessionUserByUsername("lanhdao");
  const text = readFileSync(path.join(CORPUS_DIR, `${slug}.txt`), "utf8").replace(/^KẾ HOẠCH$/m, `KẾ HOẠCH\nThử bố cục ${Date.now()}`);
  const preview = await inTransaction((tx) => previewImport(tx, leader, { text }));
  const mapping = preview.result.unmatched.map((name) => ({ text: name, unit: "new:EXTERNAL" }));
  const { id } = await inTransaction((tx) => confirmImport(tx, leader, { text, mapping }));
  return { leader, id, plan: await getPlanDocument(leader, id) };
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("an imported plan's outline", () => {
  it("the appendix plan: its sections as written, the table in a landscape appendix after the signature", async () => {
    const { leader, id, plan } = await importCorpus("ngay-khcn-2024-phu-luc");
    expect(plan.outline!.sections.slice(0, 4).map(sectionHeadingText)).toEqual(["I. MỤC ĐÍCH, YÊU CẦU", "II. CHỦ ĐỀ VÀ KHẨU HIỆU", "III. NỘI DUNG HOẠT ĐỘNG", "IV. TỔ CHỨC THỰC HIỆN"]);
    expect(plan.outline!.appendix!.title).toBe("PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG");
    const docx = await openDocx((await planDocxFile(leader, id)).bytes);
    const texts = paragraphs(docx.document);
    expect(texts.indexOf("PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG")).toBeGreaterThan(texts.indexOf("Lương Đức Minh"));
    expect(texts).toContain("(Kèm theo Kế hoạch số 09/KH-SKHCN ngày 12/4/2024 của Sở Khoa học và Công nghệ)");
    expect(docx.document).toContain('w:orient="landscape"');
    // Extra sections follow the outline (what snapshots and reports read).
    expect(plan.extraSections.map((s) => s.heading)).toEqual(plan.outline!.sections.filter((s) => s.holds === "TEXT").map((s) => s.heading));
  });

  it("the 2022 reference keeps no outline (the fixed layout)", async () => {
    const leader = await sessionUserByUsername("lanhdao");
    const text = readFileSync("tests/fixtures/ke-hoach-ngay-khcn-2022.txt", "utf8").replace(/^KẾ HOẠCH$/m, `KẾ HOẠCH\nThử bố cục ${Date.now()}`);
    const { id } = await inTransaction((tx) => confirmImport(tx, leader, { text, mapping: [] }));
    expect((await db.plan.findUniqueOrThrow({ where: { id } })).outline).toBeNull();
  });
});

describe("savePlanOutline", () => {
  async function draft() {
    const world = await createWorld();
    const created = await createPlan(world.organization.id, { createdById: world.staffA.id, draftingUnitId: world.unitA.id, purposes: ["Tôn vinh"] });
    // A kept section, as an import before outlines left it.
    const plan = await db.plan.update({
      where: { id: created.id },
      data: { extraSections: [{ label: "IV", heading: "TỔ CHỨC THỰC HIỆN", kind: "ORGANISATION", paragraphs: ["Văn phòng Sở tổng hợp."] }] },
    });
    const document = await getPlanDocument(world.leader, plan.id);
    return { world, plan, outline: outlineOf(document) };
  }

  it("saves the reordered sections, bumps the version, rewrites the kept sections and writes an audit row", async () => {
    const { world, plan, outline } = await draft();
    const kept = outline.sections.find((s) => s.holds === "TEXT")!;
    let moved: PlanOutline = moveSection(outline, kept.key, -1);
    moved = moveSection(moved, kept.key, -1);
    moved = { ...moved, sections: moved.sections.map((s) => (s.key === kept.key ? { ...s, label: "II", heading: "TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO" } : s)) };
    const saved = await inTransaction((tx) => savePlanOutline(tx, world.staffA, { planId: plan.id, version: plan.version, outline: moved }));
    expect(saved.version).toBe(plan.version + 1);
    const document = await getPlanDocument(world.staffA, plan.id);
    expect(document.outline!.sections.map(sectionHeadingText)).toEqual(["I. MỤC ĐÍCH, YÊU CẦU", "II. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO", "II. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC", "1. Hình thức và phân công tổ chức thực hiện"]);
    expect(document.extraSections).toEqual([{ label: "II", heading: "TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO", kind: "ORGANISATION", paragraphs: ["Văn phòng Sở tổng hợp."] }]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { planId: plan.id, entityLabel: "bố cục kế hoạch" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ action: "update", entityType: "Plan", actorId: world.staffA.id });
    expect((audit.after as { outline: PlanOutline }).outline.sections[1]!.heading).toBe("TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO");
    expect((audit.before as { outline: PlanOutline }).outline.sections.map((s) => s.key)).toEqual(outline.sections.map((s) => s.key));
    // The DOCX prints the document's order and words.
    const texts = paragraphs((await openDocx((await planDocxFile(world.staffA, plan.id)).bytes)).document);
    expect(texts.indexOf("II. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO")).toBeLessThan(texts.indexOf("II. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC"));
  });

  it("refuses a stale version with CONFLICT and the current outline, and changes nothing", async () => {
    const { world, plan, outline } = await draft();
    await inTransaction((tx) => savePlanOutline(tx, world.staffA, { planId: plan.id, version: plan.version, outline }));
    const before = await organizationSnapshot(world.organization.id);
    const error = await errorOf(inTransaction((tx) => savePlanOutline(tx, world.leader, { planId: plan.id, version: plan.version, outline: { ...outline, sections: outline.sections.slice().reverse() } })));
    expect(error.code).toBe("CONFLICT");
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });

  it("refuses to drop a part that still has text, and a user who may not edit, and an issued plan", async () => {
    const { world, plan, outline } = await draft();
    const before = await organizationSnapshot(world.organization.id);
    const withoutPurposes = { ...outline, sections: outline.sections.filter((s) => s.holds !== "PURPOSES_REQUIREMENTS") };
    const dropped = await errorOf(inTransaction((tx) => savePlanOutline(tx, world.staffA, { planId: plan.id, version: plan.version, outline: withoutPurposes })));
    expect(dropped.code).toBe("INVALID");
    expect(dropped.fieldErrors?.outline?.[0]).toContain("Mục đích, yêu cầu");
    expect((await errorOf(inTransaction((tx) => savePlanOutline(tx, world.staffB, { planId: plan.id, version: plan.version, outline })))).code).toBe("FORBIDDEN");
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);

    const issued = await createPlan(world.organization.id, { status: "ISSUED", number: 7, issueDate: "2026-05-02", draftingUnitId: world.unitA.id });
    const frozen = await errorOf(inTransaction((tx) => savePlanOutline(tx, world.leader, { planId: issued.id, version: issued.version, outline })));
    expect(frozen.code).toBe("CONFLICT");
    expect((await db.plan.findUniqueOrThrow({ where: { id: issued.id } })).outline).toBeNull();
  });
});
