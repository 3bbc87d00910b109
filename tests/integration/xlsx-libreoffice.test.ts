// Kehoach's Excel exports as LibreOffice Calc reads them (the spreadsheet the
// department's machines have): text that looks like a formula ("=1+1",
// "+84 912 345 678", "-5", "@SUM(A1)") is shown as written, never computed,
// and the cell is Text, so editing it keeps it text. Needs `libreoffice` with
// Calc (Debian's libreoffice-calc-nogui; .ci/run installs it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ACTIVITY_COLUMNS, planActivitiesToXlsx } from "@/lib/documents/xlsx/plan-activities";
import { unitTableToXlsx } from "@/lib/documents/xlsx/unit-table";
import { REPORT_DAY_2022 } from "@/tests/support/plan-2022-document";
import { FORMULA_LIKE_TEXTS, PHONE, formulaLikePlan, formulaLikeUnitRows } from "@/tests/support/formula-like";

const work = mkdtempSync(path.join(tmpdir(), "kehoach-calc-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** LibreOffice's own conversion of the workbook (its first sheet for CSV, UTF-8). */
function convert(xlsx: Buffer, name: string, format: "csv" | "fods"): string {
  const input = path.join(work, `${name}.xlsx`);
  writeFileSync(input, xlsx);
  const filter = format === "csv" ? 'csv:Text - txt - csv (StarCalc):44,34,76,1' : "fods";
  // Its own profile folder: another LibreOffice running on the machine would otherwise swallow the call.
  execFileSync("libreoffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--convert-to", filter, "--outdir", work, input], { stdio: "ignore", timeout: 120_000 });
  return readFileSync(path.join(work, `${name}.${format}`), "utf8");
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === "," || c === "\n")) {
      rows.at(-1)!.push(field);
      field = "";
      if (c === "\n") rows.push([]);
    } else if (quoted || c !== "\r") {
      field += c;
    }
  }
  if (field || rows.at(-1)!.length) rows.at(-1)!.push(field);
  return rows.filter((row) => row.length);
}

const unescapeXml = (xml: string) =>
  xml
    .replace(/<text:tab\/>/g, "\t")
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n?: string) => " ".repeat(Number(n ?? 1)))
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

type CalcCell = { text: string; valueType: string | null; formula: string | null; textFormat: boolean };

/** Every non-empty cell of a flat ODS document, with what Calc made of it: value type, formula, and whether its number format is Text. */
function calcCells(fods: string): CalcCell[] {
  const dataStyleOf = new Map([...fods.matchAll(/<style:style style:name="([^"]+)" style:family="table-cell"[^>]*?style:data-style-name="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const textStyles = new Set([...fods.matchAll(/<number:text-style style:name="([^"]+)"/g)].map((m) => m[1]!));
  return [...fods.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)]
    .filter((m) => m[2])
    .map((m) => {
      const attributes = m[1]!;
      const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;
      const style = attribute("table:style-name");
      return {
        text: [...m[2]!.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => unescapeXml(p[1]!)).join("\n"),
        valueType: attribute("office:value-type"),
        formula: attribute("table:formula"),
        textFormat: Boolean(style && textStyles.has(dataStyleOf.get(style) ?? "")),
      };
    });
}

describe("LibreOffice Calc reads formula-like text in the exports as text", () => {
  it("a plan's activities: CSV shows the literal text; the cells are strings in Text format, without a formula", async () => {
    const xlsx = await planActivitiesToXlsx(formulaLikePlan(), REPORT_DAY_2022);
    const content = ACTIVITY_COLUMNS.findIndex((c) => c.key === "content");
    const result = ACTIVITY_COLUMNS.findIndex((c) => c.key === "result");
    const rows = csvRows(convert(xlsx, "activities", "csv"));
    expect(rows.slice(2, 2 + FORMULA_LIKE_TEXTS.length).map((row) => row[content])).toEqual(FORMULA_LIKE_TEXTS);
    expect(rows[2]![result]).toBe(PHONE);

    const cells = calcCells(convert(xlsx, "activities", "fods"));
    for (const text of [...FORMULA_LIKE_TEXTS, PHONE]) {
      const cell = cells.find((c) => c.text === text);
      expect(cell, text).toEqual({ text, valueType: "string", formula: null, textFormat: true });
    }
    // An ordinary text keeps the General format.
    expect(cells.find((c) => c.text.startsWith("Tổ chức Hội thảo"))).toMatchObject({ valueType: "string", textFormat: false });
  }, 120_000);

  it("the table by unit", async () => {
    const xlsx = await unitTableToXlsx(formulaLikeUnitRows(), "Đơn vị");
    const rows = csvRows(convert(xlsx, "units", "csv"));
    expect(rows.slice(3, 7).map((row) => row[0])).toEqual(["@SUM(A1)", "-5", "=1+1", "Phòng Quản lý khoa học"]);
    const cells = calcCells(convert(xlsx, "units", "fods"));
    for (const text of ["@SUM(A1)", "-5", "=1+1"]) expect(cells.find((c) => c.text === text), text).toEqual({ text, valueType: "string", formula: null, textFormat: true });
  }, 120_000);
});
