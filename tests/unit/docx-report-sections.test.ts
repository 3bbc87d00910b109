import { describe, expect, it } from "vitest";
import { reportToDocx } from "@/lib/documents/docx/report";
import { buildPlanReport, defaultReportRecipients } from "@/lib/documents/report-model";
import { REPORT_DAY_2022, plan2022 } from "@/tests/support/plan-2022-document";
import { openDocx, paragraphs, tables } from "@/tests/support/docx-xml";

describe("the report's sections and recipients", () => {
  const { plan, facts } = plan2022();

  it("prints I. with 1., 2. per phase, then II.–IV. in order after the results, and its own Nơi nhận", async () => {
    const content = {
      assessment: "Các hoạt động cơ bản hoàn thành.\nNhiều đơn vị tham gia.",
      shortcomings: "Một số hoạt động chậm.",
      proposals: "Đề nghị UBND tỉnh quan tâm.",
      recipients: ["UBND tỉnh (b/c);", "Bộ KH&CN (b/c);", "Lưu: VT."],
    };
    const docx = await openDocx(await reportToDocx(buildPlanReport(plan, facts, REPORT_DAY_2022, { content })));
    const texts = paragraphs(docx.document);
    const at = (text: string) => texts.indexOf(text);
    const order = ["I. KẾT QUẢ THỰC HIỆN", "3. Tổng hợp", "II. ĐÁNH GIÁ CHUNG", "Các hoạt động cơ bản hoàn thành.", "Nhiều đơn vị tham gia.", "III. TỒN TẠI, HẠN CHẾ", "Một số hoạt động chậm.", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị UBND tỉnh quan tâm."];
    expect(order.map(at).every((index) => index >= 0)).toBe(true);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
    expect(texts.some((t) => /^1\. .+\(từ ngày/.test(t))).toBe(true);
    expect(texts.some((t) => /^2\.1\. /.test(t))).toBe(false);
    const recipients = tables(docx.document).at(-1)![0]![0]!.join("\n");
    expect(recipients).toContain("Bộ KH&CN (b/c);");
    expect(recipients).not.toContain("Các phòng, đơn vị trực thuộc Sở;");
  });

  it("omits empty sections and, with no content saved, sends the report up by default", async () => {
    const report = buildPlanReport(plan, facts, REPORT_DAY_2022);
    expect(report.headings.sections).toEqual([]);
    expect(report.signer.recipients).toEqual(defaultReportRecipients(plan));
    expect(report.signer.recipients[0]).toBe("UBND tỉnh (b/c);");
    expect(report.signer.recipients).not.toEqual(plan.recipients);
  });
});
