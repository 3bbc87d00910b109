import "server-only";
// Importing an existing plan document: read it (pasted text or DOCX), show the
// parsed plan, then create a DRAFT in one transaction once the user has said
// which unit each unknown name stands for. Nothing is saved before that, and a
// failure saves nothing (units created for the import included). A DOCX is
// read before the transaction (readImport), in a worker thread within
// DOCX_LIMITS: reading may take seconds and must hold no connection.
import { checkIssuable, issuedPreview, recordAsIssued, type IssuedImport } from "@/lib/documents/import-issued";
import { unitAliases } from "@/lib/units/aliases";
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { forbidden } from "@/lib/errors";
import { importRights } from "@/lib/documents/access";
import { addExternalUnit, createUnit } from "@/lib/units/service";
import { createFromSnapshot } from "@/lib/plans/service/create";
import type { PlanSnapshot, ActivitySnapshot } from "@/lib/plans/snapshot";
import { blocksFromDocx, blocksFromText, ImportError, parsePlan, toSnapshot, type Block, type ParseResult, type UnitCandidate } from "@/lib/documents/import";
import { type ConfirmImportInput, type PreviewImportInput } from "@/lib/documents/import-schemas";
import { DOCX_LIMITS, limitMessages, overLimit } from "@/lib/documents/import/limits";
import { todayInVietnam } from "@/lib/dates";
import { clip } from "@/lib/text";

/** A DOCX is a ZIP archive; an old .doc, a PDF or a renamed picture is refused by its first bytes. */
function checkDocx(bytes: Uint8Array, name: string) {
  if (bytes.byteLength === 0) throw new ImportError("UNREADABLE_DOCX", "Tệp trống: không có nội dung để đọc.");
  if (bytes.byteLength > DOCX_LIMITS.fileBytes) throw overLimit("fileBytes", limitMessages.fileBytes(bytes.byteLength));
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!zip) {
    const oldWord = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    const pdf = bytes[0] === 0x25 && bytes[1] === 0x50;
    throw new ImportError(
      "UNREADABLE_DOCX",
      oldWord
        ? `“${name}” là tệp Word cũ (.doc). Hãy mở bằng Word và lưu lại dạng .docx rồi tải lên.`
        : pdf
          ? `“${name}” là tệp PDF. Hãy tải lên tệp .docx, hoặc sao chép nội dung PDF và dán vào ô văn bản.`
          : `“${name}” không phải tệp DOCX.`,
    );
  }
}

async function readBlocks(input: Pick<PreviewImportInput, "text" | "file">): Promise<Block[]> {
  if (input.file) {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    checkDocx(bytes, (input.file as File).name || "tệp");
    return blocksFromDocx(Buffer.from(bytes));
  }
  return blocksFromText(input.text ?? "");
}

/** Open units, then the names older documents use for them (former names, units merged into them: lib/units/aliases.ts). */
async function unitCandidates(tx: Tx, user: SessionUser): Promise<{ open: UnitCandidate[]; matching: UnitCandidate[] }> {
  const open = await tx.unit.findMany({
    where: { organizationId: user.organizationId, active: true },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, shortName: true, kind: true },
  });
  return { open, matching: [...open, ...(await unitAliases(tx, user.organizationId, open))] };
}

/** The document as blocks, for a user who may create plans; outside any transaction (the actions' prepare step). */
export async function readImport(user: SessionUser, input: Pick<PreviewImportInput, "text" | "file">): Promise<Block[]> {
  if (!importRights(user).import) throw forbidden();
  return readBlocks(input);
}

export type ImportPreview = {
  result: ParseResult;
  units: UnitCandidate[];
  canCreateUnits: boolean;
  canCreateExternalUnits: boolean;
  /** Whether and how the plan can be imported as already issued; null: the document has no number (a draft). */
  issued: IssuedImport | null;
};

/** Parses the document read by readImport (read here when not given); saves nothing. */
export async function previewImport(tx: Tx, user: SessionUser, input: PreviewImportInput, read?: Block[]): Promise<ImportPreview> {
  const rights = importRights(user);
  if (!rights.import) throw forbidden();
  const blocks = read ?? (await readImport(user, input));
  const { open: units, matching } = await unitCandidates(tx, user);
  const result = parsePlan(blocks, { units: matching, defaultYear: Number(todayInVietnam().slice(0, 4)) });
  const problems = [...result.problems];
  if (result.usable) {
    for (const message of snapshotLimits(result)) problems.push({ severity: "fatal", message });
  }
  const issued = await issuedPreview(tx, user, result.plan, rights.importIssued);
  return {
    result: { ...result, problems, usable: !problems.some((p) => p.severity === "fatal") },
    units,
    canCreateUnits: rights.createUnits,
    canCreateExternalUnits: rights.createExternalUnits || rights.createUnits,
    issued,
  };
}

// The same limits the plan editor enforces (lib/plans/schemas.ts), checked
// before saving so an imported draft can be edited and saved as it is.
const LIMITS = { title: 500, content: 4000, note: 1000, phaseTitle: 500, intro: 2000, closingText: 2000, theme: 1000, signerTitle: 100, signerName: 100 };

