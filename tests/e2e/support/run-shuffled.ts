// Runs the e2e spec files in a random order against one server, to show that
// no test needs another to have run first (Playwright has no shuffle option;
// it runs files in alphabetical order).
//
//   node --import tsx tests/e2e/support/run-shuffled.ts [--seed N] [playwright options, e.g. --workers=1 --repeat-each=2]
//
// The spec files are copied into .data/e2e-shuffled/ (git-ignored) under names
// whose alphabetical order is the shuffled one, with their imports pointing
// back here, and run there with the project's Playwright config. The seed is
// printed, so an order that fails can be run again.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SPECS = path.join(ROOT, "tests/e2e");
const OUT = path.join(ROOT, ".data/e2e-shuffled");

/** mulberry32: a small seeded generator, so that an order can be repeated. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : Math.floor(Math.random() * 2 ** 31);
const order = shuffle(readdirSync(SPECS).filter((name) => name.endsWith(".spec.ts")).sort(), seed);
console.log(`Seed ${seed}; files in this order:\n${order.map((name, i) => `  ${i + 1}. ${name}`).join("\n")}`);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const back = path.relative(OUT, SPECS);
order.forEach((name, i) => {
  // Every relative import points back to where the spec lives.
  const text = readFileSync(path.join(SPECS, name), "utf8").replace(/from "(\.\.?\/[^"]+)"/g, (_, target: string) => `from "${path.posix.join(back, target)}"`);
  writeFileSync(path.join(OUT, `${String(i + 1).padStart(2, "0")}-${name}`), text);
});
// The project's config, with the copies as its tests; the servers (one or several) still start from the project folder.
writeFileSync(
  path.join(OUT, "playwright.config.ts"),
  `import base from "${path.relative(OUT, path.join(ROOT, "playwright.config"))}";\n` +
    `const servers = [base.webServer ?? []].flat().map((server) => ({ ...server, cwd: ${JSON.stringify(ROOT)} }));\n` +
    `export default { ...base, testDir: ".", webServer: servers };\n`,
);

const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const run = spawnSync(process.execPath, [cli, "test", "--config", path.join(OUT, "playwright.config.ts"), ...args], { stdio: "inherit", cwd: ROOT });
// Kept when it failed: the traces in test-results/ point into the copies.
if (run.status === 0) rmSync(OUT, { recursive: true, force: true });
console.log(`Seed ${seed}: ${run.status === 0 ? "passed" : "failed (see test-results/)"}.`);
process.exit(run.status ?? 1);
