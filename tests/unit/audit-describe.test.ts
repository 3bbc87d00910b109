import { describe, expect, it } from "vitest";
import { describeAudit } from "@/lib/audit/describe";

const units: Record<string, string> = { u1: "Phòng QLKH", u2: "Báo Lạng Sơn", u3: "Đài PT&TH tỉnh" };
const ctx = { unitName: (id: string) => units[id] ?? "?" };

describe("readable audit history", () => {
  it("says which window changed, from what to what", () => {
    expect(
      describeAudit(
        { action: "update", entityType: "Activity", entityLabel: "hoạt động 2 (mục 2.1)", before: { start: "2027-05-03", end: "2027-05-14" }, after: { start: "2027-05-05", end: "2027-05-16" } },
        ctx,
      ),
    ).toBe("đổi thời gian hoạt động 2 (mục 2.1) từ 03–14/5/2027 sang 05–16/5/2027");
  });

  it("never says null when an old entry kept only the end that changed; new entries carry both ends", () => {
    const oneEnd = describeAudit(
      { action: "update", entityType: "Activity", entityLabel: "việc 5.1 (mục 2.2)", before: { end: "2026-05-10" }, after: { end: "2026-05-12" } },
      ctx,
    );
    expect(oneEnd).toBe("đổi ngày kết thúc việc 5.1 (mục 2.2) từ 10/05/2026 sang 12/05/2026");
    expect(oneEnd).not.toContain("null");
    expect(
      describeAudit(
        { action: "update", entityType: "Activity", entityLabel: "việc 5.1 (mục 2.2)", before: { start: "2026-05-01", end: "2026-05-10" }, after: { start: "2026-05-01", end: "2026-05-12" } },
        ctx,
      ),
    ).toBe("đổi thời gian việc 5.1 (mục 2.2) từ 01–10/5/2026 sang 01–12/5/2026");
  });

  it("names a clone's source: as the reader may read it now, else as it was when cloned", () => {
    const after = { source: "clone", sourcePlanId: "p1", sourceTitle: "Kế hoạch Ngày KH&CN năm 2022", sourceNumber: "12/KH-SKHCN" };
    const entry = { action: "create", entityType: "Plan", entityLabel: "kế hoạch", before: null, after };
    expect(describeAudit(entry, { ...ctx, planName: () => "“Kế hoạch Ngày KH&CN 2022 (đã đổi tên)” (số 12/KH-SKHCN)" })).toBe(
      "tạo kế hoạch từ “Kế hoạch Ngày KH&CN 2022 (đã đổi tên)” (số 12/KH-SKHCN)",
    );
    expect(describeAudit(entry, { ...ctx, planName: () => null })).toBe("tạo kế hoạch từ “Kế hoạch Ngày KH&CN năm 2022” (số 12/KH-SKHCN)");
  });

  it("names units instead of ids", () => {
    expect(
      describeAudit(
        { action: "update", entityType: "Activity", entityLabel: "hoạt động 1 (mục 2.1)", before: { supporterIds: ["u2"] }, after: { supporterIds: ["u2", "u3"] } },
        ctx,
      ),
    ).toBe("đổi đơn vị phối hợp hoạt động 1 (mục 2.1) từ Báo Lạng Sơn sang Báo Lạng Sơn; Đài PT&TH tỉnh");
  });

  it("tells transitions with their comment and number", () => {
    expect(describeAudit({ action: "return", entityType: "Plan", entityLabel: "kế hoạch", before: { status: "SUBMITTED" }, after: { status: "RETURNED", comment: "Bổ sung kinh phí" } }, ctx)).toBe(
      "trả lại kế hoạch: “Bổ sung kinh phí” (→ Trả lại)",
    );
    expect(describeAudit({ action: "issue", entityType: "Plan", entityLabel: "kế hoạch", before: { status: "APPROVED" }, after: { status: "ISSUED", number: "05/KH-SKHCN" } }, ctx)).toBe(
      "ban hành kế hoạch, số 05/KH-SKHCN (→ Đã ban hành)",
    );
  });

  it("tells comments and templates", () => {
    expect(describeAudit({ action: "comment", entityType: "Activity", entityLabel: "hoạt động 4 (mục 2.2)", before: null, after: { body: "Đề nghị @QLKH gửi danh sách" } }, ctx)).toBe(
      "trao đổi về hoạt động 4 (mục 2.2): “Đề nghị @QLKH gửi danh sách”",
    );
    expect(describeAudit({ action: "create", entityType: "PlanTemplate", entityLabel: "mẫu “Ngày KH&CN”", before: null, after: { name: "Ngày KH&CN" } }, ctx)).toBe("lưu kế hoạch làm mẫu “Ngày KH&CN”");
    expect(describeAudit({ action: "delete", entityType: "PlanTemplate", entityLabel: "mẫu “Ngày KH&CN”", before: { name: "Ngày KH&CN" }, after: null }, ctx)).toBe("xóa mẫu “Ngày KH&CN”");
  });

  it("tells creations, moves and deletions", () => {
    expect(describeAudit({ action: "create", entityType: "Plan", entityLabel: "kế hoạch", before: null, after: { source: "clone" } }, ctx)).toBe("tạo kế hoạch từ một kế hoạch đã có");
    expect(describeAudit({ action: "create", entityType: "Phase", entityLabel: "giai đoạn 2.3", before: null, after: { title: "Tổng kết", start: "2027-05-20", end: "2027-05-31" } }, ctx)).toBe(
      "thêm giai đoạn 2.3 “Tổng kết” (20–31/5/2027)",
    );
    expect(describeAudit({ action: "move", entityType: "Activity", entityLabel: "hoạt động 3 (mục 2.1)", before: { phase: "2.1" }, after: { phase: "2.2" } }, ctx)).toBe(
      "chuyển hoạt động 3 (mục 2.1) sang mục 2.2",
    );
    expect(describeAudit({ action: "delete", entityType: "Phase", entityLabel: "giai đoạn 2.2", before: { activityCount: 4 }, after: { activitiesDeleted: 4 } }, ctx)).toBe(
      "xóa giai đoạn 2.2 cùng 4 hoạt động",
    );
  });

  it("names the report's sections that were written, and a copy frozen on first read", () => {
    expect(
      describeAudit({ action: "report", entityType: "Plan", entityLabel: "báo cáo kết quả", before: {}, after: { assessment: "Tốt", changed: ["Đánh giá chung", "Nơi nhận"] } }, ctx),
    ).toBe("sửa báo cáo kết quả: Đánh giá chung, Nơi nhận");
    expect(describeAudit({ action: "freeze", entityType: "Plan", entityLabel: "kế hoạch", before: null, after: { backfilled: true } }, ctx)).toBe(
      "giữ bản đã ban hành của kế hoạch (lập từ dữ liệu lúc đọc, vì kế hoạch ban hành trước khi có bản lưu)",
    );
  });
});
