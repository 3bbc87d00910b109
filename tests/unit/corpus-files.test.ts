// The plan corpus itself (tests/fixtures/corpus): every document has its text,
// its DOCX and its expected structure; both files are what the source builds;
// each DOCX really has the Word features its source lists; the text and the
// DOCX say the same; the expected structures hold together.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildDocument } from "@/scripts/corpus/build";
import { WORD_FEATURES, type WordFeature } from "@/scripts/corpus/model";
import { LANG_SON_UNITS } from "@/prisma/seed/demo";
import { CORPUS, CORPUS_DIR } from "@/tests/fixtures/corpus";
import type { Activity, CorpusExpectation, Section, Timing, UnitName } from "@/tests/fixtures/corpus/types";

const KNOWN_UNITS = {
  langSon: new Set<string>(LANG_SON_UNITS.map((unit) => unit.key)),
  caoBang: new Set<string>(["vanPhong", "qlkh"]),
};
/** A row with at least this many characters (and no w:cantSplit) runs over a page; build.ts --render shows where it breaks. */
const LONG_ROW = 1000;

const readDocx = async (file: string) => JSZip.loadAsync(readFileSync(file));
const part = async (zip: JSZip, name: string) => (await zip.file(name)?.async("string")) ?? null;

/** The words of a DOCX part: a paragraph ends a line, a cell and a tab give a tab. */
function xmlText(xml: string): string {
  let out = "";
  for (const match of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<\/w:tc>|<\/w:p>/g)) {
    if (match[1] !== undefined) out += match[1];
    else out += match[0] === "</w:p>" ? "\n" : "\t";
  }
  return out.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

const normal = (text: string) => text.replace(/\s+/g, " ").trim();

const TABLE = /<w:tbl>[\s\S]*?<\/w:tbl>/g;
const LABEL_AT_START = /^([IVXL]+\.|\d+(\.\d+)*\.?|[a-zđ]\)|[-+•])\s/;

async function featuresOf(zip: JSZip): Promise<Set<WordFeature>> {
  const document = (await part(zip, "word/document.xml"))!;
  const found = new Set<WordFeature>();
  if (/<w:gridSpan w:val="([2-9]|\d\d)"/.test(document)) found.add("gridSpan");
  if (/<w:vMerge w:val="restart"\/>/.test(document) && /<w:vMerge(?: w:val="continue")?\/>/.test(document)) found.add("vMerge");
  if (/<w:tblHeader(?:\/| w:val="(?:1|true|on)")/.test(document)) found.add("tblHeader");
  const numbering = await part(zip, "word/numbering.xml");
  if (numbering) {
    // Numbered paragraphs outside tables whose text carries no label of its own.
    const outside = document.replace(TABLE, "").match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numPr>[\s\S]*?<\/w:p>/g) ?? [];
    if (outside.some((paragraph) => xmlText(paragraph).trim() && !LABEL_AT_START.test(xmlText(paragraph).trim()))) found.add("numPr");
    if ((document.match(TABLE) ?? []).some((table) => table.includes("<w:numPr>"))) found.add("numPrInTable");
  }
  const footnotes = await part(zip, "word/footnotes.xml");
  if (footnotes && /<w:footnote w:id="[1-9]/.test(footnotes) && document.includes("<w:footnoteReference")) found.add("footnotes");
  if (document.includes('w:orient="landscape"')) found.add("landscape");
  const rows = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
  if (rows.some((row) => !row.includes("w:cantSplit") && normal(xmlText(row)).length >= LONG_ROW)) found.add("longRow");
  return found;
}

// The key strings of an expected structure: each must be in the TXT and in the DOCX.
function activityStrings(activity: Activity): string[] {
  return [
    activity.content,
    ...[activity.lead, ...activity.supporters].flatMap((unit) => (unit ? [unit.text] : [])),
    ...(activity.timing ? [activity.timing.text] : []),
    ...[activity.output, activity.note, activity.place ?? null].flatMap((text) => (text ? [text] : [])),
    ...activity.subTasks.flatMap(activityStrings),
  ];
}
const sectionStrings = (section: Section): string[] => [section.heading, ...(section.items ?? []), ...(section.children ?? []).flatMap(sectionStrings)];

