// The /api/docs page renders lib/api/docs-model.ts: every documented
// operation, its body fields, the problem types and the specific reasons.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { apiDocs, bodyOf, typeOf } from "@/lib/api/docs-model";

describe("the API docs model", () => {
  const docs = apiDocs();
  const operations = docs.tags.flatMap((t) => t.operations);

  it("shows every operation of the OpenAPI document once, under its tag", () => {
    const documented = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) => Object.keys(item as object).map((method) => `${method} ${path}`));
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(documented.sort());
    expect(docs.tags.every((t) => t.operations.length > 0)).toBe(true);
  });

  it("lists the update's body fields, version required, and says which operations need no credentials", () => {
    const update = operations.find((o) => o.id === "recordActivityUpdate")!;
    expect(update.body && "fields" in update.body ? update.body.fields.filter((f) => f.required).map((f) => f.name) : null).toEqual(["version"]);
    expect(operations.filter((o) => o.open).map((o) => o.path).sort()).toEqual(["/health", "/openapi.json"]);
  });

  it("documents the problem types and the reasons a client branches on", () => {
    expect(docs.problems.map((p) => p.status)).toEqual(expect.arrayContaining([401, 403, 404, 409, 422, 429, 500, 503]));
    expect(docs.reasons).toEqual([
      { reason: "RESULT_REQUIRED", meaning: expect.stringContaining("confirmNoResult") },
      { reason: "NUMBER_TAKEN", meaning: expect.stringContaining("409") },
      { reason: "UNMAPPED_UNITS", meaning: expect.stringContaining("unitMap") },
      { reason: "NOT_USABLE", meaning: expect.stringContaining("problems") },
      { reason: "UNREADABLE_DOCX", meaning: expect.stringContaining("DOCX") },
      { reason: "DOCX_LIMIT", meaning: expect.stringContaining("giới hạn") },
      // Issue 15 §6: the submission's checklist, re-run by the server.
      { reason: "CHECKLIST_BLOCKING", meaning: expect.stringContaining("checklist") },
      { reason: "CHECKLIST_WARNINGS", meaning: expect.stringContaining("acceptedWarnings") },
      // Issue 16 §2: Sửa số once the signed copy is attached.
      { reason: "SIGNED_COPY_ATTACHED", meaning: expect.stringContaining("409") },
      // Issue 16 §7: an issued results report is frozen.
      { reason: "REPORT_ISSUED", meaning: expect.stringContaining("409") },
    ]);
  });

  it("prints types as the docs show them", () => {
    expect(typeOf({ type: "string", format: "uuid" })).toBe("string uuid");
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/Phase" } })).toBe("Phase[]");
    expect(typeOf({ enum: ["lead", "support"] })).toBe("lead | support");
    expect(bodyOf({ type: "string" }, {})).toEqual({ type: "string" });
  });
});
