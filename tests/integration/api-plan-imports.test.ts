// POST /api/v1/plan-imports through the real route handler on PostgreSQL:
// JSON text and multipart .docx, the preview the page shows, saving (201 with
// Location), importing as issued, and problem+json for bad input, the
// database unchanged each time.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as S from "@/lib/api/schemas";
import { planImportPreviewSchema } from "@/lib/api/import-schemas";
import { MAX_IMPORT_BYTES } from "@/lib/documents/import/limits";
import { createWorld, organizationSnapshot, sessionUserByUsername } from "./support/factories";
import { api, tokenFor } from "./support/api";

const CORPUS = "tests/fixtures/corpus";
const APPENDIX_TEXT = readFileSync(`${CORPUS}/ngay-khcn-2024-phu-luc.txt`, "utf8");
const APPENDIX_DOCX = readFileSync(`${CORPUS}/ngay-khcn-2024-phu-luc.docx`);
const COST_TEXT = readFileSync(`${CORPUS}/cuoc-thi-sang-tao-2024-kinh-phi.txt`, "utf8");
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value instanceof Blob ? new File([value], "ke-hoach.docx", { type: DOCX_TYPE }) : value);
  return data;
}

async function world() {
  const w = await createWorld();
  const [staff, leader, viewer] = await Promise.all([w.staffA, w.leader, w.viewer].map(async (user) => tokenFor(await sessionUserByUsername(user.username))));
  return { ...w, tokens: { staff, leader, viewer } };
}

const mapAll = (names: string[], unitId: string) => Object.fromEntries(names.map((name) => [name, unitId]));

