// Renders the sample documents to look at them: the 2022 plan of Sở KH&CN
// Lạng Sơn (tests/support/plan-2022-document.ts) as DOCX, its report as DOCX,
// and its activities as XLSX; the DOCX files through LibreOffice to PDF and
// PNG pages (80 dpi).
//
//   npx tsx scripts/docs/render-sample.ts [out-dir] [--docs]
//
// Needs `libreoffice` and `pdftoppm` on the PATH. With --docs it also copies
// the plan's first two pages to docs/ke-hoach-2022-trang-{1,2}.png.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { planToDocx } from "@/lib/documents/docx/plan";
import { reportToDocx } from "@/lib/documents/docx/report";
import { buildPlanReport } from "@/lib/documents/report-model";
import { planActivitiesToXlsx } from "@/lib/documents/xlsx/plan-activities";
import { REPORT_DAY_2022, plan2022, plan2022Draft } from "@/tests/support/plan-2022-document";

const args = process.argv.slice(2);
const outDir = args.find((arg) => !arg.startsWith("--")) ?? mkdtempSync(path.join(tmpdir(), "kehoach-docs-"));
mkdirSync(outDir, { recursive: true });

/** DOCX → PDF → page PNGs named <name>-1.png, <name>-2.png … */
function renderPages(docxPath: string): string[] {
  execFileSync("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", outDir, docxPath], { stdio: "ignore", timeout: 120_000 });
  const name = path.basename(docxPath, ".docx");
  execFileSync("pdftoppm", ["-png", "-r", "80", path.join(outDir, `${name}.pdf`), path.join(outDir, name)]);
  const page = (file: string) => Number(file.slice(name.length + 1, -".png".length));
  return readdirSync(outDir)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png") && Number.isInteger(page(file)))
    .sort((a, b) => page(a) - page(b))
    .map((file) => path.join(outDir, file));
}

const { plan, facts } = plan2022();
const files: [string, Buffer][] = [
  ["ke-hoach-2022.docx", await planToDocx(plan)],
  ["ke-hoach-2022-du-thao.docx", await planToDocx(plan2022Draft())],
  ["bao-cao-2022.docx", await reportToDocx(buildPlanReport(plan, facts, REPORT_DAY_2022))],
  ["hoat-dong-2022.xlsx", await planActivitiesToXlsx(plan, REPORT_DAY_2022)],
];
const pages = new Map<string, string[]>();
for (const [name, buffer] of files) {
  const file = path.join(outDir, name);
  writeFileSync(file, buffer);
  if (name.endsWith(".docx")) pages.set(name, renderPages(file));
}
for (const [name, list] of pages) console.info(`${name}: ${list.length} trang\n  ${list.join("\n  ")}`);

if (args.includes("--docs")) {
  const planPages = pages.get("ke-hoach-2022.docx") ?? [];
  mkdirSync("docs", { recursive: true });
  planPages.slice(0, 2).forEach((page, index) => copyFileSync(page, path.join("docs", `ke-hoach-2022-trang-${index + 1}.png`)));
  console.info(`docs/: ${Math.min(planPages.length, 2)} trang của kế hoạch`);
}
console.info(`Thư mục: ${outDir}`);
