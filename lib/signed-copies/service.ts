// Attaching the signed copy of an issued plan. The file is read first, outside
// any transaction (a 20 MB PDF's signatures take a moment): checked as a PDF,
// hashed, its signatures read. Then, in the transaction, the plan row is
// locked (so an amendment cannot slip in between), the status checked, and
// the copy stored with the issue round and the number and date the plan
// carries now, with an audit entry. Another copy for the same round is kept
// beside the earlier ones: nothing is replaced or deleted.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { AppError, forbidden } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/service";
import { fileNameOf } from "@/lib/validation";
import { lockPlan, type LockedPlan } from "@/lib/plans/service/lock";
import { formatPlanNumber, planNumberLabel } from "@/lib/plans/numbering";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import type { SignedCopyKind } from "@/lib/generated/prisma/enums";
import { readPdfSignatures, type SignatureReading } from "@/lib/documents/pdf-signatures";
import { checkSignedPdf } from "@/lib/signed-copies/file";
import { mayAttachSignedCopies, signedCopyRights } from "@/lib/signed-copies/access";

export type PreparedSignedCopy = { fileName: string; bytes: Buffer; sha256: string; reading: SignatureReading };

const NOT_ISSUED = "Chỉ đính kèm bản đã ký cho kế hoạch đã ban hành (đang triển khai hoặc đã kết thúc).";

/** The uploaded file checked and read; refuses a caller without the right before reading anything. */
export async function prepareSignedCopy(user: SessionUser, file: Blob): Promise<PreparedSignedCopy> {
  if (!mayAttachSignedCopies(user)) throw forbidden("Bạn không có quyền đính kèm bản đã ký.");
  const bytes = Buffer.from(await file.arrayBuffer());
  const fileName = checkSignedPdf(fileNameOf(file), bytes);
  return { fileName, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), reading: readPdfSignatures(bytes) };
}

export async function attachSignedCopy(tx: Tx, user: SessionUser, planId: string, prepared: PreparedSignedCopy, kind: SignedCopyKind = "PLAN"): Promise<{ id: string; planId: string }> {
  const locked = await lockPlan(tx, user, planId);
  if (!mayAttachSignedCopies(user)) throw forbidden("Bạn không có quyền đính kèm bản đã ký.");
  if (kind === "REPORT") return attachReportCopy(tx, user, locked, prepared);
  if (!signedCopyRights(user, locked).attach) throw new AppError("CONFLICT", NOT_ISSUED);
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { number: true, numberText: true, symbol: true, issueDate: true, title: true, organization: { select: { code: true } } },
  });
  // The round is the number of issues Kehoach recorded; 0 for a plan issued before it kept them (imported).
  const issued = await tx.planVersion.findMany({ where: { planId, kind: "ISSUED" }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return storeCopy(tx, user, prepared, {
    organizationId: locked.organizationId,
    planId,
    kind: "PLAN",
    planVersionId: issued[0]?.id ?? null,
    issueRound: issued.length,
    numberLabel: planNumberLabel(plan),
    issueDate: plan.issueDate,
    label: `bản đã ký ${prepared.fileName}`,
  });
}

/** The signed copy of the plan's issued results report: only once the report has its number (lib/plans/report/issue.ts). */
async function attachReportCopy(tx: Tx, user: SessionUser, locked: LockedPlan, prepared: PreparedSignedCopy): Promise<{ id: string; planId: string }> {
  const report = await tx.planReport.findUnique({ where: { planId: locked.id }, select: { number: true, symbol: true, issueDate: true } });
  if (!PUBLISHED_PLAN_STATUSES.includes(locked.status) || report?.number == null || !report.symbol) {
    throw new AppError("CONFLICT", "Chỉ đính kèm bản đã ký cho báo cáo đã ban hành (đã có số).");
  }
  const numberLabel = formatPlanNumber(report.number, report.symbol);
  return storeCopy(tx, user, prepared, {
    organizationId: locked.organizationId,
    planId: locked.id,
    kind: "REPORT",
    planVersionId: null,
    issueRound: 1,
    numberLabel,
    issueDate: report.issueDate,
    label: `bản đã ký của báo cáo ${prepared.fileName}`,
  });
}

type CopyOf = {
  organizationId: string;
  planId: string;
  kind: "PLAN" | "REPORT";
  planVersionId: string | null;
  issueRound: number;
  numberLabel: string | null;
  issueDate: Date | null;
  /** What the history calls it. */
  label: string;
};

/** Stores a prepared copy of a plan or of its report and audits it: the one place a SignedCopy row is written. */
async function storeCopy(tx: Tx, user: SessionUser, prepared: PreparedSignedCopy, of: CopyOf): Promise<{ id: string; planId: string }> {
  const { label, ...row } = of;
  const copy = await tx.signedCopy.create({
    data: {
      ...row,
      fileName: prepared.fileName,
      size: prepared.bytes.byteLength,
      sha256: prepared.sha256,
      data: new Uint8Array(prepared.bytes),
      signatures: prepared.reading as unknown as Prisma.InputJsonValue,
      uploadedById: user.id,
    },
    select: { id: true },
  });
  await writeAudit(tx, user, of.organizationId, {
    action: "attachSignedCopy",
    entityType: "SignedCopy",
    entityId: copy.id,
    entityLabel: label,
    planId: of.planId,
    after: {
      fileName: prepared.fileName,
      size: prepared.bytes.byteLength,
      sha256: prepared.sha256,
      number: of.numberLabel,
      ...(of.kind === "REPORT" ? { kind: "REPORT" } : { issueRound: of.issueRound }),
      signatures: prepared.reading.signatures.length,
    },
  });
  return { id: copy.id, planId: of.planId };
}
