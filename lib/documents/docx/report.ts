// "Báo cáo kết quả thực hiện Kế hoạch" as a DOCX, in the same official layout
// as the plan (Nghị định 30/2020/NĐ-CP, Phụ lục I).
import type { FileChild } from "docx";
import type { PlanReport, ReportTotals } from "@/lib/documents/report-model";
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

export async function reportToDocx(report: PlanReport): Promise<Buffer> {
  const children: FileChild[] = [
    ...headingBlock(report.heading),
    body(report.intro),
    heading("I. KẾT QUẢ THỰC HIỆN"),
    ...(report.phases.length ? report.phases.flatMap(resultPhaseBlock) : [body("(Kế hoạch chưa có giai đoạn nào)", { italics: true })]),
    heading("II. TỔNG HỢP"),
    labelled("1. Tiến độ chung", "(tính theo hoạt động của kế hoạch, không kể nhiệm vụ con):"),
    ...totalsLines(report.totals),
    labelled("2. Theo đơn vị chủ trì", "(tính cả nhiệm vụ con):", 120),
    unitSummaryTable(report.units),
    body(report.closing),
    ...signatureBlock(report.signer),
  ];
  return packOfficialDocument({ title: report.displayTitle, description: report.heading.title, children });
}
