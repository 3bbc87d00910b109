// Finds, from the source tree, what the rights registries must cover: every
// server action ("use server" modules) and every route handler file.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Source files under a folder of the repository, as paths relative to it. */
export function sourceFiles(folder: string, name: RegExp = /\.tsx?$/): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && relative !== "lib/generated") walk(relative);
      } else if (name.test(entry.name)) found.push(relative);
    }
  };
  walk(folder);
  return found.sort();
}

export const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

// The directive must be the first statement; only comments may come before it.
const USE_SERVER_FIRST = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(["'])use server\1/;
const USE_SERVER_ANYWHERE = /(["'])use server\1/;
const WRAPPED_EXPORT = /^export const (\w+) = formAction\(/gm;
const ANY_EXPORT = /^export (?!type |interface )(.*)$/gm;

export type ActionModule = { file: string; actions: string[]; unwrapped: string[] };

/** Modules whose first statement is "use server" under lib/, app/ and components/: their exports are server actions. */
export function serverActionModules(): ActionModule[] {
  return ["lib", "app", "components"]
    .flatMap((folder) => sourceFiles(folder))
    .filter((file) => USE_SERVER_FIRST.test(read(file)))
    .map((file) => {
      const source = read(file);
      const actions = [...source.matchAll(WRAPPED_EXPORT)].map((m) => m[1]!);
      const unwrapped = [...source.matchAll(ANY_EXPORT)].map((m) => m[1]!).filter((line) => !/^const \w+ = formAction\(/.test(line));
      return { file, actions, unwrapped };
    });
}

/** Files with a "use server" that is not their first statement: inline server actions, outside formAction. */
export function inlineServerActions(): string[] {
  return ["lib", "app", "components"]
    .flatMap((folder) => sourceFiles(folder))
    .filter((file) => USE_SERVER_ANYWHERE.test(read(file)) && !USE_SERVER_FIRST.test(read(file)));
}

/** A server action made by formAction: a form's FormData, or a plain object from a client component. */
export type Action = (previous: unknown, input: FormData | Record<string, unknown>) => Promise<unknown>;

/** The server actions themselves, by exported name. */
export async function loadServerActions(): Promise<Map<string, Action>> {
  const actions = new Map<string, Action>();
  for (const { file, actions: names } of serverActionModules()) {
    const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, Action>;
    for (const name of names) actions.set(name, exported[name]!);
  }
  return actions;
}

/** app/api/v1/plans/[id]/route.ts → /plans/{id} (the OpenAPI path it serves). */
export function apiPathOf(file: string): string {
  return file
    .replace(/^app\/api\/v1/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}");
}
