import "server-only";
// The import as the API offers it (POST /api/v1/plan-imports): the same
// reading, preview and saving as the import page (lib/documents/import-service.ts),
// with the unit choices sent as a map from the document's names to unit ids.
import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { planTexts } from "@/lib/plans/snapshot";
import { ImportError } from "@/lib/documents/import";
import { readBudget } from "@/lib/documents/import/budget";
import { confirmImport, type ImportPreview } from "@/lib/documents/import-service";
import type { Block } from "@/lib/documents/import";

/** The preview as JSON: what the page shows, without the organisation's unit list. */
export function presentImportPreview(preview: ImportPreview) {
  const { plan, unmatched, problems, usable } = preview.result;
  const budget = readBudget(plan.sections);
  const { signerAuthority, signerTitle, signerName, ...texts } = planTexts(plan);
  return {
    usable,
    header: {
      numberText: plan.numberText,
      symbol: plan.symbol,
      place: plan.place,
      issueDate: plan.issueDate,
      year: plan.year,
      title: plan.title,
      eventDate: plan.eventDate,
      signerAuthority,
      signerTitle,
      signerName,
    },
    texts,
    sections: plan.sections,
    appendix: plan.appendix,
    budget: { amount: budget.budgetAmount, source: budget.budgetSource },
    phases: plan.phases,
    unmatched,
    problems,
    issued: preview.issued,
  };
}

export type SaveImportInput = {
  text?: string;
  file?: Blob;
  unitMap: Record<string, string>;
  asIssued: boolean;
  eventDate?: string;
};

/**
 * Creates the plan. Every id in unitMap must be a unit of the caller's organisation (another organisation's
 * unit is refused, 422, whether or not its name is needed); names the document does not leave unmatched are ignored.
 */
export async function saveImport(tx: Tx, user: SessionUser, input: SaveImportInput, read: Block[]): Promise<{ id: string }> {
  const ids = [...new Set(Object.values(input.unitMap))];
  const known = ids.length ? await tx.unit.findMany({ where: { organizationId: user.organizationId, id: { in: ids } }, select: { id: true } }) : [];
  const foreign = Object.entries(input.unitMap).filter(([, id]) => !known.some((unit) => unit.id === id));
  if (foreign.length) {
    throw new ImportError("UNMAPPED_UNITS", `Đơn vị chọn cho ${foreign.map(([name]) => `“${name}”`).join(", ")} không thuộc Sở.`, { foreign: foreign.map(([name]) => name) });
  }
  const mapping = Object.entries(input.unitMap).map(([text, unit]) => ({ text, unit }));
  return confirmImport(tx, user, { text: input.text, file: input.file, mapping, asIssued: input.asIssued, eventDate: input.eventDate }, read);
}
