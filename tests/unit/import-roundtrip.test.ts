// A plan exported by Kehoach (lib/documents/format.ts writes the windows and the
// sub-task lines) must import back as the same plan: here as the blocks the
// DOCX export gives, header and signature in layout tables.
import { describe, expect, it } from "vitest";
import { parsePlan, toSnapshot, type Block, type Cell } from "@/lib/documents/import";
import type { ActivitySnapshot, PlanSnapshot } from "@/lib/plans/snapshot";
import { documentWindow, phaseHeading, subTaskLine } from "@/lib/documents/format";
import { LANG_SON_UNITS } from "@/prisma/seed/demo";

const units = LANG_SON_UNITS.map((unit) => ({ id: unit.key, name: unit.name, shortName: unit.shortName, kind: unit.kind }));
const unit = (id: string) => units.find((u) => u.id === id)!;
const p = (text: string): Block => ({ kind: "paragraph", text });
const table = (...rows: Cell[][]): Block => ({ kind: "table", rows });
const HEADER: Cell[] = [["Stt"], ["Nội dung"], ["Đơn vị chủ trì"], ["Đơn vị phối hợp"], ["Thời gian"], ["Ghi chú"]];
const TRUNG_TAM = "Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm";

const exported: Block[] = [
  table([["UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 12/KH-SKHCN"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 03 tháng 5 năm 2022"]]),
  p("KẾ HOẠCH"),
  p("Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022"),
  p("Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 của Văn phòng UBND tỉnh."),
  p("Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:"),
  p("I. MỤC ĐÍCH, YÊU CẦU"),
  p("1. Mục đích:"),
  p("- Tôn vinh các nhà khoa học."),
  p("- Tuyên truyền các thành tựu KH&CN."),
  p("2. Yêu cầu:"),
  p("- Thiết thực, tiết kiệm."),
  p("- Ứng dụng công nghệ thông tin."),
  p("II. CHỦ ĐỀ VÀ CÁC KHẨU HIỆU TUYÊN TRUYỀN"),
  p("1. Chủ đề: “Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi”."),
  p("2. Khẩu hiệu:"),
  p("- “Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5”"),
  p("- “Khoa học và công nghệ là quốc sách hàng đầu”"),
  p("III. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC"),
  p("1. Nội dung"),
  p("- Tuyên truyền về Ngày KH&CN Việt Nam."),
  p("2. Hình thức và phân công tổ chức thực hiện"),
  p("2.1. Chuẩn bị (từ ngày 28/4 đến ngày 05/5/2022)"),
  table(HEADER, [
    ["1"],
    ["Xây dựng kế hoạch chi tiết", "- Dự thảo kế hoạch", "- Lấy ý kiến các phòng"],
    ["Văn phòng Sở"],
    ["Phòng Quản lý khoa học", "Phòng Quản lý công nghệ và đổi mới sáng tạo"],
    ["28/4-02/5/2022"],
    ["Trình Lãnh đạo Sở trước 03/5"],
  ]),
  p("2.2. Tuần lễ trọng tâm (từ ngày 14-19/5/2022)"),
  table(
    HEADER,
    [
      ["1"],
      [
        "Tổ chức Hội thảo khoa học",
        "- Gửi giấy mời (chủ trì: Văn phòng Sở)",
        "- Chuẩn bị tham luận (chủ trì: Phòng Quản lý khoa học; phối hợp: Các phòng chuyên môn, đơn vị trực thuộc Sở; Chi cục Tiêu chuẩn Đo lường Chất lượng; thời gian: 16/5/2022)",
        "- Làm video phóng sự (chủ trì: Đài Phát thanh và Truyền hình tỉnh; thời gian: 14-17/5/2022; ghi chú: Thời lượng 15 phút; phát tại Hội thảo)",
      ],
      ["Văn phòng Sở"],
      ["Phòng Quản lý khoa học", "Đài Phát thanh và Truyền hình tỉnh"],
      ["14-19/5/2022"],
      ["Dự kiến tổ chức ngày 18/5/2022"],
    ],
    [["2"], ["Treo băng rôn, khẩu hiệu"], [TRUNG_TAM], [], ["18/5/2022"], []],
  ),
  p("Trên đây là kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022./."),
  table([["Nơi nhận:", "- Lãnh đạo Sở;", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Bình"]]),
];

const activity = (a: Pick<ActivitySnapshot, "content" | "leadUnitId" | "start" | "end"> & Partial<ActivitySnapshot>): ActivitySnapshot => ({
  description: "",
  supporterIds: [],
  note: "",
  subTasks: [],
  ...a,
});

const expected: PlanSnapshot = {
  title: "Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022",
  year: 2022,
  eventDate: "2022-05-18",
  place: "Lạng Sơn",
  legalBasis: ["Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 của Văn phòng UBND tỉnh."],
  intro: "Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:",
  purposes: ["Tôn vinh các nhà khoa học.", "Tuyên truyền các thành tựu KH&CN."],
  requirements: ["Thiết thực, tiết kiệm.", "Ứng dụng công nghệ thông tin."],
  theme: "Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi",
  slogans: ["Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5", "Khoa học và công nghệ là quốc sách hàng đầu"],
  contentItems: ["Tuyên truyền về Ngày KH&CN Việt Nam."],
  closingText: "Trên đây là kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022./.",
  recipients: ["Lãnh đạo Sở;", "Lưu: VT, VP."],
  signerAuthority: "KT. GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
  signerName: "Hoàng Văn Bình",
  phases: [
    {
      title: "Chuẩn bị",
      start: "2022-04-28",
      end: "2022-05-05",
      activities: [
        activity({
          content: "Xây dựng kế hoạch chi tiết\n- Dự thảo kế hoạch\n- Lấy ý kiến các phòng",
          leadUnitId: "vanPhong",
          supporterIds: ["qlkh", "qlcn"],
          start: "2022-04-28",
          end: "2022-05-02",
          note: "Trình Lãnh đạo Sở trước 03/5",
        }),
      ],
    },
    {
      title: "Tuần lễ trọng tâm",
      start: "2022-05-14",
      end: "2022-05-19",
      activities: [
        activity({
          content: "Tổ chức Hội thảo khoa học",
          leadUnitId: "vanPhong",
          supporterIds: ["qlkh", "dai"],
          start: "2022-05-14",
          end: "2022-05-19",
          note: "Dự kiến tổ chức ngày 18/5/2022",
          subTasks: [
            activity({ content: "Gửi giấy mời", leadUnitId: "vanPhong", start: "2022-05-14", end: "2022-05-19" }),
            activity({ content: "Chuẩn bị tham luận", leadUnitId: "qlkh", supporterIds: ["cacPhong", "chiCuc"], start: "2022-05-16", end: "2022-05-16" }),
            activity({ content: "Làm video phóng sự", leadUnitId: "dai", start: "2022-05-14", end: "2022-05-17", note: "Thời lượng 15 phút; phát tại Hội thảo" }),
          ],
        }),
        activity({ content: "Treo băng rôn, khẩu hiệu", leadUnitId: "trungTam", start: "2022-05-18", end: "2022-05-18" }),
      ],
    },
  ],
};

describe("a plan in Kehoach's own export layout", () => {
  it("imports back as the same plan, with nothing unmatched or skipped", () => {
    const result = parsePlan(exported, { units });
    expect([result.problems, result.unmatched, result.plan.number, result.plan.issueDate]).toEqual([[], [], 12, "2022-05-03"]);
    expect(toSnapshot(result, {})).toEqual(expected);
  });

  it("reads back the windows, headings and sub-task lines the export writes", () => {
    const parent = { start: "2022-05-14", end: "2022-05-19" };
    const sub = {
      content: "Chuẩn bị tham luận; gửi Ban tổ chức",
      leadUnit: unit("qlkh"),
      supporters: [unit("cacPhong"), unit("trungTam")],
      start: "2022-05-16",
      end: "2022-05-17",
      note: "Mỗi phòng một bài",
    };
    const lines: Cell[][] = [
      HEADER,
      [["1"], ["Tổ chức Hội thảo", subTaskLine(sub, parent)], ["Văn phòng Sở"], [], [documentWindow(parent.start, parent.end)], []],
      [["2"], ["Tổng kết"], ["Văn phòng Sở"], [], [documentWindow("2022-12-28", "2023-01-05")], []],
    ];
    const result = parsePlan(
      [p("KẾ HOẠCH"), p("Tổng kết năm 2022"), p("III. NỘI DUNG"), p(phaseHeading({ code: "2.1", title: "Cuối năm", start: "2022-04-28", end: "2023-01-05" })), table(...lines)],
      { units },
    );
    expect(result.problems).toEqual([]);
    const [phase] = result.plan.phases;
    expect([phase!.title, phase!.start, phase!.end]).toEqual(["Cuối năm", "2022-04-28", "2023-01-05"]);
    const [workshop, closing] = phase!.activities;
    expect([closing!.start, closing!.end]).toEqual(["2022-12-28", "2023-01-05"]);
    const [read] = workshop!.subTasks;
    expect([read!.content, read!.lead?.unitId, read!.supporters.map((s) => s.unitId), read!.start, read!.end, read!.note]).toEqual([
      sub.content,
      "qlkh",
      ["cacPhong", "trungTam"],
      sub.start,
      sub.end,
      sub.note,
    ]);
  });
});
