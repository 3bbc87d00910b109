// Table shapes of real plans read as a reader reads them (issue 14 §3, corpus
// documents that did not match): each case is the shape alone, in a few rows.
import { describe, expect, it } from "vitest";
import { readActivityTable, type ActivityContext } from "@/lib/documents/import/activities";
import { parseTiming } from "@/lib/documents/import/windows";
import type { ImportProblem } from "@/lib/documents/import";

const units = [
  { id: "vp", name: "Văn phòng Sở", shortName: "Văn phòng Sở", kind: "INTERNAL" as const },
  { id: "qlcn", name: "Phòng Quản lý công nghệ và Đổi mới sáng tạo", shortName: "Phòng QLCN&ĐMST", kind: "INTERNAL" as const },
];

function context(): ActivityContext & { problems: ImportProblem[] } {
  return { units, year: 2025, phase: { start: "2025-04-15", end: "2025-05-31" }, phaseCode: "1", from: "2025-04-08", problems: [] };
}

describe("an activity table", () => {
  it("with Stt as Word numbering (empty in every row) and a lead merged down: one activity a row", () => {
    const rows = [
      [["Stt"], ["Nội dung"], ["Đơn vị chủ trì"], ["Đơn vị phối hợp"], ["Thời gian"]],
      [[], ["Thiết kế bộ nhận diện"], ["Văn phòng Sở"], [], ["15/4 – 20/4/2025"]],
      [[], ["Tuyên truyền trên các nền tảng số"], [], ["Phòng QLCN&ĐMST"], ["15/4 – 30/4/2025"]],
      [[], ["Gửi tin nhắn tuyên truyền"], ["Phòng QLCN&ĐMST"], [], ["25/4 – 30/4/2025"]],
    ];
    const activities = readActivityTable(rows, context());
    expect(activities.map((activity) => [activity.content, activity.lead?.unitId, activity.start, activity.end])).toEqual([
      ["Thiết kế bộ nhận diện", "vp", "2025-04-15", "2025-04-20"],
      ["Tuyên truyền trên các nền tảng số", "vp", "2025-04-15", "2025-04-30"],
      ["Gửi tin nhắn tuyên truyền", "qlcn", "2025-04-25", "2025-04-30"],
    ]);
  });

  it("with Stt written: a row without a number and without a unit still continues the row above (page break)", () => {
    const rows = [
      [["Stt"], ["Nội dung"], ["Đơn vị chủ trì"], ["Thời gian"]],
      [["1"], ["Thiết kế bộ nhận diện"], ["Văn phòng Sở"], ["15/4/2025"]],
      [[], ["và khẩu hiệu"], [], []],
      [["2"], ["Gửi tin nhắn"], ["Phòng QLCN&ĐMST"], ["16/4/2025"]],
    ];
    expect(readActivityTable(rows, context()).map((activity) => activity.content)).toEqual(["Thiết kế bộ nhận diện và khẩu hiệu", "Gửi tin nhắn"]);
  });

  it("with one row per commune and no Nội dung column: each row is the event at its place, the lead merged down all rows", () => {
    const rows = [
      [["TT"], ["Địa điểm tổ chức"], ["Thời gian"], ["Thành phần tham dự"], ["Đơn vị chủ trì"], ["Đơn vị phối hợp"]],
      [["1"], ["Xã Hoàng Văn Thụ, huyện Văn Quan"], ["Sáng 09/10/2024"], ["Cán bộ xã (khoảng 60 người)"], ["Phòng QLCN&ĐMST"], ["UBND xã Hoàng Văn Thụ"]],
      [["2"], ["Xã Tân Văn, huyện Bình Gia"], ["Chiều 09/10/2024"], ["Cán bộ xã (khoảng 40 người)"], [], ["UBND xã Tân Văn"]],
    ];
    const activities = readActivityTable(rows, { ...context(), year: 2024, phase: null });
    expect(activities.map((activity) => [activity.content, activity.lead?.unitId, activity.supporters.map((unit) => unit.text), activity.start, activity.end, activity.note])).toEqual([
      ["Xã Hoàng Văn Thụ, huyện Văn Quan", "qlcn", ["UBND xã Hoàng Văn Thụ"], "2024-10-09", "2024-10-09", "Cán bộ xã (khoảng 60 người)"],
      ["Xã Tân Văn, huyện Bình Gia", "qlcn", ["UBND xã Tân Văn"], "2024-10-09", "2024-10-09", "Cán bộ xã (khoảng 40 người)"],
    ]);
  });

  it("with a prize-money row: the row is a cost of the activity above, kept in its note, not an activity", () => {
    const rows = [
      [["TT"], ["Nội dung công việc"], ["Đơn vị chủ trì"], ["Thời gian"], ["Kinh phí (đồng)"], ["Ghi chú"]],
      [["1"], ["Tổ chức Lễ tổng kết, trao giải"], ["Phòng QLCN&ĐMST"], ["Tháng 5/2025"], ["36.000.000"], []],
      [["2"], ["Giải thưởng: 01 giải Nhất, 02 giải Nhì"], ["Ban Tổ chức Cuộc thi"], ["Tháng 5/2025"], ["70.000.000"], ["Mức giải theo Thể lệ"]],
    ];
    const ctx = context();
    const activities = readActivityTable(rows, ctx);
    expect(activities.map((activity) => [activity.content, activity.cost])).toEqual([["Tổ chức Lễ tổng kết, trao giải", 36_000_000]]);
    expect(activities[0]!.note).toBe("Giải thưởng: 01 giải Nhất, 02 giải Nhì — 70.000.000 — Mức giải theo Thể lệ");
    expect(ctx.problems.map((problem) => problem.message)).toContainEqual(expect.stringContaining("là một khoản kinh phí, không phải hoạt động"));
  });

  it("with a deadline counted from the event: “Sau Hội thảo 05 ngày làm việc” after Thursday 27/7/2023 is Thursday 03/8", () => {
    const rows = [
      [["TT"], ["Nhiệm vụ"], ["Đơn vị thực hiện"], ["Thời hạn hoàn thành"]],
      [["1"], ["Xây dựng báo cáo kết quả Hội thảo"], ["Phòng QLCN&ĐMST"], ["Sau Hội thảo 05 ngày làm việc"]],
    ];
    const ctx = { ...context(), year: 2023, phase: null, from: "2023-07-04", event: "2023-07-27" };
    const [activity] = readActivityTable(rows, ctx);
    expect([activity!.start, activity!.end, activity!.timing]).toEqual(["2023-07-04", "2023-08-03", { kind: "deadline", text: "Sau Hội thảo 05 ngày làm việc" }]);
  });
});

