import "server-only";
// Importing a plan that was already issued ("Nhập như kế hoạch đã ban hành"):
// it keeps the number as written ("09"), the symbol, the issue date and the
// signer, and is recorded as ISSUED on that date. The number goes through the
// register (lib/plans/service/register.ts), so a number already used is a
// typed NUMBER_TAKEN conflict in the preview and on saving, never a 500.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/service";
import { toDbDate, yearOf, type CalendarDate } from "@/lib/dates";
import { readWrittenNumber } from "@/lib/plans/numbering";
import { claimWrittenNumber, numberTakenError, planHoldingNumber } from "@/lib/plans/service/register";
import type { ParsedPlan } from "@/lib/documents/import";

export type IssuedImport = {
  /** The user may import as issued (plan.importIssued). */
  allowed: boolean;
  /** What the document lacks to be imported as issued; empty: it has it all. */
  missing: string[];
  /** "09/KH-SKHCN" as written; null without a number. */
  label: string | null;
  number: number | null;
  numberText: string | null;
  symbol: string;
  issueDate: CalendarDate | null;
  signer: string;
  /** The plan already holding this number in the register of the issue year. */
  taken: { planId: string; title: string } | null;
};

type Written = { number: number; numberText: string | null; digits: string; symbol: string; issueDate: CalendarDate; signerName: string };

function written(plan: ParsedPlan): { value: Written | null; missing: string[] } {
  const read = readWrittenNumber(plan.numberText);
  const missing: string[] = [];
  if (!read) missing.push("số văn bản (Số: 09/KH-…)");
  if (!plan.symbol.trim()) missing.push("ký hiệu (KH-…)");
  if (!plan.issueDate) missing.push("ngày ban hành");
  if (!plan.signerName.trim()) missing.push("họ tên người ký");
  if (missing.length || !read || !plan.issueDate) return { value: null, missing };
  return { value: { ...read, digits: plan.numberText.trim(), symbol: plan.symbol.trim(), issueDate: plan.issueDate, signerName: plan.signerName.trim() }, missing };
}

/** What the preview shows for "as issued"; null when the document carries no number at all (a draft). */
export async function issuedPreview(tx: Tx, user: SessionUser, plan: ParsedPlan, allowed: boolean): Promise<IssuedImport | null> {
  if (!plan.numberText.trim()) return null;
  const { value, missing } = written(plan);
  const holder = value ? await planHoldingNumber(tx, user.organizationId, yearOf(value.issueDate), value.number) : null;
  return {
    allowed,
    missing,
    label: value ? `${value.digits}/${value.symbol}` : null,
    number: value?.number ?? null,
    numberText: value?.digits ?? null,
    symbol: plan.symbol,
    issueDate: plan.issueDate,
    signer: [plan.signerAuthority, plan.signerTitle, plan.signerName].filter((s) => s.trim()).join(" · "),
    taken: holder ? { planId: holder.id, title: holder.title } : null,
  };
}

/** Checks before anything is written: the document has a number, symbol, date and signer, and the number is free. */
export async function checkIssuable(tx: Tx, user: SessionUser, plan: ParsedPlan): Promise<Written> {
  const { value, missing } = written(plan);
  if (!value) throw new AppError("INVALID", `Chưa nhập được như kế hoạch đã ban hành: văn bản thiếu ${missing.join(", ")}. Hãy nhập như dự thảo.`, { fieldErrors: { asIssued: [`Văn bản thiếu ${missing.join(", ")}.`] } });
  const year = yearOf(value.issueDate);
  const holder = await planHoldingNumber(tx, user.organizationId, year, value.number);
  if (holder) throw numberTakenError(`${value.digits}/${value.symbol}`, year, holder);
  return value;
}

/** Records the draft just created from the document as issued on its date, with its number, and says so in the history. */
export async function recordAsIssued(tx: Tx, user: SessionUser, planId: string, value: Written): Promise<void> {
  const year = yearOf(value.issueDate);
  await claimWrittenNumber(tx, user.organizationId, year, value.number, value.symbol);
  try {
    await tx.plan.update({
      where: { id: planId },
      data: { status: "ISSUED", number: value.number, numberYear: year, numberText: value.numberText, symbol: value.symbol, issueDate: toDbDate(value.issueDate) },
    });
  } catch (error) {
    // Another import took the number between the check and here: the unique register constraint says so.
    if ((error as { code?: string }).code === "P2002") throw numberTakenError(`${value.digits}/${value.symbol}`, year, { id: "", title: "một kế hoạch khác" });
    throw error;
  }
  const comment = `Nhập kế hoạch đã ban hành: số ${value.digits}/${value.symbol}, ngày ${value.issueDate}, người ký ${value.signerName}.`;
  await tx.planReview.create({ data: { organizationId: user.organizationId, planId, actorId: user.id, fromStatus: "DRAFT", toStatus: "ISSUED", comment } });
  await writeAudit(tx, user, user.organizationId, {
    action: "import-issued",
    entityType: "Plan",
    entityId: planId,
    entityLabel: "kế hoạch",
    planId,
    after: { status: "ISSUED", number: `${value.digits}/${value.symbol}`, issueDate: value.issueDate, signerName: value.signerName },
  });
}
