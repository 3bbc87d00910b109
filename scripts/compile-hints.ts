// Chrome's explicit compile hints (V8; Chrome 136 and later): a script whose
// first line is `//# allFunctionsCalledOnLoad` has its functions compiled on
// the background thread that streams it, instead of one by one on the main
// thread when each is first called. The chunks every page runs at startup (the
// build manifest's rootMainFiles: React, the router, Turbopack's runtime) are
// called almost whole while the page hydrates: in a profile of the plan page's
// load, compiling their module factories on first call was 125–200 ms of the
// main thread, in the task Lighthouse counts as blocking. Other browsers read
// the line as a comment. Next.js has no option for it (vercel/next.js
// discussion 101287 proposes one), so it is written after the build.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The startup chunks, relative to .next (build-manifest.json's rootMainFiles). */
export function startupChunks(root: string): string[] {
  const manifest: unknown = JSON.parse(readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8"));
  const files = (manifest as { rootMainFiles?: unknown }).rootMainFiles;
  if (!Array.isArray(files) || !files.every((file): file is string => typeof file === "string" && file.endsWith(".js") && !file.includes(".."))) {
    throw new Error("build-manifest.json: rootMainFiles không phải danh sách tệp .js");
  }
  return files;
}

/** Puts the hint in front of each startup chunk that lacks it; returns the chunks it changed. */
export function hintStartupChunks(root: string): string[] {
  const changed: string[] = [];
  for (const file of startupChunks(root)) {
    const full = path.join(root, ".next", file);
    if (!existsSync(full)) throw new Error(`thiếu tệp ${file} của bản build`);
    const source = readFileSync(full, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(full, COMPILE_HINT + source);
    changed.push(file);
  }
  return changed;
}

// `npm run build`: after next build.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const changed = hintStartupChunks(path.resolve(import.meta.dirname, ".."));
  console.log(`[kehoach] compile hints: ${changed.length} startup chunks`);
}