function keyStrings(expected: CorpusExpectation): string[] {
  const { header, signer } = expected;
  return [
    ...header.issuer,
    header.numberLine,
    header.dateLine,
    header.kind,
    header.title,
    ...expected.legalBasis,
    ...(expected.intro ? [expected.intro] : []),
    ...expected.sections.flatMap(sectionStrings),
    ...expected.phases.flatMap((phase) => [...(phase.title ? [phase.title] : []), ...(phase.timing ? [phase.timing.text] : []), ...phase.activities.flatMap(activityStrings)]),
    ...(expected.budget ? [expected.budget.totalText, expected.budget.source].flatMap((text) => (text ? [text] : [])) : []),
    ...expected.reporting.flatMap((report) => [report.text, report.deadline.text, ...(report.to ? [report.to] : [])]),
    ...(expected.closing ? [expected.closing] : []),
    ...expected.recipients,
    ...signer.lines,
    signer.name,
    ...(expected.appendix ? [expected.appendix.heading, expected.appendix.title, expected.appendix.reference] : []),
    ...expected.units.map((unit) => unit.text),
    ...expected.footnotes.map((footnote) => footnote.after),
    ...expected.notActivities.map((item) => item.text),
  ].map(normal);
}

const allActivities = (expected: CorpusExpectation) => {
  const out: Activity[] = [];
  const walk = (activity: Activity) => {
    out.push(activity);
    activity.subTasks.forEach(walk);
  };
  expected.phases.forEach((phase) => phase.activities.forEach(walk));
  return out;
};

