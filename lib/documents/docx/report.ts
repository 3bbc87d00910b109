// "Báo cáo kết quả thực hiện Kế hoạch" as a DOCX, in the same official layout
// as the plan (Nghị định 30/2020/NĐ-CP, Phụ lục I).
import type { BudgetSummary } from "@/lib/documents/costs";
import { groupDigits } from "@/lib/money";
import type { FileChild } from "docx";
import type { PlanReport, ReportTotals } from "@/lib/documents/report-model";
import { splitLines } from "@/lib/text";
import { body, heading, labelled } from "./blocks";
import { headingBlock, packOfficialDocument, signatureBlock } from "./official-layout";
import { resultPhaseBlock, unitSummaryTable } from "./report-tables";

function totalsLines(t: ReportTotals): FileChild[] {
  return [
    body(`- Đã hoàn thành: ${t.done}/${t.total} hoạt động;`),
    body(`- Đang thực hiện: ${t.inProgress};`),
    body(`- Chưa bắt đầu: ${t.notStarted};`),
    body(`- Quá hạn (hết thời gian mà chưa xong): ${t.overdue};`),
    body(`- Vướng mắc: ${t.blocked};`),
    body(`- Đã hủy: ${t.cancelled}.`),
  ];
}

/** Kinh phí, only when the plan states one or its activities carry costs. */
function costLines(cost: BudgetSummary): FileChild[] {
  const lines: FileChild[] = [];
  if (cost.activities !== null) lines.push(body(`- Tổng kinh phí dự kiến của các hoạt động: ${groupDigits(cost.activities)} đồng;`));
  if (cost.budget !== null) lines.push(body(`- Kinh phí của kế hoạch: ${groupDigits(cost.budget)} đồng${cost.source ? ` (nguồn: ${cost.source})` : ""}.`));
  return lines;
}

export async function reportToDocx(report: PlanReport): Promise<Buffer> {
  const children: FileChild[] = [
    ...headingBlock(report.heading),
    body(report.intro),
    heading(report.headings.results),
    ...(report.phases.length ? report.phases.flatMap(resultPhaseBlock) : [body("(Kế hoạch chưa có giai đoạn nào)", { italics: true })]),
    heading(report.headings.summary),
    labelled(report.headings.summaryParts.progress, "(tính theo hoạt động của kế hoạch, không kể nhiệm vụ con):"),
    ...totalsLines(report.totals),
    ...costLines(report.cost),
    labelled(report.headings.summaryParts.units, "(tính cả nhiệm vụ con):", 120),
    unitSummaryTable(report.units),
    // II.–IV.: the sections written on the report page, only those with text.
    ...report.headings.sections.flatMap((section) => [heading(section.heading), ...splitLines(section.text).map((line) => body(line))]),
    body(report.closing),
    ...signatureBlock(report.signer),
  ];
  return packOfficialDocument({ title: report.displayTitle, description: report.heading.title, children });
}
