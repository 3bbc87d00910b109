// Evidence files through the real server action, sent as a form's FormData:
// a named file of 0 bytes is refused by name (nothing saved), the browser's
// "no file chosen" is no file, and bidi controls never reach a stored name.
import { describe, expect, it, vi } from "vitest";
import type * as SessionToken from "@/lib/auth/session-token";
import type * as NextCache from "next/cache";
import { db } from "@/lib/db";
import { recordUpdateAction } from "@/lib/activities/actions";
import { previewImportAction } from "@/lib/documents/actions";
import type { FormState } from "@/lib/form-state";
import { GET as downloadFile } from "@/app/files/[id]/route";
import { readMigrations } from "@/scripts/db/migrate";
import { attachmentOn, planIn, rightsWorld, sessionOf, worldSnapshot, type RightsWorld } from "./support/rights-world";

const session = vi.hoisted(() => ({ current: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({ ...(await importOriginal<typeof SessionToken>()), sessionClaims: async () => session.current }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof NextCache>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

async function signedInAsLead(w: RightsWorld) {
  session.current = await sessionOf(w, "staffLead");
}

async function trackedActivity() {
  const w = await rightsWorld();
  const t = await planIn(w, "ISSUED");
  await signedInAsLead(w);
  return { w, t };
}

async function updateForm(activityId: string, note: string, files: File[]): Promise<FormData> {
  const form = new FormData();
  const { version } = await db.activity.findUniqueOrThrow({ where: { id: activityId } });
  form.set("activityId", activityId);
  form.set("version", String(version));
  form.set("note", note);
  for (const file of files) form.append("files", file);
  return form;
}

const send = (form: FormData) => recordUpdateAction({ status: "idle" }, form) as Promise<FormState>;

describe("evidence files", () => {
  it("refuses a named file of 0 bytes with a field error naming it, and saves nothing (not the other file either)", async () => {
    const { w, t } = await trackedActivity();
    const before = await worldSnapshot(w);
    const state = await send(await updateForm(t.activity.id, "Kèm biên bản", [new File([PDF], "giay-moi.pdf"), new File([], "bien-ban.pdf", { type: "application/pdf" })]));
    expect(state).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { files: [expect.stringContaining("“bien-ban.pdf” trống (0 byte)")] } });
    expect(await worldSnapshot(w)).toEqual(before);
  });

  it("treats the browser's empty, unnamed file as no file chosen (named \"undefined\" once Next.js has decoded the action)", async () => {
    const { t } = await trackedActivity();
    for (const name of ["", "undefined"]) {
      const state = await send(await updateForm(t.activity.id, `Không kèm tệp (${name})`, [new File([], name, { type: "application/octet-stream" })]));
      expect(state, name).toMatchObject({ status: "success" });
      expect(await db.activityUpdate.count({ where: { activityId: t.activity.id, note: `Không kèm tệp (${name})` } })).toBe(1);
    }
    expect(await db.attachment.count({ where: { activityId: t.activity.id } })).toBe(0);
  });

  it("stores a file name without bidi controls, and downloads it under that name", async () => {
    const { t } = await trackedActivity();
    // U+202E would show "bao-cao-\u202Efdp.exe.pdf" as "bao-cao-fdp.exe" … reversed; the isolates hide text direction too.
    const state = await send(await updateForm(t.activity.id, "Kèm báo cáo", [new File([PDF], "\u2066bao-cao\u2069-\u202Efdp.exe.pdf", { type: "application/pdf" })]));
    expect(state).toMatchObject({ status: "success" });
    const stored = await db.attachment.findFirstOrThrow({ where: { activityId: t.activity.id } });
    expect(stored.fileName).toBe("bao-cao-fdp.exe.pdf");
    const response = await downloadFile(new Request(`http://localhost/files/${stored.id}`) as never, { params: Promise.resolve({ id: stored.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="bao-cao-fdp.exe.pdf"; filename*=UTF-8''bao-cao-fdp.exe.pdf`);
  });

  it("refuses a named DOCX of 0 bytes on import by its name, rather than as “no file”", async () => {
    await trackedActivity();
    const form = new FormData();
    form.set("file", new File([], "ke-hoach-2027.docx"));
    const state = (await previewImportAction({ status: "idle" }, form)) as FormState;
    expect(state).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { file: [expect.stringContaining("“ke-hoach-2027.docx” trống (0 byte)")] } });
  });

  it("names stored before uploads dropped bidi controls lose them in the migration; other names stay", async () => {
    const { t } = await trackedActivity();
    const spoofed = await db.attachment.update({ where: { id: (await attachmentOn(t)).id }, data: { fileName: "hoadon\u202Efdp.exe\u2066\u200F" } });
    const plain = await attachmentOn(t);
    const migration = readMigrations().find((m) => m.name.endsWith("_file_names_without_bidi_controls"))!;
    await db.$executeRawUnsafe(migration.sql);
    expect((await db.attachment.findUniqueOrThrow({ where: { id: spoofed.id } })).fileName).toBe("hoadonfdp.exe");
    expect((await db.attachment.findUniqueOrThrow({ where: { id: plain.id } })).fileName).toBe("bien-ban.pdf");
  });
});
