// Plans written differently from the 2022 one: other header wordings, column
// orders, window phrasings, abbreviations, a numbered plan signed "KT.".
import { describe, expect, it } from "vitest";
import { blocksFromText, parsePlan, type Block, type ParsedActivity, type UnitMention } from "@/lib/documents/import";
import { LANG_SON_UNITS } from "@/prisma/seed/demo";

const units = LANG_SON_UNITS.map((unit) => ({ id: unit.key, name: unit.name, shortName: unit.shortName, kind: unit.kind }));
const read = (lines: string[]) => parsePlan(blocksFromText(lines.join("\n")), { units });
const ids = (mentions: UnitMention[]) => mentions.map((mention) => mention.unitId);
const row = (a: ParsedActivity) => [a.content, a.lead?.unitId, ids(a.supporters), a.start, a.end, a.note];

describe("a numbered plan with a Thời gian column, abbreviations and a KT. signer", () => {
  const result = read([
    "UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 15/KH-SKHCN\tLạng Sơn, ngày 22 tháng 4 năm 2023",
    "",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động hưởng ứng Ngày KH&CN Việt Nam năm 2023",
    "",
    "Căn cứ Quyết định số 123/QĐ-UBND ngày 01/3/2023 của UBND tỉnh;",
    "Thực hiện Văn bản số 45/BKHCN-VP ngày 10/4/2023 của Bộ Khoa học và Công nghệ;",
    "Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Lan tỏa các thành tựu KH&CN của tỉnh.",
    "- Tôn vinh đội ngũ trí thức.",
    "2. Yêu cầu",
    "- Tổ chức thiết thực, tiết kiệm.",
    "- Bảo đảm an toàn.",
    "II. CHỦ ĐỀ, KHẨU HIỆU",
    '1. Chủ đề: "Khoa học và công nghệ – động lực phát triển".',
    "2. Khẩu hiệu:",
    '- "Khoa học và công nghệ là quốc sách hàng đầu!"',
    "- “Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5”.",
    "III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC",
    "1. Nội dung:",
    "- Tuyên truyền về Ngày KH&CN Việt Nam.",
    "2. Phân công thực hiện",
    "2.1. Các hoạt động tuyên truyền (từ 04/5 đến 19/5/2023)",
    "TT\tNội dung\tCơ quan chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tGhi chú",
    "1\tViết tin, bài trên trang thông tin điện tử của Sở\tPhòng QLCN và ĐMST\tVP Sở, Đài phát thanh và truyền hình (tỉnh)\t04-12/5\t",
    "2\tTreo băng rôn, khẩu hiệu\tVăn phòng Sở\tChi cục TCĐLCL.\tTrước 10/5/2023\t",
    "3\tTọa đàm với doanh nghiệp\tPhòng QLKH\tChi cục TĐC; Trung tâm ƯD&PTKHCN\t18/5/2023\tMời Lãnh đạo UBND tỉnh dự",
    "2.2. Kiểm tra đo lường tại chợ (tháng 5/2023)",
    "TT\tNội dung\tCơ quan chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tGhi chú",
    "1\tKiểm tra cân tại các chợ\tChi cục TĐC\t\tTháng 5/2023\t",
    "",
    "Trên đây là Kế hoạch tổ chức các hoạt động hưởng ứng Ngày KH&CN Việt Nam năm 2023./.",
    "",
    "Nơi nhận:\tKT. GIÁM ĐỐC",
    "- Bộ KH&CN (b/c);\tPHÓ GIÁM ĐỐC",
    "- UBND tỉnh (b/c);\t",
    "- Lưu: VT.\tBế Văn Hùng",
  ]);

  it("reads the header tables and the signature table column by column", () => {
    const { plan } = result;
    expect([plan.number, plan.symbol, plan.place, plan.issueDate, plan.year, plan.eventDate]).toEqual([15, "KH-SKHCN", "Lạng Sơn", "2023-04-22", 2023, "2023-05-18"]);
    expect(plan.recipients).toEqual(["Bộ KH&CN (b/c);", "UBND tỉnh (b/c);", "Lưu: VT."]);
    expect([plan.signerAuthority, plan.signerTitle, plan.signerName]).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bế Văn Hùng"]);
  });

  it("reads the texts: legal basis, requirements as a list, quoted theme and slogans", () => {
    const { plan } = result;
    expect(plan.title).toBe("Tổ chức các hoạt động hưởng ứng Ngày KH&CN Việt Nam năm 2023");
    expect(plan.legalBasis).toHaveLength(2);
    expect(plan.intro).toBe("Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:");
    expect(plan.requirements).toEqual(["Tổ chức thiết thực, tiết kiệm.", "Bảo đảm an toàn."]);
    expect(plan.theme).toBe("Khoa học và công nghệ – động lực phát triển");
    expect(plan.slogans).toEqual(["Khoa học và công nghệ là quốc sách hàng đầu!", "Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5"]);
    expect(plan.contentItems).toEqual(["Tuyên truyền về Ngày KH&CN Việt Nam."]);
    expect(plan.closingText).toMatch(/^Trên đây là Kế hoạch/);
  });

  it("takes windows from the Thời gian column, the phase's year and a whole month", () => {
    const [first, second] = result.plan.phases;
    expect([first!.title, first!.start, first!.end]).toEqual(["Các hoạt động tuyên truyền", "2023-05-04", "2023-05-19"]);
    expect(first!.activities.map(row)).toEqual([
      ["Viết tin, bài trên trang thông tin điện tử của Sở", "qlcn", ["vanPhong", "dai"], "2023-05-04", "2023-05-12", ""],
      ["Treo băng rôn, khẩu hiệu", "vanPhong", ["chiCuc"], "2023-05-04", "2023-05-10", ""],
      ["Tọa đàm với doanh nghiệp", "qlkh", ["chiCuc", "trungTam"], "2023-05-18", "2023-05-18", "Mời Lãnh đạo UBND tỉnh dự"],
    ]);
    expect([second!.title, second!.start, second!.end]).toEqual(["Kiểm tra đo lường tại chợ", "2023-05-01", "2023-05-31"]);
    expect(second!.activities.map(row)).toEqual([["Kiểm tra cân tại các chợ", "chiCuc", [], "2023-05-01", "2023-05-31", ""]]);
    expect(result.problems).toEqual([]);
    expect(result.usable).toBe(true);
  });
});

