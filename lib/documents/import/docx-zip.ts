// The ZIP inside a DOCX, opened so that a hostile one cannot cost more than
// DOCX_LIMITS: the central directory is read without inflating anything (entry
// count, each part's declared size, their total), then each part mammoth asks
// for is inflated as a stream that is cut as soon as it yields more than the
// part declared, so a lying directory buys nothing. yauzl reads the directory
// and streams the inflation (its validateEntrySizes does the same check, but
// reports it only as message text, so the count is kept here); jszip, which
// mammoth would use on its own, inflates a whole part before comparing sizes.
import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { ImportError } from "./errors";
import { DOCX_LIMITS, limitMessages, overLimit } from "./limits";

/** The zip-file object mammoth reads parts through (its `file` input; see docx-read.ts). */
export type DocxParts = {
  exists: (name: string) => boolean;
  read: (name: string, encoding?: string) => Promise<Uint8Array | string>;
};

const unreadable = (reason: string) => new ImportError("UNREADABLE_DOCX", `Không đọc được tệp DOCX: ${reason}`);

async function listEntries(zip: ZipFile): Promise<Entry[]> {
  if (zip.entryCount > DOCX_LIMITS.entries) throw overLimit("entries", limitMessages.entries(zip.entryCount));
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return entries;
}

function checkDeclaredSizes(entries: Entry[]) {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > DOCX_LIMITS.partBytes) throw overLimit("partBytes", limitMessages.partBytes(entry.fileName, entry.uncompressedSize));
    total += entry.uncompressedSize;
  }
  if (total > DOCX_LIMITS.totalBytes) throw overLimit("totalBytes", limitMessages.totalBytes(total));
}

/** One part's bytes, never more than it declares (checked before, within DOCX_LIMITS). */
async function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let stream: Readable | undefined;
  try {
    stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream) {
      size += (chunk as Buffer).byteLength;
      if (size > entry.uncompressedSize) throw overLimit("partBytes", limitMessages.lyingSize(entry.fileName, entry.uncompressedSize));
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw unreadable(`phần “${entry.fileName}” bị hỏng.`);
  } finally {
    stream?.destroy();
  }
  if (size !== entry.uncompressedSize) throw unreadable(`phần “${entry.fileName}” ngắn hơn tệp ghi.`);
  return Buffer.concat(chunks);
}

export async function openDocxZip(bytes: Buffer): Promise<DocxParts> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: false });
  } catch (error) {
    throw unreadable(error instanceof Error ? `${error.message}.` : "tệp không phải ZIP.");
  }
  let entries: Entry[];
  try {
    entries = await listEntries(zip);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw unreadable(error instanceof Error ? `${error.message}.` : "mục lục ZIP bị hỏng.");
  }
  checkDeclaredSizes(entries);
  const byName = new Map(entries.filter((entry) => !entry.fileName.endsWith("/")).map((entry) => [entry.fileName, entry]));
  const inflated = new Map<string, Promise<Buffer>>();
  return {
    exists: (name) => byName.has(name),
    async read(name, encoding) {
      const entry = byName.get(name);
      if (!entry) throw unreadable(`thiếu phần “${name}”.`);
      if (!inflated.has(name)) inflated.set(name, inflate(zip, entry));
      const data = await inflated.get(name)!;
      if (encoding === "base64") return data.toString("base64");
      if (encoding) return new TextDecoder(encoding).decode(data);
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
  };
}
