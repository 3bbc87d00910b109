// The importer's outline: the sections in the document's order and words, the
// activity table where the document put it; the 2022 reference gets none (its
// import, export and round-trip stay as they were).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blocksFromDocx, blocksFromText, parsePlan } from "@/lib/documents/import";
import { sectionHeadingText, type PlanOutline } from "@/lib/plans/outline";
import { LANG_SON_UNITS } from "@/prisma/seed/demo";
import { CORPUS_DIR } from "../fixtures/corpus";
import { readReference } from "../fixtures/reference";

const UNITS = LANG_SON_UNITS.map((unit) => ({ id: unit.key, name: unit.name, shortName: unit.shortName, kind: unit.kind }));

async function outlineOf(slug: string, form: "txt" | "docx"): Promise<PlanOutline | null> {
  const file = path.join(CORPUS_DIR, `${slug}.${form}`);
  const blocks = form === "txt" ? blocksFromText(readFileSync(file, "utf8")) : await blocksFromDocx(readFileSync(file));
  return parsePlan(blocks, { units: UNITS }).plan.outline;
}

/** "I. MỤC ĐÍCH [PURPOSES_REQUIREMENTS]", indented by level. */
const shape = (outline: PlanOutline | null) => outline?.sections.map((s) => `${"  ".repeat(s.level)}${sectionHeadingText(s) || "(bảng)"} [${s.holds}${s.kind ? `/${s.kind}` : ""}]`);

describe("the importer's outline", () => {
  it("the 2022 reference: none, it is the fixed layout", () => {
    expect(parsePlan(blocksFromText(readReference()), { units: UNITS }).plan.outline).toBeNull();
  });

  it.each(["txt", "docx"] as const)("a prose plan (%s): its own sections in order, the activities read from Tổ chức thực hiện placed there", async (form) => {
    const outline = await outlineOf("ngay-hoi-khoi-nghiep-2024-van-xuoi", form);
    expect(shape(outline)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU [PURPOSES_REQUIREMENTS]",
      "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ [TEXT/OTHER]",
      "III. NỘI DUNG NGÀY HỘI [CONTENT]",
      "IV. TỔ CHỨC THỰC HIỆN [TEXT/ORGANISATION]",
      "  (bảng) [ACTIVITIES]",
    ]);
    expect(outline!.appendix).toBeNull();
    // The prose stays the section's text.
    expect(outline!.sections[3]!.paragraphs!.join("\n")).toContain("Văn phòng Sở");
  });

  it.each(["txt", "docx"] as const)("an appendix plan (%s): the table after the signature, with the appendix's title and reference as written", async (form) => {
    const outline = await outlineOf("ngay-khcn-2024-phu-luc", form);
    expect(shape(outline)?.slice(0, 4)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU [PURPOSES_REQUIREMENTS]",
      "II. CHỦ ĐỀ VÀ KHẨU HIỆU [THEME_SLOGANS]",
      "III. NỘI DUNG HOẠT ĐỘNG [CONTENT]",
      "IV. TỔ CHỨC THỰC HIỆN [TEXT/ORGANISATION]",
    ]);
    expect(outline!.sections.some((s) => s.holds === "ACTIVITIES")).toBe(false);
    expect(outline!.appendix).toEqual({
      title: "PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG",
      reference: "(Kèm theo Kế hoạch số 09/KH-SKHCN ngày 12/4/2024 của Sở Khoa học và Công nghệ)",
    });
  });

  it("phases numbered a), b) under “2. Các hoạt động cụ thể” keep both", async () => {
    const outline = await outlineOf("ngay-khcn-2024-cao-bang", "txt");
    expect(outline!.sections.find((s) => s.holds === "ACTIVITIES")).toMatchObject({ label: "2", heading: "Các hoạt động cụ thể", level: 1, numbering: "LETTER" });
  });

  it("section numbers lost to Word's automatic numbering come back as I, II …", async () => {
    const outline = await outlineOf("ngay-khcn-2023-huong-ung", "docx");
    expect(shape(outline)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU [PURPOSES_REQUIREMENTS]",
      "II. CHỦ ĐỀ, KHẨU HIỆU TUYÊN TRUYỀN [THEME_SLOGANS]",
      "III. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN [CONTENT]",
      "  (bảng) [ACTIVITIES]",
      "IV. TỔ CHỨC THỰC HIỆN [TEXT/ORGANISATION]",
    ]);
  });
});