describe("other column orders and window phrasings", () => {
  const result = read([
    "Số: 07/KH-SKHCN",
    "Lạng Sơn, ngày 05 tháng 4 năm 2024",
    "KẾ HOẠCH",
    "Hưởng ứng Tuần lễ Đổi mới sáng tạo năm 2024",
    "",
    "Thực hiện Kế hoạch số 20/KH-UBND ngày 01/3/2024 của UBND tỉnh, Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích: Khơi dậy tinh thần đổi mới sáng tạo.",
    "2. Yêu cầu: Thiết thực, hiệu quả.",
    "II. NỘI DUNG VÀ HÌNH THỨC",
    "2. Hình thức tổ chức",
    "2.1. Chuẩn bị (từ ngày 28/4 đến ngày 05/5/2024)",
    "Stt\tNội dung\tThời gian\tĐơn vị chủ trì\tĐơn vị phối hợp\tGhi chú",
    "1\tXây dựng kế hoạch chi tiết\t28/4-02/5\tVăn phòng Sở\t\t",
    "2\tChuẩn bị tài liệu, ấn phẩm và\tCả tuần\tTrung tâm ƯD&PTKHCN\tPhòng QLKH\t",
    "\tbăng rôn tuyên truyền\t\t\t\t",
    "2.2. Tuần lễ chính: 06/5/2024 – 12/5/2024",
    "Stt\tNội dung\tThời gian\tĐơn vị chủ trì\tĐơn vị phối hợp\tGhi chú",
    "1.\tTriển lãm sản phẩm đổi mới sáng tạo\t06-08/5\tPhòng QLCN&ĐMST\tCác phòng chuyên môn, các đơn vị trực thuộc Sở\t",
    "2.3. Tổng kết (25/4/2024 - 10/5/2024)",
    "Stt\tNội dung\tĐơn vị chủ trì\tThời gian",
    "1\tBáo cáo kết quả\tPhòng Quản lý khoa học\tTrước 30/4",
    "2.4. Rút kinh nghiệm (từ 13/5 đến 20/5)",
    "Stt\tNội dung\tĐơn vị chủ trì",
    "1\tHọp rút kinh nghiệm\tVăn phòng Sở",
  ]);

  it("reads an introduction that is also the legal basis, and inline purposes", () => {
    const { plan } = result;
    expect(plan.legalBasis).toEqual([]);
    expect(plan.intro).toMatch(/^Thực hiện Kế hoạch số 20\/KH-UBND .* như sau:$/);
    expect([plan.purposes, plan.requirements]).toEqual([["Khơi dậy tinh thần đổi mới sáng tạo."], ["Thiết thực, hiệu quả."]]);
    expect(plan.eventDate).toBeNull();
  });

  it("reads windows across months, after a colon, with full dates and without a year", () => {
    expect(result.plan.phases.map((p) => [p.code, p.title, p.start, p.end])).toEqual([
      ["2.1", "Chuẩn bị", "2024-04-28", "2024-05-05"],
      ["2.2", "Tuần lễ chính", "2024-05-06", "2024-05-12"],
      ["2.3", "Tổng kết", "2024-04-25", "2024-05-10"],
      ["2.4", "Rút kinh nghiệm", "2024-05-13", "2024-05-20"],
    ]);
  });

  it("joins a row split across pages and falls back to the phase's window when the time is unreadable", () => {
    const [first, second, third] = result.plan.phases;
    expect(first!.activities.map(row)).toEqual([
      ["Xây dựng kế hoạch chi tiết", "vanPhong", [], "2024-04-28", "2024-05-02", ""],
      ["Chuẩn bị tài liệu, ấn phẩm và băng rôn tuyên truyền", "trungTam", ["qlkh"], "2024-04-28", "2024-05-05", ""],
    ]);
    expect(second!.activities.map(row)).toEqual([["Triển lãm sản phẩm đổi mới sáng tạo", "qlcn", ["cacPhong"], "2024-05-06", "2024-05-08", ""]]);
    expect(third!.activities.map(row)).toEqual([["Báo cáo kết quả", "qlkh", [], "2024-04-25", "2024-04-30", ""]]);
    expect(result.problems).toEqual([{ severity: "warning", message: "Không đọc được thời gian “Cả tuần” ở hoạt động 2 giai đoạn 2.1; lấy thời gian của giai đoạn." }]);
    expect(result.usable).toBe(true);
  });
});

