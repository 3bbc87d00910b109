import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "@readme/openapi-parser";
import { openApiDocument } from "@/lib/api/openapi";
import { PLAN_ACTIONS } from "@/lib/plans/workflow";
import { api } from "./support/api";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route the app serves under /api/v1, read from the route files themselves. */
function servedRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "route.ts") {
        const rel = path.relative(API_DIR, dir).split(path.sep).filter(Boolean);
        const source = readFileSync(full, "utf8");
        const methods = [...source.matchAll(/\bas (GET|POST|PATCH|DELETE|PUT)\b|export (?:async )?function (GET|POST|PATCH|DELETE|PUT)\b/g)].map((m) => m[1] ?? m[2]);
        const expand = (segments: string[]): string[] => {
          const i = segments.indexOf("[action]");
          if (i >= 0) return PLAN_ACTIONS.flatMap((action) => expand(segments.map((s, j) => (j === i ? action : s))));
          return [`/${segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`];
        };
        for (const p of expand(rel)) for (const method of methods) routes.push(`${method} ${p}`);
      }
    }
  };
  walk(API_DIR);
  return routes.sort();
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = structuredClone(openApiDocument());
    await expect(validate(document as never)).resolves.toMatchObject({ valid: true });
    expect(document.openapi).toBe("3.1.0");
  });

  it("lists exactly the routes the app serves under /api/v1", () => {
    const documented = Object.entries(openApiDocument().paths ?? {})
      .flatMap(([p, item]) => Object.keys(item as object).map((method) => `${method.toUpperCase()} ${p}`))
      .sort();
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(20);
    expect(documented).toEqual(served);
  });

  it("documents request bodies from the same schemas the handlers parse with", () => {
    const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>>; components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> } };
    const update = doc.components.schemas.ActivityUpdateInput!;
    expect(Object.keys(update.properties!)).toEqual(expect.arrayContaining(["version", "status", "progress", "note", "result", "actualStart", "actualEnd", "figures", "evidence"]));
    expect(update.required).toEqual(["version"]);
    const patch = doc.components.schemas.PlanPatch!;
    expect(patch.required).toEqual(["version"]);
  });

  it("is served at /api/v1/openapi.json without credentials", async () => {
    const response = await api("GET", "/openapi.json");
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ openapi: "3.1.0", info: { title: "Kehoach API" } });
  });
});
