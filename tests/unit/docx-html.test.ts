// mammoth's HTML as blocks within DOCX_LIMITS: spans are clamped or refused,
// and cells, blocks and text are counted as they are made.
import { describe, expect, it } from "vitest";
import { blocksFromHtml } from "@/lib/documents/import/docx-html";
import { ImportError } from "@/lib/documents/import";

function refused(html: string): ImportError {
  try {
    blocksFromHtml(html);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("the HTML must be refused");
}

const rows = (count: number, cells: number) => `<tr>${"<td><p>x</p></td>".repeat(cells)}</tr>`.repeat(count);

describe("blocksFromHtml", () => {
  it("leaves an empty cell behind a merged one, and a rowspan past the table's end covers only its rows", () => {
    const html = `<table><tr><td colspan="2"><p>Nội dung</p></td><td rowspan="1000000"><p>Văn phòng Sở</p></td></tr><tr><td><p>1</p></td><td><p>Viết tin</p></td></tr></table>`;
    expect(blocksFromHtml(html)).toEqual([
      {
        kind: "table",
        rows: [
          [["Nội dung"], [], ["Văn phòng Sở"]],
          [["1"], ["Viết tin"], []],
        ],
      },
    ]);
  });

  it("reads a malformed span as 1", () => {
    expect(blocksFromHtml(`<table><tr><td colspan="-3"><p>a</p></td><td colspan="abc"><p>b</p></td></tr></table>`)).toEqual([{ kind: "table", rows: [[["a"], ["b"]]] }]);
  });

  it("refuses a colspan of 1,000,000 before making its cells", () => {
    const error = refused(`<table><tr><td><p>Stt</p></td><td colspan="1000000"><p>Nội dung</p></td></tr></table>`);
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "tableColumns", max: 63 } });
    expect(error.message).toBe("Một bảng trong tệp rộng 1.000.001 cột (tính cả ô gộp); Kehoach đọc bảng tối đa 63 cột.");
  });

  it("refuses a row of more than 63 cells", () => {
    expect(refused(`<table>${rows(1, 64)}</table>`).message).toBe("Một bảng trong tệp rộng 64 cột (tính cả ô gộp); Kehoach đọc bảng tối đa 63 cột.");
  });

  it("refuses more than 2,000 rows in one table", () => {
    expect(blocksFromHtml(`<table>${rows(2_000, 1)}</table>`)[0]).toMatchObject({ kind: "table" });
    expect(refused(`<table>${rows(2_001, 1)}</table>`).details).toEqual({ limit: "rowsPerTable", max: 2_000 });
  });

  it("refuses more than 20,000 cells in all", () => {
    const table = `<table>${rows(1_000, 5)}</table>`; // 5,000 cells
    expect(() => blocksFromHtml(table.repeat(4))).not.toThrow();
    const error = refused(table.repeat(4) + `<table>${rows(1, 1)}</table>`);
    expect(error).toMatchObject({ details: { limit: "cells", max: 20_000 } });
    expect(error.message).toBe("Các bảng trong tệp có hơn 20.000 ô; Kehoach đọc tối đa 20.000 ô.");
  });

  it("refuses more than 20,000 paragraphs and tables", () => {
    expect(blocksFromHtml("<p>x</p>".repeat(20_000))).toHaveLength(20_000);
    const error = refused("<p>x</p>".repeat(20_001));
    expect(error).toMatchObject({ details: { limit: "blocks", max: 20_000 } });
    expect(error.message).toBe("Tệp có hơn 20.000 đoạn văn và bảng; Kehoach đọc tối đa 20.000.");
  });

  it("refuses more than 400,000 characters of text, as for pasted text", () => {
    expect(blocksFromHtml(`<p>${"a".repeat(400_000)}</p>`)).toHaveLength(1);
    const error = refused(`<p>${"a".repeat(300_000)}</p><table><tr><td><p>${"b".repeat(100_001)}</p></td></tr></table>`);
    expect(error).toMatchObject({ details: { limit: "textChars", max: 400_000 } });
    expect(error.message).toBe("Nội dung chữ của tệp dài hơn 400.000 ký tự; Kehoach đọc tối đa 400.000 ký tự, như khi dán văn bản.");
  });
});
