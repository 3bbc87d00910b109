// The signed copy (Bản đã ký) on real PostgreSQL: attached through the real
// server action and the real API route, stored with its round, number and
// signatures, audited, kept beside earlier copies; hostile files and plans not
// yet issued leave every row as it was.
import { describe, expect, it, vi } from "vitest";
import type * as SessionToken from "@/lib/auth/session-token";
import type * as NextCache from "next/cache";
import { db } from "@/lib/db";
import { attachSignedCopyAction } from "@/lib/signed-copies/actions";
import { listSignedCopies, planHasSignedCopy } from "@/lib/signed-copies/queries";
import { MAX_SIGNED_COPY_BYTES } from "@/lib/signed-copies/file";
import { planDetailSchema } from "@/lib/api/schemas";
import { signedCopySchema } from "@/lib/signed-copies/schemas";
import { describeAudit } from "@/lib/audit/describe";
import type { FormState } from "@/lib/form-state";
import { plainPdf, tamper } from "../support/signed-pdf";
import { api, tokenFor } from "./support/api";
import { planIn, rightsWorld, sessionOf, worldSnapshot, type Caller, type RightsWorld } from "./support/rights-world";
import { signedFile, signedPdf } from "./support/rights-cases-signed";

const session = vi.hoisted(() => ({ current: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({ ...(await importOriginal<typeof SessionToken>()), sessionClaims: async () => session.current }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof NextCache>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

async function attach(w: RightsWorld, who: Caller, planId: string, file: File): Promise<FormState> {
  session.current = await sessionOf(w, who);
  const form = new FormData();
  form.set("planId", planId);
  form.set("file", file);
  return attachSignedCopyAction({ status: "idle" }, form);
}

const pdfFile = (bytes: Uint8Array, name = "ban-da-ky.pdf", type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });

describe("attaching the signed copy through the plan page's action", () => {
  it("stores the PDF with its number, round and signatures, audits it, and lists it first", async () => {
    const w = await rightsWorld();
    const t = await planIn(w, "ISSUED");
    expect(await planHasSignedCopy(db, t.plan.id)).toBe(false);
    const state = await attach(w, "leader", t.plan.id, await signedFile("KH 12 đã ký.pdf"));
    expect(state).toMatchObject({ status: "success", message: "Đã đính kèm bản đã ký." });

    const [row] = await db.signedCopy.findMany({ where: { planId: t.plan.id } });
    const bytes = await signedPdf();
    expect(row).toMatchObject({ fileName: "KH 12 đã ký.pdf", size: bytes.byteLength, issueRound: 0, planVersionId: null, uploadedById: w.users.leader.id });
    expect(row!.numberLabel).toMatch(/^\d{2}\/KH-/);
    expect(Buffer.from(row!.data).equals(bytes)).toBe(true);
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await planHasSignedCopy(db, t.plan.id)).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row!.id } });
    expect(audit).toMatchObject({ action: "attachSignedCopy", entityType: "SignedCopy", planId: t.plan.id, actorId: w.users.leader.id });
    expect(describeAudit({ ...audit, before: null, after: audit.after as Record<string, unknown> }, { unitName: () => "" })).toContain("1 chữ ký số");

    const [copy] = await listSignedCopies(w.users.viewer, t.plan.id);
    expect(copy).toMatchObject({ fileName: "KH 12 đã ký.pdf", current: true, uploadedBy: w.users.leader.displayName });
    expect(copy!.signatures).toEqual([expect.objectContaining({ signer: "Nguyễn Văn Ký", digestOk: true, signatureOk: true, integrity: "intact" })]);
    expect(await listSignedCopies(w.users.otherOrgLeader, t.plan.id)).toEqual([]);
  });

  it("a second copy for the same issue keeps the first; an issue round recorded later comes first, earlier ones stay", async () => {
    const w = await rightsWorld();
    const t = await planIn(w, "ISSUED");
    expect(await attach(w, "leader", t.plan.id, pdfFile(plainPdf(), "ban-quet.pdf"))).toMatchObject({ status: "success" });
    expect(await attach(w, "admin", t.plan.id, pdfFile(tamper(await signedPdf()), "ban-sua.pdf"))).toMatchObject({ status: "success" });
    // The plan is issued again after an amendment: Kehoach records an ISSUED version (lib/plans/service/versions.ts).
    const version = await db.planVersion.create({ data: { organizationId: w.org.id, planId: t.plan.id, kind: "ISSUED", data: {} } });
    expect(await attach(w, "leader", t.plan.id, await signedFile("ban-lan-2.pdf"))).toMatchObject({ status: "success" });

    const copies = await listSignedCopies(w.users.leader, t.plan.id);
    expect(copies.map((c) => [c.fileName, c.issueRound, c.current])).toEqual([
      ["ban-lan-2.pdf", 1, true],
      ["ban-sua.pdf", 0, false],
      ["ban-quet.pdf", 0, false],
    ]);
    expect(await db.signedCopy.findFirst({ where: { fileName: "ban-lan-2.pdf", planId: t.plan.id } })).toMatchObject({ planVersionId: version.id });
    expect(copies[1]!.signatures.map((s) => s.integrity)).toEqual(["changed"]);
    expect(copies[2]!.signatures).toEqual([]);
  });

  it("refuses hostile files with a clear Vietnamese field error and changes nothing", async () => {
    const w = await rightsWorld();
    const t = await planIn(w, "ISSUED");
    const before = await worldSnapshot(w);
    const huge = Buffer.alloc(MAX_SIGNED_COPY_BYTES + 1024, 0x20);
    huge.write("%PDF-1.4\n");
    const cases: [File, string, RegExp][] = [
      [pdfFile(Buffer.from("PK\u0003\u0004word/document.xml"), "ke-hoach.pdf"), "UNSUPPORTED_TYPE", /không phải PDF/],
      [pdfFile(Buffer.from("<html><script>alert(1)</script></html>"), "ke-hoach.pdf"), "UNSUPPORTED_TYPE", /không phải PDF/],
      [pdfFile(plainPdf(), "ke-hoach.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "UNSUPPORTED_TYPE", /đuôi tệp/],
      [pdfFile(plainPdf().subarray(0, 300)), "INVALID", /không phải PDF hoàn chỉnh/],
      [pdfFile(huge), "TOO_LARGE", /20 MB/],
      [pdfFile(new Uint8Array(), "rong.pdf"), "INVALID", /rỗng/],
    ];
    for (const [file, code, message] of cases) {
      const state = await attach(w, "leader", t.plan.id, file);
      expect(state, file.name).toMatchObject({ status: "error", code, fieldErrors: { file: [expect.stringMatching(message)] } });
    }
    // No file chosen: the browser's empty unnamed part.
    expect(await attach(w, "leader", t.plan.id, new File([], "", { type: "application/octet-stream" }))).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { file: ["Chọn tệp PDF bản đã ký."] } });
    expect(await worldSnapshot(w)).toEqual(before);
  });

  it("refuses a plan that is not issued (409 in the API) and changes nothing", async () => {
    const w = await rightsWorld();
    for (const status of ["DRAFT", "APPROVED", "ARCHIVED"] as const) {
      const t = await planIn(w, status);
      const snapshot = await worldSnapshot(w);
      const state = await attach(w, "leader", t.plan.id, await signedFile());
      expect(state, status).toMatchObject({ status: "error", code: "CONFLICT", message: expect.stringContaining("đã ban hành") });
      expect(await worldSnapshot(w)).toEqual(snapshot);
    }
  });
});

