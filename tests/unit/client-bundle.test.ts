// The pages' first-load JavaScript stays under 180 KB gzip (issue 17; measured
// per route by npm run bench from the build). What pushed three pages over was
// a server library reached from a client component through a shared module:
// zod (30 KB) through a schema file that also held a helper the form used,
// date-fns (13 KB) through the date formatting. This keeps those libraries, and
// the document and spreadsheet ones, out of every browser bundle.
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { clientPackages, runtimeImports } from "@/tests/support/client-graph";

// next-auth too: its browser half (next-auth/react, 8 KB with a regenerator runtime) was on every page for the
// sign-out button; lib/auth/browser.ts speaks its protocol in a few lines.
const NOT_IN_BROWSER = ["next-auth", "zod", "zod-openapi", "date-fns", "docx", "exceljs", "mammoth", "jszip", "node-html-parser", "@zxcvbn-ts/core", "@zxcvbn-ts/language-common", "@prisma/client", "pg", "server-only", "nodemailer", "ical-generator", "node-forge"];

describe("what the browser loads", () => {
  const packages = clientPackages();

  it("reaches no server library from any client component", () => {
    const reached = packages.filter((r) => NOT_IN_BROWSER.includes(r.pkg));
    expect(reached.map((r) => `${r.pkg}  ←  ${r.chain.join("  ←  ")}`)).toEqual([]);
  });

  it("still sees the packages the client components do use", () => {
    expect(packages.map((r) => r.pkg)).toEqual(expect.arrayContaining(["react", "next"]));
  });

  it("follows imports that reach the browser and skips those that are erased", () => {
    const source = ts.createSourceFile(
      "x.ts",
      [
        'import { a } from "kept-named";',
        'import b from "kept-default";',
        'import "kept-side-effect";',
        'import { c, type D } from "kept-mixed";',
        'export { e } from "kept-reexport";',
        'import type { F } from "erased-type";',
        'import { type G } from "erased-inline-type";',
        'export type { H } from "erased-type-export";',
      ].join("\n"),
      ts.ScriptTarget.Latest,
    );
    expect(runtimeImports(source)).toEqual(["kept-named", "kept-default", "kept-side-effect", "kept-mixed", "kept-reexport"]);
  });
});
