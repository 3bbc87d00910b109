// Hostile DOCX files for the upload limits, built in the test: a ZIP writer
// that can lie about sizes (as an attacker's can), and the bombs themselves.
// A DOCX is a ZIP of XML parts; these keep a real document's other parts and
// swap in the word/document.xml under test.
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";

export type ZipEntry = {
  name: string;
  /** Raw DEFLATE data and the true size and CRC-32 of what it inflates to. */
  deflated: Buffer;
  size: number;
  crc: number;
  /** What the headers claim the inflated size is (a lie when it differs from size). */
  declaredSize?: number;
};

export function entryOf(name: string, content: Buffer | string): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, deflated: deflateRawSync(bytes), size: bytes.byteLength, crc: crc32(bytes) };
}

/** A ZIP archive (no ZIP64, UTF-8 names), its headers saying what the entries declare. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const declared = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.byteLength, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.byteLength, 26);
    locals.push(local, name, entry.deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.byteLength, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + entry.deflated.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const PARAGRAPH = "<w:p><w:r><w:t>Nội dung kế hoạch</w:t></w:r></w:p>";
const RUN = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Nội dung </w:t></w:r>';

/**
 * word/document.xml of about `bytes` bytes, deflated as a stream (never whole
 * in memory): one paragraph repeated, or (`runs`) one paragraph of formatted
 * runs repeated, few paragraphs but a lot of work for mammoth.
 */
export async function repeatedDocumentXml(bytes: number, options: { runs?: boolean } = {}): Promise<ZipEntry> {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${options.runs ? "<w:p>" : ""}`);
  const tail = Buffer.from(`${options.runs ? "</w:p>" : ""}</w:body></w:document>`);
  const unit = Buffer.from(options.runs ? RUN : PARAGRAPH);
  const chunk = Buffer.concat(Array.from({ length: Math.ceil((1 << 20) / unit.byteLength) }, () => unit));
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (data: Buffer) => out.push(data));
  const done = new Promise((resolve, reject) => (deflate.on("end", resolve), deflate.on("error", reject)));
  let crc = 0;
  let size = 0;
  const write = async (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.byteLength;
    if (!deflate.write(data)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  await write(head);
  while (size + chunk.byteLength < bytes) await write(chunk);
  await write(tail);
  deflate.end();
  await done;
  return { name: "word/document.xml", deflated: Buffer.concat(out), size, crc };
}

/** A real one-paragraph DOCX's parts, with word/document.xml replaced and extra entries added. */
export async function docxWith(document: ZipEntry, extra: ZipEntry[] = []): Promise<Buffer> {
  const base = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Kế hoạch")] }] })));
  const entries: ZipEntry[] = [];
  for (const name of Object.keys(base.files).sort()) {
    if (base.files[name]!.dir || name === "word/document.xml") continue;
    entries.push(entryOf(name, await base.file(name)!.async("nodebuffer")));
  }
  return zipOf([...entries, document, ...extra]);
}

/** The DOCX from the issue: one small file whose document.xml expands to about `megabytes` MB. */
export async function zipBombDocx(megabytes: number, options: { declaredSize?: number } = {}): Promise<Buffer> {
  const document = await repeatedDocumentXml(megabytes * 1024 * 1024);
  return docxWith({ ...document, declaredSize: options.declaredSize });
}

/** A DOCX with `count` extra tiny entries. */
export async function manyEntriesDocx(count: number): Promise<Buffer> {
  const extra = Array.from({ length: count }, (_, i) => entryOf(`customXml/item${i}.xml`, "<a/>"));
  return docxWith(entryOf("word/document.xml", `<w:document ${W}><w:body>${PARAGRAPH}</w:body></w:document>`), extra);
}

const cell = (text: string, columnSpan?: number) => new TableCell({ children: [new Paragraph(text)], columnSpan });

/** A table whose one cell claims to span `span` columns: w:gridSpan written into a small real table. */
export async function wideSpanDocx(span: number): Promise<Buffer> {
  const table = new Table({ rows: [new TableRow({ children: [cell("Stt"), cell("Nội dung", 2)] }), new TableRow({ children: [cell("1"), cell("Viết tin, bài"), cell("")] })] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("KẾ HOẠCH"), table] }] })));
  const xml = await zip.file("word/document.xml")!.async("string");
  const patched = xml.replace('<w:gridSpan w:val="2"/>', `<w:gridSpan w:val="${span}"/>`);
  if (patched === xml) throw new Error("no w:gridSpan to patch");
  zip.file("word/document.xml", patched);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A table of `rows` rows of four cells. */
export async function tallTableDocx(rows: number): Promise<Buffer> {
  const row = (i: number) => new TableRow({ children: [cell(String(i)), cell(`Hoạt động ${i}`), cell("Văn phòng Sở"), cell("")] });
  const table = new Table({ rows: Array.from({ length: rows }, (_, i) => row(i + 1)) });
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("KẾ HOẠCH"), table] }] }));
}