describe("parseTiming counted from the event", () => {
  it.each([
    ["Sau Hội thảo 05 ngày làm việc", "2023-08-03"],
    ["Sau hội nghị 10 ngày", "2023-08-06"],
    ["Chậm nhất sau khi kết thúc Hội thảo 03 ngày làm việc", "2023-08-01"],
  ])("%s → %s", (text, end) => {
    expect(parseTiming(text, { year: 2023, from: "2023-07-04", event: "2023-07-27" })).toEqual({ window: { start: "2023-07-04", end }, kind: "deadline" });
  });

  it("without the event's day it does not guess", () => {
    expect(parseTiming("Sau Hội thảo 05 ngày làm việc", { year: 2023, from: "2023-07-04", event: null })).toBeNull();
  });
});

describe("a plan whose activity table has a numbered caption and no window", () => {
  const text = [
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "Số: 15/KH-SKHCN",
    "Lạng Sơn, ngày 10 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Phát động phong trào thi đua năm 2024",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Động viên công chức, viên chức.",
    "IV. THỜI GIAN VÀ CÁC MỐC TỔ CHỨC",
    "1. Thời gian thi đua: từ ngày 22/01/2024 đến ngày 30/11/2024.",
    "2. Các mốc tổ chức:",
    "TT\tNội dung\tĐơn vị thực hiện\tThời gian",
    "1\tPhát động phong trào thi đua\tVăn phòng Sở\tTháng 01/2024",
    "2\tSơ kết đợt thi đua cao điểm\tHội đồng Thi đua – Khen thưởng Sở\tTrước ngày 15/3/2024",
    "Trên đây là Kế hoạch phát động phong trào thi đua năm 2024.",
  ].join("\n");

  it("takes the caption as the phase, with its number", async () => {
    const { blocksFromText, parsePlan } = await import("@/lib/documents/import");
    const result = parsePlan(blocksFromText(text), { units });
    expect(result.plan.phases.map((phase) => [phase.code, phase.title])).toEqual([["2", "Các mốc tổ chức"]]);
  });

  it("keeps a unit's name whole across its dash (“Hội đồng Thi đua – Khen thưởng Sở”)", async () => {
    const { blocksFromText, parsePlan } = await import("@/lib/documents/import");
    const result = parsePlan(blocksFromText(text), { units });
    expect(result.plan.phases.flatMap((phase) => phase.activities).map((activity) => activity.lead?.text)).toEqual(["Văn phòng Sở", "Hội đồng Thi đua – Khen thưởng Sở"]);
  });
});

describe("a unit cell", () => {
  it("written as a list on one line (“- A - B”) is still split at its dashes", async () => {
    const { readUnitCell } = await import("@/lib/documents/import/unit-cells");
    const entries = readUnitCell(["- Văn phòng Sở - Phòng QLCN&ĐMST"], units);
    expect(entries.map((entry) => (entry.kind === "unit" ? entry.mention.unitId : null))).toEqual(["vp", "qlcn"]);
  });
});

describe("a PDF copy", () => {
  it("with the page number between the halves of a table and its header repeated: one table, the split row joined", async () => {
    const { itemsOf } = await import("@/lib/documents/import/stream");
    const header = [["TT"], ["Nội dung"], ["Đơn vị chủ trì"], ["Thời gian"]];
    const items = itemsOf([
      { kind: "table", rows: [header, [["1"], ["Cập nhật tin, bài"], ["Văn phòng Sở"], ["Tháng 3/2024"]], [["2"], ["Đưa tin về các hoạt động ứng dụng"], ["Văn phòng Sở"], ["Tháng 4/2024"]]] },
      { kind: "paragraph", text: "2" },
      { kind: "table", rows: [header, [[], ["vào sản xuất và đời sống"], [], []], [["3"], ["Tập huấn viết tin"], ["Văn phòng Sở"], ["Quý II/2024"]]] },
    ]);
    expect(items.map((item) => item.kind)).toEqual(["table"]);
    const activities = readActivityTable(items[0]!.kind === "table" ? items[0]!.rows : [], { ...context(), year: 2024, phase: null });
    expect(activities.map((activity) => activity.content)).toEqual(["Cập nhật tin, bài", "Đưa tin về các hoạt động ứng dụng vào sản xuất và đời sống", "Tập huấn viết tin"]);
  });
});
