import { describe, expect, it } from "vitest";
import { buildPlanReport, type ActivityFacts } from "@/lib/documents/report-model";
import type { PlanDocument } from "@/lib/plans/document";
import { REPORT_DAY_2022, plan2022, plan2022Draft } from "@/tests/support/plan-2022-document";

describe("buildPlanReport", () => {
  const { plan, facts } = plan2022();
  const report = buildPlanReport(plan, facts, REPORT_DAY_2022);
  const row = (phase: number, stt: string) => report.phases[phase]!.rows.find((r) => r.stt === stt)!;

  it("counts top-level activities for the plan, as the dashboards do", () => {
    expect(report.totals).toEqual({ total: 7, done: 4, inProgress: 2, notStarted: 1, blocked: 0, cancelled: 0, overdue: 3 });
  });

  it("counts every row a unit leads, sub-tasks included, by lead unit", () => {
    expect(report.units).toEqual([
      { unitName: "Phòng Quản lý công nghệ và đổi mới sáng tạo", lead: 5, done: 3, overdue: 2 },
      { unitName: "Văn phòng Sở", lead: 3, done: 3, overdue: 0 },
      { unitName: "Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm", lead: 1, done: 0, overdue: 1 },
      { unitName: "Phòng Quản lý khoa học", lead: 1, done: 1, overdue: 0 },
    ]);
  });

  it("lists sub-tasks after their parent, numbered 4.1, 4.2 …", () => {
    expect(report.phases[1]!.rows.map((r) => r.stt)).toEqual(["1", "2", "3", "4", "4.1", "4.2", "4.3"]);
    expect(row(1, "4.2")).toMatchObject({ isSubTask: true, leadUnitName: "Phòng Quản lý khoa học", statusLabel: "Hoàn thành" });
  });

  it("shows the actual dates when recorded, else the planned window", () => {
    expect(row(1, "4").timeText).toBe("16/5/2022");
    expect(row(0, "1").timeText).toBe("03-14/5/2022 (kế hoạch)");
  });

  it("marks open activities whose window has ended as overdue, never closed ones", () => {
    expect(row(0, "3")).toMatchObject({ statusLabel: "Đang thực hiện", overdue: true });
    expect(row(1, "3")).toMatchObject({ statusLabel: "Chưa bắt đầu", overdue: true });
    expect(row(0, "1")).toMatchObject({ statusLabel: "Hoàn thành", overdue: false });
    const cancelled: PlanDocument = {
      ...plan,
      phases: [{ ...plan.phases[0]!, activities: [{ ...plan.phases[0]!.activities[2]!, status: "CANCELLED" }] }],
    };
    const other = buildPlanReport(cancelled, [], REPORT_DAY_2022);
    expect(other.totals).toMatchObject({ total: 1, cancelled: 1, overdue: 0 });
    expect(other.phases[0]!.rows[0]!.statusLabel).toBe("Đã hủy");
  });

  it("carries the results, figures and evidence of each activity", () => {
    expect(row(1, "4").figures).toEqual([{ label: "Ngày tổ chức thực tế", value: "16/5/2022" }]);
    expect(row(1, "4").evidence).toHaveLength(1);
    expect(row(1, "4").evidence[0]!.url).toBe("https://skhcn.langson.gov.vn/tin-tuc/hoi-thao-khoa-hoc-cong-nghe-va-doi-moi-sang-tao-2022");
    expect(row(0, "1").result).toMatch(/^Đăng 12 tin, bài/);
  });

  it("keeps the latest value of a figure and each evidence URL once", () => {
    const id = plan.phases[0]!.activities[0]!.id;
    const updates: ActivityFacts[] = [
      { activityId: id, figures: [{ label: "Số tin, bài", value: "5" }, { label: "Số lượt xem", value: "900" }], evidence: [{ url: "https://a.vn/1", title: "Tin 1" }] },
      { activityId: id, figures: [{ label: "Số tin, bài", value: "12" }], evidence: [{ url: "https://a.vn/1", title: "Tin 1 (sửa)" }, { url: "https://a.vn/2", title: "Tin 2" }] },
    ];
    const merged = buildPlanReport(plan, updates, REPORT_DAY_2022).phases[0]!.rows[0]!;
    expect(merged.figures).toEqual([
      { label: "Số tin, bài", value: "12" },
      { label: "Số lượt xem", value: "900" },
    ]);
    expect(merged.evidence).toEqual([
      { url: "https://a.vn/1", title: "Tin 1" },
      { url: "https://a.vn/2", title: "Tin 2" },
    ]);
  });

  it("refers to the plan by number and date, or by name while unnumbered", () => {
    expect(report.heading.title).toBe(
      "Kết quả thực hiện Kế hoạch số 12/KH-SKHCN ngày 03/5/2022 về triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022",
    );
    expect(buildPlanReport(plan2022Draft(), [], REPORT_DAY_2022).heading.title).toBe(
      "Kết quả thực hiện Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022",
    );
    expect(report.heading).toMatchObject({ kind: "BÁO CÁO", parentName: "UBND TỈNH LẠNG SƠN", dateLine: "Lạng Sơn, ngày      tháng      năm 2022" });
    expect(report.heading.numberLine).toMatch(/^Số: \.{8}\/BC-SKHCN$/);
    expect(report.intro).toBe("Kết quả thực hiện tính đến ngày 20/5/2022 như sau:");
  });
});
