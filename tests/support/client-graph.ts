// What the browser loads: from every "use client" module, the modules and
// packages it imports at run time, transitively. Type-only imports are erased
// and "use server" modules reach the browser as references only, so neither is
// followed; dynamic import() is loaded on demand, not with the page, and is
// not followed either. For the test that keeps heavy server libraries (zod,
// date-fns, the document libraries) out of the pages' first-load JavaScript.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT, sourceFiles } from "@/tests/support/source-scan";

const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

/** The directive a module starts with ("use client", "use server"), if any. */
export function directiveOf(file: ts.SourceFile): string | null {
  const first = file.statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : null;
}

/** The specifiers a module imports or re-exports at run time (type-only imports left out). */
export function runtimeImports(file: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes = clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      const named = statement.exportClause;
      if (named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** A specifier as a repository path, or a package name ("date-fns/locale" → "date-fns"). */
export function resolveSpecifier(from: string, specifier: string, root = ROOT): { file: string } | { pkg: string } {
  if (!specifier.startsWith("@/") && !specifier.startsWith(".")) {
    const parts = specifier.split("/");
    return { pkg: specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]! };
  }
  const base = specifier.startsWith("@/") ? specifier.slice(2) : path.posix.join(path.posix.dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = path.posix.normalize(base + extension);
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return { file: candidate };
  }
  return { file: path.posix.normalize(base) };
}

export type Reach = { pkg: string; chain: string[] };

/** Every package the browser gets from the app's client modules, each with one chain of imports that brings it. */
export function clientPackages(root = ROOT): Reach[] {
  const parsed = new Map<string, ts.SourceFile | null>();
  const read = (file: string) => {
    if (!parsed.has(file)) {
      const full = path.join(root, file);
      parsed.set(file, /\.(tsx?|m?js)$/.test(file) && existsSync(full) ? ts.createSourceFile(file, readFileSync(full, "utf8"), ts.ScriptTarget.Latest) : null);
    }
    return parsed.get(file)!;
  };
  const entries = sourceFiles(root).filter((file) => directiveOf(read(file)!) === "use client");
  const via = new Map<string, string | null>(entries.map((file) => [file, null]));
  const queue = [...entries];
  const packages = new Map<string, string>();
  while (queue.length) {
    const file = queue.shift()!;
    const source = read(file);
    if (!source || (directiveOf(source) === "use server" && !entries.includes(file))) continue;
    for (const specifier of runtimeImports(source)) {
      const target = resolveSpecifier(file, specifier, root);
      if ("pkg" in target) {
        if (!packages.has(target.pkg)) packages.set(target.pkg, file);
      } else if (!via.has(target.file)) {
        via.set(target.file, file);
        queue.push(target.file);
      }
    }
  }
  const chainTo = (file: string) => {
    const chain: string[] = [];
    for (let at: string | null | undefined = file; at; at = via.get(at)) chain.push(at);
    return chain;
  };
  return [...packages].map(([pkg, file]) => ({ pkg, chain: chainTo(file) })).sort((a, b) => a.pkg.localeCompare(b.pkg));
}
