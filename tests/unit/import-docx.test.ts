// DOCX files as blocks: paragraphs with their line breaks, tables whose cells
// keep their paragraphs; anything else is refused with a typed error.
import { describe, expect, it } from "vitest";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { blocksFromDocx, ImportError, parsePlan } from "@/lib/documents/import";

const cell = (...lines: string[]) => new TableCell({ children: lines.length ? lines.map((line) => new Paragraph(line)) : [new Paragraph("")] });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

async function docx(children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe("blocksFromDocx", () => {
  it("reads paragraphs (a line break stays a line) and tables with multi-paragraph cells", async () => {
    const buffer = await docx([
      new Paragraph("KẾ HOẠCH"),
      new Paragraph({ children: [new TextRun("Tuyên truyền Ngày KH&CN Việt Nam"), new TextRun({ text: "năm 2022", break: 1 })] }),
      new Table({
        rows: [
          row(cell("Stt"), cell("Nội dung"), cell("Đơn vị chủ trì"), cell("Đơn vị phối hợp")),
          row(cell("1"), cell("Viết tin, bài", "- Trên trang thông tin điện tử"), cell("Văn phòng Sở"), cell("Phòng Quản lý khoa học", "Báo Lạng Sơn")),
          row(cell("2"), cell("Treo băng rôn"), cell("Văn phòng Sở"), cell()),
        ],
      }),
    ]);
    expect(await blocksFromDocx(buffer)).toEqual([
      { kind: "paragraph", text: "KẾ HOẠCH" },
      { kind: "paragraph", text: "Tuyên truyền Ngày KH&CN Việt Nam\nnăm 2022" },
      {
        kind: "table",
        rows: [
          [["Stt"], ["Nội dung"], ["Đơn vị chủ trì"], ["Đơn vị phối hợp"]],
          [["1"], ["Viết tin, bài", "- Trên trang thông tin điện tử"], ["Văn phòng Sở"], ["Phòng Quản lý khoa học", "Báo Lạng Sơn"]],
          [["2"], ["Treo băng rôn"], ["Văn phòng Sở"], []],
        ],
      },
    ]);
  });

  it("feeds the parser: a small plan from a DOCX reads as a plan", async () => {
    const buffer = await docx([
      new Paragraph("Số: 03/KH-SKHCN"),
      new Paragraph("Lạng Sơn, ngày 20 tháng 4 năm 2022"),
      new Paragraph("KẾ HOẠCH"),
      new Paragraph("Tuyên truyền Ngày KH&CN Việt Nam năm 2022"),
      new Paragraph("III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC"),
      new Paragraph("2.1. Tuyên truyền (từ ngày 03-14/5/2022)"),
      new Table({
        rows: [
          row(cell("Stt"), cell("Nội dung"), cell("Đơn vị chủ trì"), cell("Đơn vị phối hợp")),
          row(cell("1"), cell("Viết tin, bài", "- Trên trang thông tin điện tử"), cell("Văn phòng Sở"), cell("Phòng Quản lý khoa học", "Báo Lạng Sơn")),
        ],
      }),
    ]);
    const units = [
      { id: "vp", name: "Văn phòng Sở", shortName: "VP Sở", kind: "INTERNAL" as const },
      { id: "qlkh", name: "Phòng Quản lý khoa học", shortName: "Phòng QLKH", kind: "INTERNAL" as const },
      { id: "bao", name: "Báo Lạng Sơn", shortName: "Báo Lạng Sơn", kind: "EXTERNAL" as const },
    ];
    const result = parsePlan(await blocksFromDocx(buffer), { units });
    expect(result.usable).toBe(true);
    expect([result.plan.number, result.plan.issueDate, result.plan.eventDate]).toEqual([3, "2022-04-20", "2022-05-18"]);
    const [activity] = result.plan.phases[0]!.activities;
    expect([activity!.content, activity!.lead?.unitId, activity!.supporters.map((s) => s.unitId)]).toEqual([
      "Viết tin, bài\n- Trên trang thông tin điện tử",
      "vp",
      ["qlkh", "bao"],
    ]);
  });

  it("refuses a file that is not a DOCX with a typed error", async () => {
    const attempt = blocksFromDocx(Buffer.from("Trứng gà, sữa tươi"));
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toMatchObject({ reason: "UNREADABLE_DOCX", code: "INVALID", message: expect.stringMatching(/^Không đọc được tệp DOCX: /) });
  });
});
