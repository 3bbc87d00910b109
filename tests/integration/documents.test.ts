import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { planActivitiesFile, planDocxFile, planReportFile, unitTableFile } from "@/lib/documents/exports";
import { confirmImport, previewImport, readImport } from "@/lib/documents/import-service";
import { readSnapshot } from "@/lib/plans/service/snapshot-io";
import { PLAN_2022_TITLE } from "@/prisma/seed/lang-son-2022";
import { openDocx, paragraphs, tables } from "@/tests/support/docx-xml";
import { inTransaction, sessionUserByUsername } from "./support/factories";
import { readReference } from "../fixtures/reference";

const REFERENCE = readReference();
const docxFile = (bytes: Uint8Array, name = "ke-hoach.docx") => new File([new Uint8Array(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });

/** As confirmImportAction does it: the DOCX is read (in a worker) before the transaction, then the draft created in it. */
async function confirmDocx(user: Awaited<ReturnType<typeof sessionUserByUsername>>, file: File) {
  const input = { file, mapping: [] };
  const read = await readImport(user, input);
  return inTransaction((tx) => confirmImport(tx, user, input, read));
}

async function plan2022() {
  return db.plan.findFirstOrThrow({ where: { title: PLAN_2022_TITLE, number: 12, organization: { code: "SKHCN", place: "Lạng Sơn" } } });
}

async function counts() {
  return { plans: await db.plan.count(), units: await db.unit.count(), activities: await db.activity.count() };
}

describe("the plan as the department's DOCX", () => {
  it("has the NĐ 30 header blocks, one table per phase with its rows, and the A4 page setup", async () => {
    const lanhdao = await sessionUserByUsername("lanhdao");
    const file = await planDocxFile(lanhdao, (await plan2022()).id);
    expect(file.fileName).toBe("Kế hoạch 12-KH-SKHCN 2022.docx");
    const docx = await openDocx(file.bytes);
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docx.document).toContain("<w:titlePg/>");
    const [header] = tables(docx.document);
    expect(header![0]![0]!.filter(Boolean)).toEqual(["UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 12/KH-SKHCN"]);
    expect(header![0]![1]!.filter(Boolean)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 03 tháng 5 năm 2022"]);
    const activityTables = tables(docx.document).filter((t) => t[0]?.[0]?.[0] === "Stt");
    expect(activityTables.map((t) => t.length)).toEqual([4, 5]);
    expect(activityTables[1]![4]![1]).toContain("- Xây dựng kế hoạch tổ chức Hội thảo. (chủ trì: Văn phòng Sở)");
    const texts = paragraphs(docx.document);
    expect(texts).toContain("KẾ HOẠCH");
    expect(texts).toContain("Nơi nhận:");
    expect(texts).toContain("Nguyễn Thị Hà");
  });

  it("exports and imports back into the same plan (round trip)", async () => {
    const qlcn = await sessionUserByUsername("qlcn");
    const original = await plan2022();
    const file = await planDocxFile(qlcn, original.id);
    const before = await counts();
    const { id } = await confirmDocx(qlcn, docxFile(file.bytes));
    const [a, b] = await Promise.all([inTransaction((tx) => readSnapshot(tx, { id: original.id })), inTransaction((tx) => readSnapshot(tx, { id }))]);
    expect(b).toEqual(a);
    const created = await db.plan.findUniqueOrThrow({ where: { id } });
    expect(created.status).toBe("DRAFT");
    expect(created.number).toBeNull();
    expect((await counts()).plans).toBe(before.plans + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "create" } });
    expect(audit.after).toMatchObject({ source: "import", from: "docx" });
  });

  it("reads the reference text pasted as-is into the seeded structure", async () => {
    const qlcn = await sessionUserByUsername("qlcn");
    const preview = await inTransaction((tx) => previewImport(tx, qlcn, { text: REFERENCE }));
    expect(preview.result.usable).toBe(true);
    expect(preview.result.unmatched).toEqual([]);
    const { id } = await inTransaction((tx) => confirmImport(tx, qlcn, { text: REFERENCE, mapping: [] }));
    const [original, imported] = await Promise.all([
      inTransaction(async (tx) => readSnapshot(tx, { id: (await plan2022()).id })),
      inTransaction((tx) => readSnapshot(tx, { id })),
    ]);
    expect(imported!.phases).toEqual(original!.phases);
    expect(imported!.title).toBe(original!.title);
    expect(imported!.recipients).toEqual(original!.recipients);
  });

  it("refuses a malformed DOCX, an empty file and a 20 MB file with clear messages, saving nothing", async () => {
    const qlcn = await sessionUserByUsername("qlcn");
    const before = await counts();
    const attempt = (file: File) => confirmDocx(qlcn, file);
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    await expect(attempt(docxFile(zipHeaderOnly))).rejects.toThrow(/Không đọc được tệp DOCX/);
    await expect(attempt(docxFile(new Uint8Array()))).rejects.toThrow(/Tệp trống/);
    const big = new Uint8Array(20 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(attempt(docxFile(big))).rejects.toThrow(/Tệp quá lớn \(20 MB\); Kehoach đọc tệp DOCX tối đa 10 MB/);
    await expect(attempt(docxFile(new TextEncoder().encode("%PDF-1.7 …"), "ke-hoach.pdf"))).rejects.toThrow(/là tệp PDF/);
    expect(await counts()).toEqual(before);
  });

  it("cleans a lone surrogate and NUL that a DOCX carries as character references, instead of failing the import", async () => {
    const qlcn = await sessionUserByUsername("qlcn");
    const exported = await planDocxFile(qlcn, (await plan2022()).id);
    const zip = await JSZip.loadAsync(exported.bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain(">Tổ chức Hội thảo khoa học");
    // XML readers turn "&#xD800;" into half a UTF-16 character and "&#0;" into NUL: neither can be stored.
    zip.file("word/document.xml", xml.replace(">Tổ chức Hội thảo khoa học", ">Tổ chức Hội thảo&#xD800; khoa&#0; học"));
    const file = docxFile(await zip.generateAsync({ type: "uint8array" }));
    const { id } = await inTransaction((tx) => confirmImport(tx, qlcn, { file, mapping: [] }));
    const workshop = await db.activity.findFirstOrThrow({ where: { planId: id, content: { startsWith: "Tổ chức Hội thảo" } } });
    expect(workshop.content).toMatch(/^Tổ chức Hội thảo\ufffd khoa học/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "create" } });
    expect(audit.after).toMatchObject({ source: "import", from: "docx" });
  });

  it("saves nothing when a unit is left unmapped, and maps a name to a chosen unit", async () => {
    const qlcn = await sessionUserByUsername("qlcn");
    const text = REFERENCE.replace("Báo Lạng Sơn; Đài PT&TH tỉnh", "Báo Lạng Sơn; Hội Nhà báo tỉnh");
    const preview = await inTransaction((tx) => previewImport(tx, qlcn, { text }));
    expect(preview.result.unmatched).toEqual(["Hội Nhà báo tỉnh"]);
    const before = await counts();
    await expect(inTransaction((tx) => confirmImport(tx, qlcn, { text, mapping: [] }))).rejects.toThrow(/Chưa chọn đơn vị cho: Hội Nhà báo tỉnh/);
    expect(await counts()).toEqual(before);
    // Staff may map to an existing unit, not create one.
    await expect(inTransaction((tx) => confirmImport(tx, qlcn, { text, mapping: [{ text: "Hội Nhà báo tỉnh", unit: "new:EXTERNAL" }] }))).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const bao = preview.units.find((u) => u.name === "Báo Lạng Sơn")!;
    const { id } = await inTransaction((tx) => confirmImport(tx, qlcn, { text, mapping: [{ text: "Hội Nhà báo tỉnh", unit: bao.id }] }));
    expect(await db.plan.count({ where: { id } })).toBe(1);
  });

  it("lets an admin create the unknown unit in the same transaction", async () => {
    const admin = await sessionUserByUsername("admin");
    const text = REFERENCE.replace("Báo Lạng Sơn; Đài PT&TH tỉnh", "Báo Lạng Sơn; Hội Liên hiệp Phụ nữ tỉnh");
    const { id } = await inTransaction((tx) => confirmImport(tx, admin, { text, mapping: [{ text: "Hội Liên hiệp Phụ nữ tỉnh", unit: "new:EXTERNAL" }] }));
    const unit = await db.unit.findFirstOrThrow({ where: { organizationId: admin.organizationId, name: "Hội Liên hiệp Phụ nữ tỉnh" } });
    expect(unit.kind).toBe("EXTERNAL");
    expect(await db.activitySupport.count({ where: { unitId: unit.id, activity: { planId: id } } })).toBe(1);
  });

  it("lets a leader add a unit outside the department while mapping, audited, but not one inside", async () => {
    const leader = await sessionUserByUsername("lanhdao");
    const name = `Hội Nông dân tỉnh ${Date.now()}`;
    const text = REFERENCE.replace("Báo Lạng Sơn; Đài PT&TH tỉnh", `Báo Lạng Sơn; ${name}`);
    const before = await counts();
    await expect(inTransaction((tx) => confirmImport(tx, leader, { text, mapping: [{ text: name, unit: "new:INTERNAL" }] }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
    const { id } = await inTransaction((tx) => confirmImport(tx, leader, { text, mapping: [{ text: name, unit: "new:EXTERNAL" }] }));
    const unit = await db.unit.findFirstOrThrow({ where: { organizationId: leader.organizationId, name } });
    expect(unit.kind).toBe("EXTERNAL");
    expect(await db.activitySupport.count({ where: { unitId: unit.id, activity: { planId: id } } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityType: "Unit", entityId: unit.id, action: "create", actorId: leader.id } })).toBe(1);
  });

  it("refuses the import to a viewer and the export to other organisations", async () => {
    const xem = await sessionUserByUsername("xem");
    await expect(inTransaction((tx) => previewImport(tx, xem, { text: REFERENCE }))).rejects.toThrow();
    const caobang = await sessionUserByUsername("caobang");
    await expect(planDocxFile(caobang, (await plan2022()).id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("results report and Excel", () => {
  it("reports the recorded results, actual dates and evidence of the 2022 plan", async () => {
    const lanhdao = await sessionUserByUsername("lanhdao");
    const file = await planReportFile(lanhdao, (await plan2022()).id, "2022-05-20");
    const docx = await openDocx(file.bytes);
    const texts = paragraphs(docx.document);
    expect(texts).toContain("BÁO CÁO");
    expect(texts.some((t) => t.includes("Ngày tổ chức thực tế: 16/5/2022"))).toBe(true);
    expect([...docx.relationships.values()]).toContain("https://skhcn.langson.gov.vn/tin-tuc/hoi-thao-khoa-hoc-cong-nghe-va-doi-moi-sang-tao-2022");
  });

  it("lists the plan's activities with real dates and intact Vietnamese", async () => {
    const lanhdao = await sessionUserByUsername("lanhdao");
    const file = await planActivitiesFile(lanhdao, (await plan2022()).id);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const values = sheet.getSheetValues().flat().filter((v) => v !== undefined && v !== null);
    expect(values.some((v) => typeof v === "string" && v.startsWith("Tổ chức Hội thảo khoa học"))).toBe(true);
    expect(values.some((v) => v instanceof Date && v.toISOString().startsWith("2022-05-14"))).toBe(true);
  });

  it("writes the dashboard's unit table with the same figures as the page", async () => {
    const lanhdao = await sessionUserByUsername("lanhdao");
    const file = await unitTableFile(lanhdao, { planId: (await plan2022()).id });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues() as unknown[][];
    const qlcn = rows.find((row) => Array.isArray(row) && row.includes("Phòng Quản lý công nghệ và đổi mới sáng tạo"))!;
    expect(qlcn.filter((v) => typeof v === "number").slice(0, 2)).toEqual([5, 3]);
  });
});
