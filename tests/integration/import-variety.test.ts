// Plans of other shapes (tests/fixtures/corpus) become drafts that keep what
// the document says: the activities written as prose under "Tổ chức thực hiện",
// the appendix table with its group rows and Sản phẩm, deadlines as deadlines,
// and the sections the plan has no field for; the DOCX prints them back.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { planDocxFile } from "@/lib/documents/exports";
import { confirmImport, previewImport } from "@/lib/documents/import-service";
import { getPlanDocument } from "@/lib/plans/queries";
import { updateActivity } from "@/lib/plans/service/activities";
import { openDocx, paragraphs, tables } from "@/tests/support/docx-xml";
import { CORPUS_DIR } from "../fixtures/corpus";
import { inTransaction, sessionUserByUsername } from "./support/factories";

const corpusText = (slug: string) => readFileSync(path.join(CORPUS_DIR, `${slug}.txt`), "utf8");

/** Imports a corpus document as a leader, adding every unit the department does not know as an outside unit. */
async function importCorpus(slug: string) {
  const leader = await sessionUserByUsername("lanhdao");
  // A title of its own, so that runs of the suite never meet each other's plans.
  const text = corpusText(slug).replace(/^KẾ HOẠCH$/m, `KẾ HOẠCH\nThử nhập ${Date.now()}`);
  const preview = await inTransaction((tx) => previewImport(tx, leader, { text }));
  expect(preview.result.usable).toBe(true);
  const mapping = preview.result.unmatched.map((name) => ({ text: name, unit: "new:EXTERNAL" }));
  const { id } = await inTransaction((tx) => confirmImport(tx, leader, { text, mapping }));
  return { leader, id, plan: await getPlanDocument(leader, id) };
}

describe("importing plans of other shapes", () => {
  it("reads the prose plan's assignments into activities, keeps Tổ chức thực hiện, and prints deadlines as deadlines", async () => {
    const { leader, id, plan } = await importCorpus("ngay-hoi-khoi-nghiep-2024-van-xuoi");
    expect(plan.phases).toHaveLength(1);
    const activities = plan.phases[0]!.activities;
    expect(activities.map((a) => [a.leadUnit.name, a.deadline, a.end])).toEqual([
      ["Văn phòng Sở", true, "2024-05-10"],
      ["Phòng Quản lý công nghệ và đổi mới sáng tạo", false, "2024-05-22"],
      ["Phòng Quản lý khoa học", false, "2024-05-24"],
      ["Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm", false, "2024-05-24"],
      ["Báo Lạng Sơn", false, expect.any(String)],
      ["Các doanh nghiệp KH&CN trên địa bàn", true, "2024-05-15"],
    ]);
    expect(plan.extraSections.map((s) => [s.label, s.heading, s.kind])).toEqual([
      ["II", "THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ", "OTHER"],
      ["IV", "TỔ CHỨC THỰC HIỆN", "ORGANISATION"],
    ]);
    expect(plan.extraSections[1]!.paragraphs.at(-1)).toContain("báo cáo kết quả thực hiện nhiệm vụ được giao về Sở (qua Văn phòng) trước ngày 31/5/2024");
    const docx = await openDocx((await planDocxFile(leader, id)).bytes);
    const text = paragraphs(docx.document).join("\n");
    expect(text).toContain("TỔ CHỨC THỰC HIỆN");
    expect(text).toContain("trước ngày 31/5/2024");
    const rows = tables(docx.document)[1]!;
    expect(rows[1]!.map((cell) => cell.join(" "))[4]).toBe("Trước ngày 10/5/2024");
    expect(rows[0]!.map((cell) => cell.join(" "))).not.toContain("Sản phẩm");
  });

  it("reads the appendix plan's group rows as phases with their windows, and exports Sản phẩm", async () => {
    const { leader, id, plan } = await importCorpus("ngay-khcn-2024-phu-luc");
    expect(plan.phases.map((p) => [p.title, p.start, p.end, p.activities.length])).toEqual([
      ["CÁC HOẠT ĐỘNG TUYÊN TRUYỀN", "2024-04-15", "2024-05-10", 4],
      ["CÁC HOẠT ĐỘNG TRỌNG TÂM", "2024-05-13", "2024-05-19", 4],
      ["SƠ KẾT, BÁO CÁO", "2024-04-01", "2024-06-30", 2],
    ]);
    expect(plan.phases[0]!.activities.map((a) => a.output)).toEqual(["Chuyên mục; tối thiểu 15 tin, bài", "02 chuyên trang", "01 phóng sự", "05 băng rôn"]);
    expect(await db.activity.count({ where: { planId: id, deadline: true } })).toBe(3);
    const docx = await openDocx((await planDocxFile(leader, id)).bytes);
    // The activity table is now in the appendix after the signature, as in the document: found by its header cell.
    const header = tables(docx.document).find((table) => table[0]?.[0]?.[0] === "Stt")![0]!.map((cell) => cell.join(" "));
    expect(header).toEqual(["Stt", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm", "Ghi chú"]);
  });

  it("lets the editor change Sản phẩm, and leaves it as it is when a client does not send it", async () => {
    const { leader, id, plan } = await importCorpus("ngay-khcn-2024-phu-luc");
    const first = plan.phases[0]!.activities[0]!;
    const fields = {
      id: first.id,
      content: first.content,
      description: first.description,
      leadUnitId: first.leadUnit.id,
      supporterIds: first.supporters.map((unit) => unit.id),
      start: first.start,
      end: first.end,
      note: first.note,
    };
    await inTransaction((tx) => updateActivity(tx, leader, { ...fields, version: first.version, note: "Đã đổi ghi chú" }));
    expect(await db.activity.findUniqueOrThrow({ where: { id: first.id }, select: { output: true } })).toEqual({ output: "Chuyên mục; tối thiểu 15 tin, bài" });
    await inTransaction((tx) => updateActivity(tx, leader, { ...fields, version: first.version + 1, note: "Đã đổi ghi chú", output: "20 tin, bài" }));
    expect(await db.activity.findUniqueOrThrow({ where: { id: first.id }, select: { output: true, version: true } })).toEqual({ output: "20 tin, bài", version: first.version + 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Activity", entityId: first.id, planId: id }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(audit)).toContain("20 tin, bài");
  });
});