function snapshotLimits(result: ParseResult): string[] {
  const out: string[] = [];
  const { plan } = result;
  const check = (value: string, max: number, label: string) => {
    if (value.length > max) out.push(`${label} dài ${value.length} ký tự; tối đa ${max}.`);
  };
  check(plan.title, LIMITS.title, "Trích yếu");
  check(plan.intro, LIMITS.intro, "Lời dẫn");
  check(plan.closingText, LIMITS.closingText, "Đoạn kết");
  check(plan.theme, LIMITS.theme, "Chủ đề");
  check(plan.signerTitle, LIMITS.signerTitle, "Chức vụ người ký");
  check(plan.signerName, LIMITS.signerName, "Họ tên người ký");
  if (!plan.signerTitle.trim()) out.push("Không tìm thấy chức vụ người ký (ví dụ “GIÁM ĐỐC”) ở cuối văn bản.");
  for (const phase of plan.phases) {
    check(phase.title, LIMITS.phaseTitle, `Tên giai đoạn ${phase.code}`);
    const visit = (activity: ParseResult["plan"]["phases"][number]["activities"][number], label: string) => {
      check(activity.content, LIMITS.content, `Nội dung hoạt động ${label}`);
      check(activity.note, LIMITS.note, `Ghi chú hoạt động ${label}`);
      activity.subTasks.forEach((sub, i) => visit(sub, `${label}.${i + 1}`));
    };
    phase.activities.forEach((activity, i) => visit(activity, `${phase.code}.${i + 1}`));
  }
  return out;
}

/** The event date the user confirmed (the document rarely states it); the windows stay as written. */
function withEventDate(snapshot: PlanSnapshot, eventDate: string | undefined): PlanSnapshot {
  return eventDate ? { ...snapshot, eventDate } : snapshot;
}

/** Parses again (the document is sent again: nothing is kept between the two steps) and creates the draft. */
export async function confirmImport(tx: Tx, user: SessionUser, input: ConfirmImportInput, read?: Block[]): Promise<{ id: string; issued: boolean }> {
  const preview = await previewImport(tx, user, input, read);
  if (!preview.result.usable) {
    const fatal = preview.result.problems.filter((p) => p.severity === "fatal").map((p) => p.message);
    throw new ImportError("NOT_USABLE", `Chưa tạo được kế hoạch: ${fatal.join(" ")}`);
  }
  if (input.asIssued && !importRights(user).importIssued) throw forbidden("Bạn không có quyền nhập kế hoạch đã ban hành.");
  // Checked before anything is written (units included): a taken number changes nothing.
  const issued = input.asIssued ? await checkIssuable(tx, user, preview.result.plan) : null;
  const mapping: Record<string, string> = {};
  const known = new Set(preview.units.map((u) => u.id));
  const placeholders = new Set(placeholderTexts(preview.result));
  for (const choice of input.mapping) {
    if (!preview.result.unmatched.includes(choice.text)) continue;
    if (choice.unit.startsWith("new:")) {
      const internal = choice.unit === "new:INTERNAL";
      if (!(internal ? preview.canCreateUnits : preview.canCreateExternalUnits)) throw forbidden();
      // "(Không ghi chủ trì) …" names an activity, not a unit: choose an existing unit for it.
      if (placeholders.has(choice.text)) throw new ImportError("UNMAPPED_UNITS", `Hãy chọn một đơn vị có sẵn làm chủ trì cho “${choice.text}”.`);
      const name = choice.text.replace(/^[-–•\s]+|[.;,\s]+$/g, "");
      const existing = await tx.unit.findFirst({ where: { organizationId: user.organizationId, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
      const names = { name: clip(name, 200), shortName: clip(name, 60) };
      const unit = existing ?? (internal || preview.canCreateUnits ? await createUnit(tx, user, { ...names, kind: internal ? "INTERNAL" : "EXTERNAL" }) : await addExternalUnit(tx, user, names));
      mapping[choice.text] = unit.id;
    } else {
      if (!known.has(choice.unit)) throw new ImportError("UNMAPPED_UNITS", `Đơn vị chọn cho “${choice.text}” không thuộc Sở.`);
      mapping[choice.text] = choice.unit;
    }
  }
  const snapshot = withEventDate(toSnapshot(preview.result, mapping), input.eventDate);
  const plan = await createFromSnapshot(tx, user, snapshot, { source: "import", from: input.file ? "docx" : "text", activities: countActivities(snapshot), ...(issued ? { asIssued: true } : {}) });
  if (issued) await recordAsIssued(tx, user, plan.id, issued);
  return { id: plan.id, issued: Boolean(issued) };
}

function placeholderTexts(result: ParseResult): string[] {
  const of = (activity: ParseResult["plan"]["phases"][number]["activities"][number]): string[] => [
    ...(activity.lead?.placeholder ? [activity.lead.text] : []),
    ...activity.subTasks.flatMap(of),
  ];
  return result.plan.phases.flatMap((phase) => phase.activities.flatMap(of));
}

function countActivities(snapshot: PlanSnapshot): number {
  const count = (list: ActivitySnapshot[]): number => list.reduce((n, a) => n + 1 + count(a.subTasks), 0);
  return snapshot.phases.reduce((n, phase) => n + count(phase.activities), 0);
}
