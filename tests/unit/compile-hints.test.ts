// The startup chunks carry Chrome's compile hint (scripts/compile-hints.ts):
// exactly the build manifest's rootMainFiles, once however often it runs.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, hintStartupChunks } from "@/scripts/compile-hints";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function build(rootMainFiles: unknown, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "hints-"));
  roots.push(root);
  mkdirSync(path.join(root, ".next", "static", "chunks"), { recursive: true });
  writeFileSync(path.join(root, ".next", "build-manifest.json"), JSON.stringify({ rootMainFiles, polyfillFiles: ["static/chunks/polyfill.js"] }));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, ".next", "static", "chunks", name), text);
  return root;
}
const read = (root: string, name: string) => readFileSync(path.join(root, ".next", "static", "chunks", name), "utf8");

describe("compile hints on the startup chunks", () => {
  it("go in front of each root main file, and of no other chunk", () => {
    const root = build(["static/chunks/react.js", "static/chunks/runtime.js"], { "react.js": "(a)=>a", "runtime.js": "b()", "page.js": "c()", "polyfill.js": "d()" });
    expect(hintStartupChunks(root)).toEqual(["static/chunks/react.js", "static/chunks/runtime.js"]);
    expect(read(root, "react.js")).toBe(`${COMPILE_HINT}(a)=>a`);
    expect(read(root, "runtime.js")).toBe(`${COMPILE_HINT}b()`);
    expect(read(root, "page.js")).toBe("c()");
    expect(read(root, "polyfill.js")).toBe("d()");
  });

  it("are written once, however often the step runs", () => {
    const root = build(["static/chunks/react.js"], { "react.js": "x" });
    hintStartupChunks(root);
    expect(hintStartupChunks(root)).toEqual([]);
    expect(read(root, "react.js")).toBe(`${COMPILE_HINT}x`);
  });

  it("refuse a manifest that does not list script files, and a listed file that is missing", () => {
    expect(() => hintStartupChunks(build(undefined, {}))).toThrow(/rootMainFiles/);
    expect(() => hintStartupChunks(build(["static/chunks/../../x.js"], {}))).toThrow(/rootMainFiles/);
    expect(() => hintStartupChunks(build(["static/chunks/gone.js"], {}))).toThrow(/gone\.js/);
  });
});