describe("a plan where one column names who does what", () => {
  const result = read([
    "Lạng Sơn, ngày 10 tháng 11 năm 2023",
    "KẾ HOẠCH Tổ chức Hội nghị tổng kết hoạt động sáng kiến",
    "III. TỔ CHỨC THỰC HIỆN",
    "1.1. Chuẩn bị Hội nghị (từ 01/12 đến 14/12)",
    "TT\tNội dung công việc\tĐơn vị, bộ phận thực hiện\tGhi chú",
    "1\tChuẩn bị báo cáo tổng kết\tVăn phòng Sở; Phòng QLKH (chủ trì)\t",
    "2\tTổ chức Hội nghị\t- VP Sở chủ trì chuẩn bị hội trường. - Chi cục TĐC phối hợp với Đài PT&TH tỉnh và các cơ quan liên quan đưa tin.\tTại hội trường Sở",
  ]);

  it("takes the unit marked “(chủ trì)” as the lead", () => {
    expect(row(result.plan.phases[0]!.activities[0]!)).toEqual(["Chuẩn bị báo cáo tổng kết", "qlkh", ["vanPhong"], "2023-12-01", "2023-12-14", ""]);
  });

  it("reads sub-tasks; a group helping one sub-task is not a supporter of the whole activity", () => {
    const meeting = result.plan.phases[0]!.activities[1]!;
    expect(row(meeting)).toEqual(["Tổ chức Hội nghị", "vanPhong", ["chiCuc", "dai"], "2023-12-01", "2023-12-14", "Tại hội trường Sở"]);
    expect(meeting.subTasks.map((s) => [s.content, s.lead?.unitId, ids(s.supporters)])).toEqual([
      ["Chuẩn bị hội trường.", "vanPhong", []],
      ["Phối hợp với Đài PT&TH tỉnh và các cơ quan liên quan đưa tin.", "chiCuc", ["dai", "coQuanLienQuan"]],
    ]);
  });

  it("reads a title on the KẾ HOẠCH line and the year from the date line", () => {
    expect([result.plan.title, result.plan.year, result.usable]).toEqual(["Tổ chức Hội nghị tổng kết hoạt động sáng kiến", 2023, true]);
  });
});