describe("POST /plan-imports", () => {
  it("answers pasted text with the preview the page shows, and saves nothing", async () => {
    const w = await world();
    const before = await organizationSnapshot(w.organization.id);
    const response = await api("POST", "/plan-imports", { token: w.tokens.staff, body: { text: APPENDIX_TEXT } });
    expect(response.status, response.text).toBe(200);
    const preview = planImportPreviewSchema.parse(response.json);
    expect(preview.usable).toBe(true);
    expect(preview.header).toMatchObject({ numberText: "09", symbol: "KH-SKHCN", issueDate: "2024-04-12", signerName: "Lương Đức Minh" });
    expect(preview.phases.map((p) => p.activities.length)).toEqual([4, 4, 2]);
    expect(preview.phases[0]!.activities[0]).toMatchObject({ output: "Chuyên mục; tối thiểu 15 tin, bài", lead: { text: "Phòng QLCN&ĐMST", unitId: null } });
    expect(preview.unmatched).toContain("Báo Lạng Sơn");
    expect(preview.sections.map((s) => s.kind)).toContain("ORGANISATION");
    expect(preview.issued).toMatchObject({ allowed: false, label: "09/KH-SKHCN", taken: null });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });

  it("reads a .docx sent as multipart the same way, with matched unit ids and the reason", async () => {
    const w = await world();
    // One unit the document names, so that it matches by its name.
    const office = await db.unit.create({ data: { organizationId: w.organization.id, name: "Văn phòng Sở", shortName: "VP", kind: "INTERNAL" } });
    const response = await api("POST", "/plan-imports", { token: w.tokens.staff, formData: form({ file: new Blob([APPENDIX_DOCX]) }) });
    expect(response.status, response.text).toBe(200);
    const preview = planImportPreviewSchema.parse(response.json);
    expect(preview.phases.map((p) => p.activities.length)).toEqual([4, 4, 2]);
    const led = preview.phases.flatMap((p) => p.activities).find((a) => a.lead?.text === "Văn phòng Sở");
    expect(led?.lead).toMatchObject({ unitId: office.id, why: expect.any(String) });
    expect(preview.unmatched).not.toContain("Văn phòng Sở");
  });

  it("creates the plan with save: true and unitMap, answering 201 with the plan and its Location; costs included", async () => {
    const w = await world();
    const { json } = await api("POST", "/plan-imports", { token: w.tokens.staff, body: { text: COST_TEXT } });
    const names = planImportPreviewSchema.parse(json).unmatched;
    const response = await api("POST", "/plan-imports", { token: w.tokens.staff, body: { text: COST_TEXT, save: true, unitMap: mapAll(names, w.unitA.id) } });
    expect(response.status, response.text).toBe(201);
    const plan = S.planDetailSchema.parse(response.json);
    expect(response.headers.get("location")).toBe(`/api/v1/plans/${plan.id}`);
    expect(plan.status).toBe("DRAFT");
    const costs = plan.phases.flatMap((p) => p.activities.map((a) => a.cost)).filter((c) => c !== null);
    expect(costs).toContain(3_500_000);
    const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row.budgetAmount).toBe(185_500_000n);
  });

  it("imports as issued with asIssued: true (multipart), keeping 09; the same number again is a 409 NUMBER_TAKEN, nothing saved", async () => {
    const w = await world();
    const { json } = await api("POST", "/plan-imports", { token: w.tokens.leader, body: { text: APPENDIX_TEXT } });
    const unitMap = JSON.stringify(mapAll(planImportPreviewSchema.parse(json).unmatched, w.unitA.id));
    const fields = { file: new Blob([APPENDIX_DOCX]), unitMap, save: "true", asIssued: "true" };
    const created = await api("POST", "/plan-imports", { token: w.tokens.leader, formData: form(fields) });
    expect(created.status, created.text).toBe(201);
    expect(S.planDetailSchema.parse(created.json)).toMatchObject({ status: "ISSUED", number: "09/KH-SKHCN", issueDate: "2024-04-12", signerName: "Lương Đức Minh" });

    const before = await organizationSnapshot(w.organization.id);
    const again = await api("POST", "/plan-imports", { token: w.tokens.leader, formData: form(fields) });
    expect(again.status, again.text).toBe(409);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
    expect(again.json).toMatchObject({ status: 409, reason: "NUMBER_TAKEN", detail: expect.stringContaining("09/KH-SKHCN") });
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);

    // A staff member may import, but not as issued.
    const staff = await api("POST", "/plan-imports", { token: w.tokens.staff, body: { text: APPENDIX_TEXT, save: true, asIssued: true, unitMap: JSON.parse(unitMap) } });
    expect(staff.status, staff.text).toBe(403);
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });

  it("answers bad input with problem+json (400, 413, 415, 422), never 500, and changes nothing", async () => {
    const w = await world();
    const before = await organizationSnapshot(w.organization.id);
    const cases: [string, Promise<Awaited<ReturnType<typeof api>>>, number, string?][] = [
      ["not JSON", api("POST", "/plan-imports", { token: w.tokens.staff, rawBody: "{text:" }), 400],
      ["plain text", api("POST", "/plan-imports", { token: w.tokens.staff, rawBody: APPENDIX_TEXT, contentType: "text/plain" }), 415],
      ["too large", api("POST", "/plan-imports", { token: w.tokens.staff, formData: form({ file: new Blob([new Uint8Array(MAX_IMPORT_BYTES + 512 * 1024)]) }) }), 413],
      ["no text", api("POST", "/plan-imports", { token: w.tokens.staff, body: { save: true } }), 422],
      ["unitMap not ids", api("POST", "/plan-imports", { token: w.tokens.staff, body: { text: APPENDIX_TEXT, unitMap: { "Báo Lạng Sơn": "báo" } } }), 422],
      ["a PDF as the file", api("POST", "/plan-imports", { token: w.tokens.staff, formData: form({ file: new Blob([Buffer.from("%PDF-1.7\n...")]) }) }), 422, "UNREADABLE_DOCX"],
      ["names left unmapped", api("POST", "/plan-imports", { token: w.tokens.staff, body: { text: APPENDIX_TEXT, save: true } }), 422, "UNMAPPED_UNITS"],
      ["a viewer", api("POST", "/plan-imports", { token: w.tokens.viewer, body: { text: APPENDIX_TEXT } }), 403],
    ];
    for (const [what, pending, status, reason] of cases) {
      const response = await pending;
      expect(response.status, `${what}: ${response.text}`).toBe(status);
      expect(response.headers.get("content-type"), what).toContain("application/problem+json");
      if (reason) expect(response.json, what).toMatchObject({ reason });
    }
    expect(await organizationSnapshot(w.organization.id)).toEqual(before);
  });
});