describe("POST /api/v1/plans/{id}/signed-copies", () => {
  const upload = (file: File) => {
    const formData = new FormData();
    formData.set("file", file);
    return formData;
  };

  it("answers 201 with the copy and its signatures, a Location, and the plan JSON lists it", async () => {
    const w = await rightsWorld();
    const t = await planIn(w, "ISSUED");
    const token = await tokenFor(w.users.leader);
    const response = await api("POST", `/plans/${t.plan.id}/signed-copies`, { token, formData: upload(await signedFile()) });
    expect(response.status, response.text).toBe(201);
    const copy = signedCopySchema.parse(response.json);
    expect(response.headers.get("location")).toBe(`/api/v1/signed-copies/${copy.id}`);
    expect(copy).toMatchObject({ fileName: "ke-hoach-da-ky.pdf", unsigned: false, current: true, downloadUrl: `/api/v1/signed-copies/${copy.id}` });
    expect(copy.signatures).toEqual([expect.objectContaining({ signer: "Nguyễn Văn Ký", organization: "Sở KH&CN Lạng Sơn", integrity: "intact" })]);

    const plan = planDetailSchema.parse((await api("GET", `/plans/${t.plan.id}`, { token: await tokenFor(w.users.viewer) })).json);
    expect(plan.signedCopies.map((c) => c.id)).toEqual([copy.id]);
    expect(plan.signedCopies[0]).toMatchObject({ fileName: "ke-hoach-da-ky.pdf", sha256: copy.sha256, size: copy.size, downloadUrl: copy.downloadUrl });
    // A name with bidi controls (could make "fdp.exe" read as a PDF) is stored without them.
    const renamed = await api("POST", `/plans/${t.plan.id}/signed-copies`, { token, formData: upload(await signedFile("\u2066ban\u2069-\u202Eky.pdf")) });
    expect(renamed.status).toBe(201);
    expect((renamed.json as { fileName: string }).fileName).toBe("ban-ky.pdf");
    const download = await api("GET", `/signed-copies/${copy.id}`, { token });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
  });

  it("answers problem+json 413, 415, 422 and 409 and changes nothing", async () => {
    const w = await rightsWorld();
    const issued = await planIn(w, "ISSUED");
    const draft = await planIn(w, "DRAFT");
    const token = await tokenFor(w.users.leader);
    const before = await worldSnapshot(w);
    const huge = Buffer.alloc(MAX_SIGNED_COPY_BYTES + 512 * 1024, 0x20);
    huge.write("%PDF-1.4\n");
    const justOver = Buffer.alloc(MAX_SIGNED_COPY_BYTES + 1, 0x20);
    justOver.write("%PDF-1.4\n");
    const calls: [string, () => ReturnType<typeof api>, number][] = [
      ["body over the limit", () => api("POST", `/plans/${issued.plan.id}/signed-copies`, { token, formData: upload(pdfFile(huge)) }), 413],
      ["file just over 20 MB", () => api("POST", `/plans/${issued.plan.id}/signed-copies`, { token, formData: upload(pdfFile(justOver)) }), 413],
      ["a zip named .pdf", () => api("POST", `/plans/${issued.plan.id}/signed-copies`, { token, formData: upload(pdfFile(Buffer.from("PK\u0003\u0004xl/workbook.xml"))) }), 415],
      ["JSON instead of a file", () => api("POST", `/plans/${issued.plan.id}/signed-copies`, { token, body: { file: "JVBERi0=" } }), 415],
      ["a cut-off PDF", () => api("POST", `/plans/${issued.plan.id}/signed-copies`, { token, formData: upload(pdfFile(plainPdf().subarray(0, 300))) }), 422],
      ["no file field", () => api("POST", `/plans/${issued.plan.id}/signed-copies`, { token, formData: new FormData() }), 422],
      ["a draft plan", async () => api("POST", `/plans/${draft.plan.id}/signed-copies`, { token, formData: upload(await signedFile()) }), 409],
      ["a malformed id", async () => api("POST", `/plans/khong-phai-uuid/signed-copies`, { token, formData: upload(await signedFile()) }), 404],
    ];
    for (const [name, call, status] of calls) {
      const response = await call();
      expect(response.status, `${name}: ${response.text}`).toBe(status);
      expect(response.headers.get("content-type"), name).toContain("application/problem+json");
      expect(response.json, name).toMatchObject({ status, detail: expect.stringMatching(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụóòỏõọéèẻẽẹ]/) });
    }
    expect(await worldSnapshot(w)).toEqual(before);
  });
});
