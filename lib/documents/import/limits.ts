// What an uploaded DOCX may be, and what it may cost to read. A DOCX is a ZIP
// of XML parts: a 0.7 MB file can expand to hundreds of MB, and a table cell
// can claim a million columns. Each limit is checked before the work it
// guards, and going over one is a typed ImportError whose message names it.
import { ImportError } from "./errors";

/** The uploaded file, and pasted text (import-schemas.ts checks both at the edge). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_TEXT = 400_000;

export const DOCX_LIMITS = {
  /** The uploaded (compressed) file. */
  fileBytes: MAX_IMPORT_BYTES,
  /** Parts in the ZIP: a Word document has a few dozen, a hundred or so with pictures. */
  entries: 1_000,
  /** One part once inflated: the 2022 plan's document.xml is 30 KB; a 240-activity plan about 1 MB. */
  partBytes: 10 * 1024 * 1024,
  /** All parts once inflated. */
  totalBytes: 50 * 1024 * 1024,
  /** Columns of a table, spans included: Word's own maximum. */
  tableColumns: 63,
  rowsPerTable: 2_000,
  /** Table cells in the whole document, merged cells counted per column they cover (a 240-activity plan has about 1,500). */
  cells: 20_000,
  /** Paragraphs and tables (the 2022 plan has about 90). */
  blocks: 20_000,
  /** Characters of text: the same as pasted text. */
  textChars: MAX_IMPORT_TEXT,
  /** The worker that reads the file: its heap and wall-clock time. */
  heapMb: 256,
  seconds: 20,
  /** Files read at once per server process; more wait their turn. */
  concurrent: 2,
  /** Files waiting for a turn; beyond that the server says it is busy. */
  queued: 8,
} as const;

export type DocxLimit = keyof typeof DOCX_LIMITS;

const number = (value: number) => value.toLocaleString("vi-VN");
export const megabytes = (bytes: number) => `${number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;

/** The limit's error: its Vietnamese message names the limit; details carry it for callers and tests. */
export function overLimit(limit: DocxLimit, message: string): ImportError {
  return new ImportError("DOCX_LIMIT", message, { limit, max: DOCX_LIMITS[limit] });
}

const L = DOCX_LIMITS;

export const limitMessages = {
  fileBytes: (bytes: number) => `Tệp quá lớn (${megabytes(bytes)}); Kehoach đọc tệp DOCX tối đa ${megabytes(L.fileBytes)}.`,
  entries: (count: number) => `Tệp DOCX gồm ${number(count)} phần; Kehoach chỉ đọc tệp có tối đa ${number(L.entries)} phần.`,
  partBytes: (name: string, bytes: number) =>
    `Phần “${name}” của tệp giải nén ra ${megabytes(bytes)}; Kehoach đọc mỗi phần tối đa ${megabytes(L.partBytes)}.`,
  lyingSize: (name: string, declared: number) =>
    `Phần “${name}” giải nén ra nhiều hơn ${number(declared)} byte như tệp ghi: tệp bị hỏng hoặc bị làm giả nên Kehoach dừng đọc (mỗi phần tối đa ${megabytes(L.partBytes)}).`,
  totalBytes: (bytes: number) => `Các phần của tệp DOCX giải nén ra tổng cộng ${megabytes(bytes)}; Kehoach đọc tối đa ${megabytes(L.totalBytes)}.`,
  tableColumns: (columns: number) => `Một bảng trong tệp rộng ${number(columns)} cột (tính cả ô gộp); Kehoach đọc bảng tối đa ${number(L.tableColumns)} cột.`,
  rowsPerTable: () => `Một bảng trong tệp có hơn ${number(L.rowsPerTable)} hàng; Kehoach đọc bảng tối đa ${number(L.rowsPerTable)} hàng.`,
  cells: () => `Các bảng trong tệp có hơn ${number(L.cells)} ô; Kehoach đọc tối đa ${number(L.cells)} ô.`,
  blocks: () => `Tệp có hơn ${number(L.blocks)} đoạn văn và bảng; Kehoach đọc tối đa ${number(L.blocks)}.`,
  textChars: () => `Nội dung chữ của tệp dài hơn ${number(L.textChars)} ký tự; Kehoach đọc tối đa ${number(L.textChars)} ký tự, như khi dán văn bản.`,
  heapMb: () => `Tệp cần hơn ${number(L.heapMb)} MB bộ nhớ để đọc (giới hạn mỗi tệp) nên Kehoach đã dừng; tệp có thể bị hỏng hoặc quá phức tạp.`,
  seconds: () => `Đọc tệp lâu quá ${number(L.seconds)} giây (giới hạn mỗi tệp) nên Kehoach đã dừng; tệp có thể bị hỏng hoặc quá phức tạp.`,
  queued: () => `Máy chủ đang đọc nhiều tệp của người khác; vui lòng thử lại sau ít phút.`,
};
