// First-load JavaScript of every page, from the build's manifests: the shared
// runtime chunks plus the chunks its segments need, gzip-compressed.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

export function firstLoadJs(root: string): Record<string, number> {
  const next = path.join(root, ".next");
  const build = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    if (!sizes.has(file)) {
      const full = path.join(next, file);
      sizes.set(file, existsSync(full) ? gzipSync(readFileSync(full)).byteLength : 0);
    }
    return sizes.get(file)!;
  };
  const result: Record<string, number> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "page_client-reference-manifest.js") {
        const sandbox = { globalThis: {} as Record<string, unknown> };
        vm.runInNewContext(readFileSync(full, "utf8"), sandbox);
        const manifests = (sandbox.globalThis.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
        for (const [route, manifest] of Object.entries(manifests)) {
          if (route.includes("_not-found") || route.includes("_global-error")) continue;
          const files = new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()]);
          const bytes = [...files].reduce((n, file) => n + gzipped(file.replace(/^\/_next\//, "")), 0);
          const name = route.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
          result[name] = Math.round((bytes / 1024) * 10) / 10;
        }
      }
    }
  };
  walk(path.join(next, "server/app"));
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

/** Issue 17's limit on every route's first-load JavaScript, gzip. */
export const FIRST_LOAD_LIMIT_KB = 180;

/** The routes heaviest first, each against the limit; and the target line the bench reports. */
export function bundleReport(bundles: Record<string, number>, limit = FIRST_LOAD_LIMIT_KB) {
  const rows = Object.entries(bundles)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([route, kb]) => ({ route, "first-load JS, KB gzip": kb, [`≤ ${limit} KB`]: kb <= limit }));
  const over = rows.filter((row) => row["first-load JS, KB gzip"] > limit);
  const heaviest = rows[0];
  const target = {
    target: `first-load JS ≤ ${limit} KB gzip on every route (${rows.length} routes)`,
    measured: heaviest
      ? `max ${heaviest["first-load JS, KB gzip"]} KB (${heaviest.route}); ${over.length ? `over: ${over.map((row) => `${row.route} ${row["first-load JS, KB gzip"]}`).join(", ")}` : "none over"}`
      : "no routes found",
    met: rows.length > 0 && over.length === 0,
  };
  return { rows, target };
}
