// Scans the app's own source (lib, app, components and the root modules Next.js
// loads) for a pattern, line by line, for the tests that keep a rule from
// coming back: role names compared outside the rights map, access filters
// spread over, process.env read outside lib/env.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["lib", "app", "components"];
const ROOT_FILES = ["proxy.ts", "instrumentation.ts"];
const SKIP = /^lib\/generated\//;

export type Hit = { file: string; line: number; text: string };

/** Every .ts/.tsx file of the app, as paths relative to the repository. */
export function sourceFiles(root = ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir))) {
      const rel = path.posix.join(dir, entry);
      if (SKIP.test(rel)) continue;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry)) out.push(rel);
    }
  };
  DIRS.forEach(walk);
  return [...out, ...ROOT_FILES.filter((file) => statSync(path.join(root, file), { throwIfNoEntry: false }))].sort();
}

/** Lines of a source text that match, with comments left out (a comment may name a role). */
export function scan(text: string, pattern: RegExp, file = "<text>"): Hit[] {
  return text.split("\n").flatMap((raw, index) => {
    const code = raw.replace(/(^|\s)\/\/.*$/, "").replace(/^\s*(\*|\/\*).*$/, "");
    return pattern.test(code) ? [{ file, line: index + 1, text: raw.trim() }] : [];
  });
}

/** Matches in the app's source, except in the allowed files. */
export function scanSource(pattern: RegExp, allowed: (file: string) => boolean, root = ROOT): Hit[] {
  return sourceFiles(root)
    .filter((file) => !allowed(file))
    .flatMap((file) => scan(readFileSync(path.join(root, file), "utf8"), pattern, file));
}

export const describeHits = (hits: Hit[]) => hits.map((h) => `${h.file}:${h.line}  ${h.text}`).join("\n");
