// Builds the plan corpus (tests/fixtures/corpus): for every source in
// tests/fixtures/corpus/source/, the text a user pastes (<slug>.txt) and the
// Word document (<slug>.docx). Run it after changing a source and commit the
// source and both files; tests/unit/corpus-files.test.ts fails when they are
// out of step.
//
//   npm run corpus:build                      # write every document
//   npm run corpus:build -- <slug> …          # only these
//   npm run corpus:build -- --render <dir>    # also PDF and PNG pages through LibreOffice, to look at them
//
// --render needs `libreoffice` and `pdftoppm` (and `pdftotext`) on the PATH.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS, CORPUS_DIR } from "@/tests/fixtures/corpus";
import { corpusDocx } from "./docx";
import type { Block, CorpusSource } from "./model";
import { isAuto } from "./numbering";
import { corpusText } from "./text";

/** The date stamped into a DOCX: the document's own date ("…, ngày 12 tháng 4 năm 2024"), at 08:00. */
export function documentDate(source: CorpusSource): Date {
  const match = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(source.dateLine);
  const year = match ? Number(match[3]) : Number(/\d{4}/.exec(source.dateLine)?.[0] ?? 2024);
  return new Date(Date.UTC(year, match ? Number(match[2]) - 1 : 0, match ? Number(match[1]) : 1, 1, 0, 0));
}

export async function buildDocument(source: CorpusSource): Promise<{ text: string; docx: Buffer }> {
  return { text: corpusText(source), docx: await corpusDocx(source, documentDate(source)) };
}

/** The longest cell of every row long enough to run over a page. */
function longCells(source: CorpusSource): string[] {
  const blocks: Block[] = [...source.body, ...(source.appendix?.blocks ?? [])];
  return blocks.flatMap((block) =>
    block.kind !== "table"
      ? []
      : block.rows.flatMap((row) => {
          const cells = row.cells.map((cell) => cell.lines.join(" ").replace(/\s*¦\s*/g, " ").replace(/\[\^\d+\]/g, ""));
          return cells.join(" ").length >= 1000 ? [cells.reduce((a, b) => (b.length > a.length ? b : a))] : [];
        }),
  );
}

/** The pages (from 1) on which a cell's first and last words are. */
function pagesOf(cell: string, pages: string[]): [number, number] {
  const words = cell.split(/\s+/);
  const find = (phrase: string) => pages.findIndex((page) => page.replace(/\s+/g, " ").includes(phrase)) + 1;
  return [find(words.slice(0, 3).join(" ")), find(words.slice(-3).join(" "))];
}

/**
 * The automatic labels LibreOffice did not draw as the source writes them: each numbered paragraph's label and
 * first words, looked for in the PDF's text. Empty when Word numbering and the text agree.
 */
function numberingMismatches(source: CorpusSource, pages: string[]): string[] {
  const text = pages.join(" ").replace(/\s+/g, " ");
  const blocks: Block[] = [...source.body, ...(source.appendix?.blocks ?? [])];
  return blocks.flatMap((block) => {
    if (block.kind !== "p" || !isAuto(block.label, block.auto, source.auto)) return [];
    const start = [block.head, block.text].filter(Boolean).join(" ").replace(/\[\^\d+\]/g, "").split(/\s+/).slice(0, 3).join(" ");
    const label = block.label === "-" || block.label === "+" ? "" : `${block.label} `;
    return text.includes(`${label}${start}`) ? [] : [`${block.label} ${start}`];
  });
}

function render(docxPath: string, outDir: string) {
  execFileSync("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", outDir, docxPath], { stdio: "ignore", timeout: 180_000 });
  const name = path.basename(docxPath, ".docx");
  const pdf = path.join(outDir, `${name}.pdf`);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(outDir, name)]);
  const pages = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).split("\f").filter((page) => page.trim());
  return { pages: readdirSync(outDir).filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png")).length, text: pages };
}

async function main() {
  const args = process.argv.slice(2);
  let renderDir: string | undefined;
  const slugs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--render") renderDir = args[++i];
    else slugs.push(args[i]!);
  }
  const chosen = CORPUS.filter(({ source }) => !slugs.length || slugs.includes(source.slug));
  if (renderDir) mkdirSync(renderDir, { recursive: true });
  for (const { source } of chosen) {
    const { text, docx } = await buildDocument(source);
    writeFileSync(path.join(CORPUS_DIR, `${source.slug}.txt`), text);
    const docxPath = path.join(CORPUS_DIR, `${source.slug}.docx`);
    writeFileSync(docxPath, docx);
    let line = `${source.slug}: ${text.split("\n").length} dòng văn bản, DOCX ${Math.round(docx.length / 1024)} KB`;
    if (renderDir) {
      const rendered = render(docxPath, renderDir);
      line += `, ${rendered.pages} trang`;
      const mismatches = numberingMismatches(source, rendered.text);
      if (mismatches.length) line += `; SỐ TỰ ĐỘNG KHÁC VĂN BẢN: ${mismatches.join(" | ")}`;
      for (const cell of longCells(source)) {
        const [first, last] = pagesOf(cell, rendered.text);
        line += `; hàng dài “${cell.slice(0, 30)}…”: trang ${first} → ${last}`;
      }
    }
    console.info(line);
  }
  if (renderDir) console.info(`PDF và PNG: ${renderDir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
