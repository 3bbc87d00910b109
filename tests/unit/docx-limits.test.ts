// Hostile DOCX files (built here) against the import's DOCX_LIMITS: each is
// refused with a Vietnamese message naming the limit it went over, without
// inflating it in this process (whose heap stays where it was); the worker
// that reads files is stopped when it runs out of its own heap or time.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { blocksFromDocx, ImportError } from "@/lib/documents/import";
import { DOCX_LIMITS } from "@/lib/documents/import/limits";
import { docxWith, manyEntriesDocx, repeatedDocumentXml, tallTableDocx, wideSpanDocx, zipBombDocx } from "@/tests/support/hostile-docx";

/** The ImportError a read ends with (fails the test if it succeeds). */
async function refusal(read: Promise<unknown>): Promise<ImportError> {
  const error = await read.then(
    () => null,
    (error: unknown) => error,
  );
  expect(error, "the file must be refused").toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** The most this process's heap grew while `work` ran, sampled every 5 ms. */
async function heapGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage().heapUsed) - before;
}

const MB = 1024 * 1024;
// Reading through a worker started from source (tsx) takes a second or two on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
let bomb: Buffer;
let lyingBomb: Buffer;

beforeAll(async () => {
  // The file: under 1 MB that expands to 200 MB of XML.
  bomb = await zipBombDocx(200);
  // The same, its headers claiming the XML is 1,000 bytes.
  lyingBomb = await zipBombDocx(200, { declaredSize: 1000 });
}, 120_000);

describe("DOCX limits", () => {
  it("refuses the zip bomb by its declared size, before inflating it, and this process's heap stays put", async () => {
    expect(bomb.byteLength).toBeLessThan(1 * MB);
    let error: ImportError | undefined;
    const growth = await heapGrowth(async () => (error = await refusal(blocksFromDocx(bomb))));
    expect(error).toMatchObject({ code: "INVALID", reason: "DOCX_LIMIT", details: { limit: "partBytes", max: 10 * MB } });
    expect(error!.message).toMatch(/^Phần “word\/document\.xml” của tệp giải nén ra 19\d(,\d)? MB; Kehoach đọc mỗi phần tối đa 10 MB\.$/);
    expect(growth).toBeLessThan(64 * MB);
  });

  it("refuses the zip bomb whose directory lies about its size once it inflates past what it declared", async () => {
    let error: ImportError | undefined;
    const growth = await heapGrowth(async () => (error = await refusal(blocksFromDocx(lyingBomb))));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "partBytes" } });
    expect(error!.message).toBe(
      "Phần “word/document.xml” giải nén ra nhiều hơn 1.000 byte như tệp ghi: tệp bị hỏng hoặc bị làm giả nên Kehoach dừng đọc (mỗi phần tối đa 10 MB).",
    );
    expect(growth).toBeLessThan(64 * MB);
  });

  it("refuses parts that are each small enough but too much together", async () => {
    const parts = await Promise.all(Array.from({ length: 7 }, () => repeatedDocumentXml(9 * MB)));
    const file = await docxWith(parts[0]!, parts.slice(1).map((part, i) => ({ ...part, name: `customXml/item${i}.xml` })));
    const error = await refusal(blocksFromDocx(file));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "totalBytes", max: 50 * MB } });
    expect(error.message).toMatch(/^Các phần của tệp DOCX giải nén ra tổng cộng [56]\d(,\d)? MB; Kehoach đọc tối đa 50 MB\.$/);
  });

  it("refuses a ZIP of too many entries", async () => {
    const error = await refusal(blocksFromDocx(await manyEntriesDocx(1_500)));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "entries", max: 1_000 } });
    expect(error.message).toMatch(/^Tệp DOCX gồm 1\.5\d\d phần; Kehoach chỉ đọc tệp có tối đa 1\.000 phần\.$/);
  });

  it("refuses a table cell spanning 1,000,000 columns (w:gridSpan)", async () => {
    const error = await refusal(blocksFromDocx(await wideSpanDocx(1_000_000)));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "tableColumns", max: 63 } });
    expect(error.message).toBe("Một bảng trong tệp rộng 1.000.001 cột (tính cả ô gộp); Kehoach đọc bảng tối đa 63 cột.");
  });

  it("refuses a document of too many paragraphs from its XML, before converting it", async () => {
    const error = await refusal(blocksFromDocx(await docxWith(await repeatedDocumentXml(4 * MB))));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "blocks", max: 20_000 } });
    expect(error.message).toBe("Tệp có hơn 20.000 đoạn văn và bảng; Kehoach đọc tối đa 20.000.");
  });

  it("refuses a table of too many rows, and reads one at the limit", async () => {
    const error = await refusal(blocksFromDocx(await tallTableDocx(DOCX_LIMITS.rowsPerTable + 1)));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "rowsPerTable", max: 2_000 } });
    expect(error.message).toBe("Một bảng trong tệp có hơn 2.000 hàng; Kehoach đọc bảng tối đa 2.000 hàng.");

    const blocks = await blocksFromDocx(await tallTableDocx(DOCX_LIMITS.rowsPerTable));
    const table = blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(2_000);
  });
});

describe("the worker that reads a DOCX", () => {
  let dense: Buffer;
  beforeAll(async () => {
    // Within the size and count limits: one paragraph of 8 MB of formatted runs, a lot of work for mammoth.
    dense = await docxWith(await repeatedDocumentXml(8 * MB, { runs: true }));
  });

  it("is stopped when it needs more than its heap, and the error names the limit", async () => {
    const error = await refusal(blocksFromDocx(dense, { heapMb: 16, seconds: 60 }));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "heapMb", max: 256 } });
    expect(error.message).toBe("Tệp cần hơn 256 MB bộ nhớ để đọc (giới hạn mỗi tệp) nên Kehoach đã dừng; tệp có thể bị hỏng hoặc quá phức tạp.");
  });

  it("is stopped when it takes longer than its time, and the error names the limit", async () => {
    const error = await refusal(blocksFromDocx(dense, { heapMb: 256, seconds: 0.3 }));
    expect(error).toMatchObject({ reason: "DOCX_LIMIT", details: { limit: "seconds", max: 20 } });
    expect(error.message).toBe("Đọc tệp lâu quá 20 giây (giới hạn mỗi tệp) nên Kehoach đã dừng; tệp có thể bị hỏng hoặc quá phức tạp.");
  });

  describe("turns", () => {
    const reads: Promise<unknown>[] = [];
    afterEach(async () => void (await Promise.allSettled(reads.splice(0))));

    it("reads two files at a time, lets eight wait, and tells the next one the server is busy", async () => {
      const small = await tallTableDocx(3);
      // Two slow reads hold both turns; eight more wait; the eleventh is refused at once.
      for (let i = 0; i < 2; i++) reads.push(blocksFromDocx(dense, { heapMb: 256, seconds: 1 }));
      for (let i = 0; i < 8; i++) reads.push(blocksFromDocx(small));
      await expect(blocksFromDocx(small)).rejects.toMatchObject({ code: "RATE_LIMITED", message: "Máy chủ đang đọc nhiều tệp của người khác; vui lòng thử lại sau ít phút." });
      const settled = await Promise.allSettled(reads.splice(0));
      expect(settled.slice(2).map((result) => (result.status === "rejected" ? String(result.reason) : "read"))).toEqual(Array(8).fill("read"));
    });
  });
});
