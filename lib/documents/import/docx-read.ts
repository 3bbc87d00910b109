// A DOCX file as blocks, inside DOCX_LIMITS: the ZIP checked and inflated by
// docx-zip.ts, mammoth turning the parts into HTML, docx-html.ts walking it.
// This runs in the worker thread of docx.ts, never on the request thread.
import mammoth from "mammoth";
import { openDocxZip, type DocxParts } from "./docx-zip";
import { blocksFromHtml } from "./docx-html";
import { ImportError } from "./errors";
import { DOCX_LIMITS, limitMessages, overLimit } from "./limits";
import type { Block } from "./types";

// mammoth opens `{ buffer }` with jszip (no limits); `{ file }`, an opened
// zip with exists() and read(), is what it turns every input into
// (mammoth/lib/unzip.js). Its type declarations list only path, buffer and
// arrayBuffer, hence the cast; the import tests fail if that ever changes.
const asMammothInput = (file: DocxParts) => ({ file }) as unknown as { buffer: Buffer };

// Pictures are not read at all: the import keeps text only.
const noImages = mammoth.images.imgElement(async () => ({ src: "" }));

const MAIN_PART = "word/document.xml";

/**
 * Paragraphs (those in cells too) and table cells counted in the main part's
 * XML before mammoth builds anything: a file far over the limits is refused in
 * milliseconds, not seconds. The blocks are counted again as they are made.
 */
async function countElements(parts: DocxParts) {
  if (!parts.exists(MAIN_PART)) return;
  const xml = (await parts.read(MAIN_PART, "utf-8")) as string;
  if (count(xml, /<w:p[\s>/]/g) > DOCX_LIMITS.blocks) throw overLimit("blocks", limitMessages.blocks());
  if (count(xml, /<w:tc[\s>/]/g) > DOCX_LIMITS.cells) throw overLimit("cells", limitMessages.cells());
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

export async function readDocx(bytes: Buffer): Promise<Block[]> {
  const parts = await openDocxZip(bytes);
  await countElements(parts);
  let html: string;
  try {
    html = (await mammoth.convertToHtml(asMammothInput(parts), { convertImage: noImages, externalFileAccess: false })).value;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError("UNREADABLE_DOCX", `Không đọc được tệp DOCX: ${reason}`);
  }
  return blocksFromHtml(html);
}