describe("a DOCX whose list numbering did not come through, with sub-tasks as rows", () => {
  const p = (text: string): Block => ({ kind: "paragraph", text });
  const header = [["STT"], ["Nội dung hoạt động"], ["Đơn vị (bộ phận) chủ trì"], ["Đơn vị (bộ phận) phối hợp"]];
  const result = parsePlan(
    [
      p("Kế hoạch"),
      p("Tuyên truyền Ngày KH&CN Việt Nam năm 2022"),
      p("III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC"),
      p("Nội dung"),
      p("- Tuyên truyền về Ngày KH&CN."),
      p("Hình thức và phân công tổ chức thực hiện"),
      p("Hoạt động trước Ngày KH&CN (từ ngày 03-14/5/2022)"),
      {
        kind: "table",
        rows: [
          header,
          [["1"], ["Viết tin, bài"], ["Phòng QLCN&ĐMST"], ["Báo Lạng Sơn"]],
          [["2"], ["Tổ chức Hội thảo"], ["Văn phòng Sở"], []],
          [["2.1"], ["Xây dựng kế hoạch"], ["Văn phòng Sở"], []],
          [["2.2"], ["Chuẩn bị tham luận"], ["Phòng QLKH"], ["Các phòng chuyên môn, đơn vị trực thuộc Sở"]],
        ],
      },
      p("Tuần lễ trọng tâm (từ ngày 14-19/5/2022)"),
      { kind: "table", rows: [header, [["1"], ["Treo băng rôn"], ["Văn phòng Sở"], []]] },
    ],
    { units },
  );

  it("takes the line just above each table for the phase heading", () => {
    expect(result.plan.contentItems).toEqual(["Tuyên truyền về Ngày KH&CN."]);
    expect(result.plan.phases.map((phase) => [phase.title, phase.start, phase.end, phase.activities.length])).toEqual([
      ["Hoạt động trước Ngày KH&CN", "2022-05-03", "2022-05-14", 2],
      ["Tuần lễ trọng tâm", "2022-05-14", "2022-05-19", 1],
    ]);
    expect([result.plan.title, result.plan.eventDate, result.usable]).toEqual(["Tuyên truyền Ngày KH&CN Việt Nam năm 2022", "2022-05-18", true]);
  });

  it("puts rows numbered 2.1, 2.2 under row 2", () => {
    const workshop = result.plan.phases[0]!.activities[1]!;
    expect(workshop.subTasks.map((s) => [s.content, s.lead?.unitId, ids(s.supporters)])).toEqual([
      ["Xây dựng kế hoạch", "vanPhong", []],
      ["Chuẩn bị tham luận", "qlkh", ["cacPhong"]],
    ]);
  });

  it("takes a bracketed window read as a content item for the heading of the table under it", () => {
    const bare = parsePlan(
      [
        p("KẾ HOẠCH"),
        p("Tuyên truyền năm 2022"),
        p("III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC"),
        p("- Tuyên truyền về Ngày KH&CN."),
        p("Hoạt động trước Ngày KH&CN (từ ngày 03-14/5/2022)"),
        { kind: "table", rows: [header, [["1"], ["Viết tin, bài"], ["Phòng QLCN&ĐMST"], []]] },
        p("Trên đây là kế hoạch …/."),
        p("Nơi nhận:"),
        p("- Như trên;"),
        p("Giám đốc"),
        p("Nguyễn Thị Hà"),
      ],
      { units },
    );
    expect(bare.plan.contentItems).toEqual(["Tuyên truyền về Ngày KH&CN."]);
    expect(bare.plan.phases.map((phase) => [phase.title, phase.start, phase.end])).toEqual([["Hoạt động trước Ngày KH&CN", "2022-05-03", "2022-05-14"]]);
    expect([bare.plan.recipients, bare.plan.signerTitle, bare.plan.signerName]).toEqual([["Như trên;"], "Giám đốc", "Nguyễn Thị Hà"]);
  });
});
