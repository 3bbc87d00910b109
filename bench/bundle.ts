// npm run bench:bundle: the first-load JavaScript of every route (gzip), from a
// production build (made first when the sources changed), against issue 17's
// limit. The same table npm run bench prints, in a minute instead of five.
import path from "node:path";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { bundleReport, firstLoadJs } from "./lib/bundle";

const ROOT = path.resolve(import.meta.dirname, "..");

async function main() {
  await buildIfNeeded((line) => console.log(`[bench] ${line}`));
  const { rows, target } = bundleReport(firstLoadJs(ROOT));
  console.table(rows);
  console.table([target]);
  if (!target.met) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
