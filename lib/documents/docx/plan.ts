// The plan as a DOCX per Nghị định 30/2020/NĐ-CP, Phụ lục I ("Kế hoạch"),
// with the sections built as the plan page builds them
// (components/plans/plan-document.tsx).
import { usesCost } from "@/lib/documents/costs";
import type { FileChild } from "docx";
import type { PlanDocument } from "@/lib/plans/document";
import { documentDateLine } from "@/lib/plans/document-date";
import { planNumberLine } from "@/lib/plans/numbering";
import { splitLines } from "@/lib/text";
import { quoted, romanCounter, usesOutput } from "@/lib/documents/format";
import { body, heading, labelled } from "./blocks";
import { headingBlock, packOfficialDocument, signatureBlock } from "./official-layout";
import { phaseBlock } from "./plan-phases";

const bullets = (items: string[]) => items.map((item) => body(`- ${item}`));

/** "1. Mục đích:" with one item inline, several as "- " paragraphs. */
function item(label: string, items: string[]): FileChild[] {
  if (!items.length) return [];
  if (items.length === 1) return [labelled(label, items[0]!)];
  return [heading(label), ...bullets(items)];
}

function sections(plan: PlanDocument): FileChild[] {
  const nextRoman = romanCounter();
  const out: FileChild[] = [];
  if (plan.purposes.length || plan.requirements.length) {
    out.push(heading(`${nextRoman()}. MỤC ĐÍCH, YÊU CẦU`));
    out.push(...item("1. Mục đích:", plan.purposes));
    out.push(...item(`${plan.purposes.length ? 2 : 1}. Yêu cầu:`, plan.requirements));
  }
  if (plan.theme || plan.slogans.length) {
    out.push(heading(`${nextRoman()}. CHỦ ĐỀ VÀ CÁC KHẨU HIỆU TUYÊN TRUYỀN`));
    let n = 0;
    if (plan.theme) out.push(labelled(`${++n}. Chủ đề:`, `${quoted(plan.theme)}.`));
    out.push(...item(`${++n}. Khẩu hiệu:`, plan.slogans.map(quoted)));
  }
  out.push(heading(`${nextRoman()}. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC`));
  if (plan.contentItems.length) out.push(heading("1. Nội dung"), ...bullets(plan.contentItems));
  out.push(heading(`${plan.contentItems.length ? 2 : 1}. Hình thức và phân công tổ chức thực hiện`));
  if (!plan.phases.length) out.push(body("(Kế hoạch chưa có giai đoạn nào)", { italics: true }));
  const withOutput = usesOutput(plan);
  const withCost = usesCost(plan);
  for (const phase of plan.phases) out.push(...phaseBlock(phase, withOutput, withCost));
  // Sections kept from an imported document (Tổ chức thực hiện, Kinh phí …), numbered on after the plan's own.
  for (const extra of plan.extraSections) {
    out.push(heading(`${nextRoman()}. ${extra.heading}`), ...extra.paragraphs.map((line) => body(line)));
  }
  return out;
}

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
    ...sections(plan),
    ...splitLines(plan.closingText).map((line) => body(line)),
    ...signatureBlock(plan),
  ];
  return packOfficialDocument({ title: plan.displayTitle, description: plan.numberLabel ?? "Dự thảo", children });
}
