// Reads a generated DOCX the way Word would find it: the XML parts, and the
// text of paragraphs and table cells. Regular expressions are enough for the
// flat XML docx writes (no nested tables).
import JSZip from "jszip";

export type DocxParts = {
  document: string;
  styles: string;
  settings: string;
  core: string;
  /** Header XML by type ("default", "first"), through the document's relationships. */
  headers: Record<string, string>;
  /** Relationship id → target (hyperlink URLs, header files). */
  relationships: Map<string, string>;
};

export async function openDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the DOCX`);
    return file.async("string");
  };
  const document = await read("word/document.xml");
  const relsXml = await read("word/_rels/document.xml.rels");
  const relationships = new Map([...relsXml.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
  const headers: Record<string, string> = {};
  for (const [, type, id] of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="([^"]+)"\/>/g)) {
    headers[type!] = await read(`word/${relationships.get(id!)}`);
  }
  return { document, styles: await read("word/styles.xml"), settings: await read("word/settings.xml"), core: await read("docProps/core.xml"), headers, relationships };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The paragraphs (w:p) of a piece of XML, as XML. */
export const paragraphXml = (xml: string): string[] => xml.match(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];

/** The text of one paragraph or run: its w:t elements joined. */
export const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join("");

/** Every paragraph's text, in order, tables included. */
export const paragraphs = (xml: string): string[] => paragraphXml(xml).map(textOf);

/** The tables of the body: rows of cells of paragraph texts. */
export function tables(xml: string): string[][][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(paragraphs)),
  );
}

/** The XML of the first paragraph whose text is exactly `text`. */
export function paragraphWithText(xml: string, text: string): string | undefined {
  return paragraphXml(xml).find((p) => textOf(p) === text);
}
