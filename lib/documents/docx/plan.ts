// The plan as a DOCX per Nghị định 30/2020/NĐ-CP, Phụ lục I ("Kế hoạch"),
// with the sections in the plan's outline (./plan-body.ts), as the print view
// builds them (components/documents/official-plan.tsx).
import type { FileChild } from "docx";
import type { PlanDocument } from "@/lib/plans/document";
import { documentDateLine } from "@/lib/plans/document-date";
import { planNumberLine } from "@/lib/plans/numbering";
import { splitLines } from "@/lib/text";
import { body } from "./blocks";
import { headingBlock, packOfficialDocument, signatureBlock } from "./official-layout";
import { planAppendix, planBody } from "./plan-body";

export async function planToDocx(plan: PlanDocument): Promise<Buffer> {
  const children: FileChild[] = [
    ...headingBlock({
      parentName: plan.organization.parentName,
      headerName: plan.organization.headerName,
      numberLine: plan.numberLabel ? `Số: ${plan.numberLabel}` : planNumberLine(null, plan.symbol),
      dateLine: documentDateLine(plan.place, plan.issueDate, plan.year),
      kind: "KẾ HOẠCH",
      title: plan.title,
    }),
    ...plan.legalBasis.map((line) => body(line, { italics: true })),
    ...(plan.intro ? [body(plan.intro)] : []),
    ...planBody(plan),
    ...splitLines(plan.closingText).map((line) => body(line)),
    ...signatureBlock(plan),
  ];
  const appendix = planAppendix(plan);
  return packOfficialDocument({ title: plan.displayTitle, description: plan.numberLabel ?? "Dự thảo", children, ...(appendix ? { appendix } : {}) });
}