/** Unit names in the order a reader meets them: each activity's lead, supporters, then its sub-tasks. */
const unitsInOrder = (expected: CorpusExpectation): UnitName[] => {
  const seen = new Map<string, UnitName>();
  for (const activity of allActivities(expected)) for (const unit of [activity.lead, ...activity.supporters]) if (unit && !seen.has(unit.text)) seen.set(unit.text, unit);
  return [...seen.values()];
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => ISO.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function timingProblems(timing: Timing): string[] {
  const { kind, from, to } = timing;
  const where = `“${timing.text}” (${kind})`;
  const problems: string[] = [];
  for (const date of [from, to]) if (date !== null && !isDate(date)) problems.push(`${where}: ${date} is not a date`);
  if (["window", "day", "month", "quarter"].includes(kind) && (!from || !to || from > to)) problems.push(`${where}: needs from ≤ to`);
  if (kind === "day" && from !== to) problems.push(`${where}: a day has from = to`);
  if (kind === "deadline" && (from !== null || !to)) problems.push(`${where}: a deadline has only to`);
  if (["ongoing", "recurring", "unreadable"].includes(kind) && (from !== null || to !== null)) problems.push(`${where}: has no dates`);
  if ((kind === "month" || kind === "quarter") && from && to) {
    const [year, month] = from.split("-").map(Number) as [number, number];
    const months = kind === "month" ? 1 : 3;
    const end = `${year}-${String(month + months - 1).padStart(2, "0")}-${lastDay(year, month + months - 1)}`;
    if (!from.endsWith("-01") || to !== end || (kind === "quarter" && (month - 1) % 3 !== 0)) problems.push(`${where}: not a whole ${kind}`);
  }
  return problems;
}

const timings = (expected: CorpusExpectation): Timing[] => [
  ...expected.phases.flatMap((phase) => (phase.timing ? [phase.timing] : [])),
  ...allActivities(expected).flatMap((activity) => (activity.timing ? [activity.timing] : [])),
  ...expected.reporting.map((report) => report.deadline),
];

describe("the plan corpus", () => {
  it("has at least 12 documents, each with its text, its DOCX and its expected structure, and nothing else", () => {
    const slugs = CORPUS.map(({ source }) => source.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(slugs).size).toBe(slugs.length);
    const files = readdirSync(CORPUS_DIR).filter((file) => /\.(txt|docx)$/.test(file));
    expect(files.sort()).toEqual(slugs.flatMap((slug) => [`${slug}.docx`, `${slug}.txt`]).sort());
    expect(readdirSync(path.join(CORPUS_DIR, "source")).sort()).toEqual(slugs.map((slug) => `${slug}.ts`).sort());
    expect(readdirSync(path.join(CORPUS_DIR, "expected")).sort()).toEqual(slugs.map((slug) => `${slug}.ts`).sort());
    for (const { source, expected } of CORPUS) expect(expected.slug).toBe(source.slug);
  });

  it("is listed in the README, each document with the Word features its DOCX has", () => {
    const rows = readFileSync(path.join(CORPUS_DIR, "README.md"), "utf8")
      .split("\n")
      .flatMap((line) => {
        const match = /^\| `([a-z0-9-]+)` \|[^|]*\| ([^|]*) \|/.exec(line);
        return match ? [[match[1], match[2]!.split(", ").sort()]] : [];
      });
    expect(rows).toEqual(CORPUS.map(({ source }) => [source.slug, [...source.features].sort()]));
  });

  it("uses every Word feature somewhere, and lets every row of a bordered table split across pages", async () => {
    const used = new Set(CORPUS.flatMap(({ source }) => source.features));
    expect([...used].sort()).toEqual(Object.keys(WORD_FEATURES).sort());
    for (const { source } of CORPUS) {
      const document = (await part(await readDocx(path.join(CORPUS_DIR, `${source.slug}.docx`)), "word/document.xml"))!;
      const grids = (document.match(TABLE) ?? []).filter((table) => /<w:tblBorders><w:top w:val="single"/.test(table));
      expect(grids.filter((table) => table.includes("w:cantSplit")), source.slug).toEqual([]);
    }
  });
});

describe.each(CORPUS.map((entry) => [entry.source.slug, entry] as const))("%s", (slug, { source, expected }) => {
  const txtPath = path.join(CORPUS_DIR, `${slug}.txt`);
  const docxPath = path.join(CORPUS_DIR, `${slug}.docx`);

  it("is what its source builds (npm run corpus:build)", async () => {
    const built = await buildDocument(source);
    expect(readFileSync(txtPath, "utf8")).toBe(built.text);
    const [committed, fresh] = await Promise.all([readDocx(docxPath), JSZip.loadAsync(built.docx)]);
    expect(Object.keys(committed.files).sort()).toEqual(Object.keys(fresh.files).sort());
    for (const name of Object.keys(fresh.files)) expect(await part(committed, name), name).toBe(await part(fresh, name));
  });

  it("has in its DOCX exactly the Word features its source lists", async () => {
    const found = await featuresOf(await readDocx(docxPath));
    expect([...found].sort()).toEqual([...source.features].sort());
  });

  it("is an A4 document in Times New Roman, 14 pt text and 13 pt tables", async () => {
    const zip = await readDocx(docxPath);
    const document = (await part(zip, "word/document.xml"))!;
    const styles = (await part(zip, "word/styles.xml"))!;
    const sizes = [...document.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toEqual(size[2] === "landscape" ? ["16838", "11906", "landscape"] : ["11906", "16838", "portrait"]);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/);
    // The bordered tables (not the borderless header and signature blocks) are in 13 pt.
    const grids = (document.match(TABLE) ?? []).filter((table) => /<w:tblBorders><w:top w:val="single"/.test(table));
    const hasGrid = source.body.concat(source.appendix?.blocks ?? []).some((block) => block.kind === "table");
    expect(grids.length > 0).toBe(hasGrid);
    if (hasGrid) expect(new Set([...grids.join("").matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]))).toEqual(new Set(["26"]));
  });

  it("says the same in its text and its DOCX: every string of the expected structure is in both", async () => {
    const zip = await readDocx(docxPath);
    const text = normal(readFileSync(txtPath, "utf8"));
    const docx = normal(xmlText((await part(zip, "word/document.xml"))!));
    const notes = normal(xmlText((await part(zip, "word/footnotes.xml")) ?? ""));
    const missing = keyStrings(expected).flatMap((key) => [...(text.includes(key) ? [] : [`TXT: ${key}`]), ...(docx.includes(key) ? [] : [`DOCX: ${key}`])]);
    expect(missing).toEqual([]);
    for (const footnote of expected.footnotes) {
      expect(notes).toContain(normal(footnote.text));
      expect(text.includes(normal(footnote.text))).toBe(footnote.inText);
    }
  });

  it("has an expected structure that holds together", () => {
    expect([expected.header.issuer, expected.header.numberLine, expected.header.dateLine, expected.header.kind]).toEqual([source.issuer, source.numberLine, source.dateLine, source.kind]);
    expect(expected.header.title).toBe(source.titleLines.join(" "));
    expect([expected.signer.lines, expected.signer.name]).toEqual([source.signer.lines, source.signer.name]);
    expect(expected.signer.title).toBe(expected.signer.lines.at(-1));
    expect(expected.recipients).toEqual(source.recipients);
    expect(expected.units).toEqual(unitsInOrder(expected));
    const known = KNOWN_UNITS[expected.organisation];
    expect(expected.units.filter((unit) => unit.unit !== null && !known.has(unit.unit))).toEqual([]);
    expect(timings(expected).flatMap(timingProblems)).toEqual([]);
    for (const date of [expected.header.issueDate, expected.header.eventDate]) if (date) expect(isDate(date)).toBe(true);
    const costs = allActivities(expected).flatMap((activity) => (activity.cost === null ? [] : [activity.cost]));
    expect(expected.budget?.activityCostSum ?? null).toBe(costs.length ? costs.reduce((sum, cost) => sum + cost, 0) : null);
    expect(expected.footnotes.map((footnote) => footnote.marker).sort()).toEqual(Object.keys(source.footnotes ?? {}).sort());
  });
});
