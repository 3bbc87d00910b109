// Imports every corpus document (tests/fixtures/corpus) with Kehoach's importer,
// its pasted text and its DOCX, and prints what came out next to what a reader
// finds in it (the expected structure): phases, activities, units matched and
// unmatched, unit names matched to the wrong unit, the plan texts kept, and the
// problems the importer reported. A report, not a test: it exits 0.
//
//   npm run import:corpus              # every document
//   npm run import:corpus -- <slug> …  # only these
//   npm run import:corpus -- --diff …  # also every difference from the expected structure
import { readFileSync } from "node:fs";
import path from "node:path";
import { blocksFromDocx, blocksFromText, matchUnit, parsePlan, type ParseResult, type UnitCandidate } from "@/lib/documents/import";
import { PLAN_TEXT_FIELDS } from "@/lib/plans/snapshot";
import { LANG_SON_UNITS } from "@/prisma/seed/demo";
import { CORPUS, CORPUS_DIR, type CorpusEntry } from "@/tests/fixtures/corpus";
import { CAO_BANG_UNITS, compareWithExpected } from "@/tests/fixtures/corpus/compare";

const UNITS: Record<CorpusEntry["expected"]["organisation"], UnitCandidate[]> = {
  langSon: LANG_SON_UNITS.map((unit) => ({ id: unit.key, name: unit.name, shortName: unit.shortName, kind: unit.kind })),
  // The Cao Bằng demo organisation (prisma/seed/demo.ts).
  caoBang: CAO_BANG_UNITS,
};

type Row = Record<string, string>;

function describe(entry: CorpusEntry, form: "TXT" | "DOCX", result: ParseResult | Error): Row {
  const { expected } = entry;
  const wanted = { phases: expected.phases.length, activities: expected.phases.reduce((sum, phase) => sum + phase.activities.length, 0) };
  const row: Row = { "tài liệu": entry.source.slug, dạng: form };
  if (result instanceof Error) return { ...row, "đọc được": "lỗi", "ghi chú": result.message.slice(0, 60) };
  const { plan, problems, unmatched, usable } = result;
  const activities = plan.phases.reduce((sum, phase) => sum + phase.activities.length, 0);
  const mentions = plan.phases.flatMap((phase) => phase.activities.flatMap(function all(activity): (string | null)[] {
    return [activity.lead?.unitId ?? null, ...activity.supporters.map((s) => s.unitId), ...activity.subTasks.flatMap(all)];
  }));
  const texts = PLAN_TEXT_FIELDS.filter((field) => {
    const value = plan[field];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
  const fatal = problems.find((problem) => problem.severity === "fatal");
  const differences = compareWithExpected(result, expected);
  if (process.argv.includes("--diff")) for (const line of differences) console.info(`${entry.source.slug} ${form}: ${line}`);
  return {
    ...row,
    "đọc được": usable ? "có" : "không",
    "giai đoạn": `${plan.phases.length}/${wanted.phases}`,
    "hoạt động": `${activities}/${wanted.activities}`,
    "đơn vị khớp": String(mentions.filter(Boolean).length),
    "chưa khớp": String(unmatched.length),
    "văn bản giữ": `${texts.length}/${PLAN_TEXT_FIELDS.length}`,
    "mục giữ": String(plan.sections?.length ?? 0),
    "khác mong đợi": String(differences.length),
    "vấn đề": `${problems.filter((p) => p.severity === "fatal").length} nặng, ${problems.filter((p) => p.severity === "warning").length} cảnh báo`,
    "ghi chú": fatal ? fatal.message.slice(0, 60) : "",
  };
}

/**
 * Each expected unit name matched alone, as the import's confirmation step shows it: the unit matched (the step
 * pre-selects nothing else). Right, wrong (a unit where a reader sees another or none), missed (a known unit
 * left for the user to choose).
 */
function unitMapping(entry: CorpusEntry): Row {
  const units = UNITS[entry.expected.organisation];
  let right = 0;
  const wrong: string[] = [];
  let missed = 0;
  for (const name of entry.expected.units) {
    const match = matchUnit(name.text, units);
    const chosen = match.unitId;
    if (chosen === name.unit) right += 1;
    else if (chosen === null) missed += 1;
    else wrong.push(`“${name.text}” → ${chosen}`);
  }
  return { "tài liệu": entry.source.slug, "tên đơn vị": String(entry.expected.units.length), đúng: String(right), "bỏ sót": String(missed), "sai": wrong.join("; ") };
}

function print(rows: Row[]) {
  if (!rows.length) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ");
  console.info(line(columns));
  console.info(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.info(line(columns.map((column) => row[column] ?? "")));
}

async function main() {
  const slugs = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const entries = CORPUS.filter((entry) => !slugs.length || slugs.includes(entry.source.slug));
  const rows: Row[] = [];
  for (const entry of entries) {
    const options = { units: UNITS[entry.expected.organisation] };
    const text = readFileSync(path.join(CORPUS_DIR, `${entry.source.slug}.txt`), "utf8");
    rows.push(describe(entry, "TXT", parsePlan(blocksFromText(text), options)));
    try {
      const blocks = await blocksFromDocx(readFileSync(path.join(CORPUS_DIR, `${entry.source.slug}.docx`)));
      rows.push(describe(entry, "DOCX", parsePlan(blocks, options)));
    } catch (error) {
      rows.push(describe(entry, "DOCX", error instanceof Error ? error : new Error(String(error))));
    }
  }
  console.info("Nhập từng văn bản (đọc/mong đợi):\n");
  print(rows);
  const usable = rows.filter((row) => row["đọc được"] === "có").length;
  const exact = rows.filter((row) => row["khác mong đợi"] === "0").length;
  console.info(`\n${usable}/${rows.length} lần nhập dùng được; ${exact}/${rows.length} đúng cấu trúc mong đợi (giai đoạn, hoạt động, chủ trì, thời gian).\n\nKhớp tên đơn vị với đơn vị của tổ chức (so với bản mong đợi):\n`);
  const mapping = entries.map(unitMapping);
  print(mapping);
  const total = (column: string) => mapping.reduce((sum, row) => sum + Number(row[column]), 0);
  console.info(`\n${total("đúng")}/${total("tên đơn vị")} tên đơn vị đúng, ${total("bỏ sót")} bỏ sót.`);
}

await main();
