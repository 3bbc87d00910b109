// A second, smaller Lạng Sơn plan drawn from the department's news item of
// 2023: conferences on innovation initiatives in three districts, 15–16/5/2023.
import type { PlanSpec } from "./plan-spec";
import type { LangSonUnits, LangSonUsers } from "./lang-son-2022";

export const PLAN_2023_TITLE =
  "Tổ chức Hội nghị phổ biến sáng kiến và hướng dẫn triển khai, thúc đẩy hoạt động sáng kiến năm 2023 tại các huyện";

export function langSon2023Plan(organizationId: string, u: LangSonUnits, people: LangSonUsers): PlanSpec {
  return {
    organizationId,
    title: PLAN_2023_TITLE,
    year: 2023,
    eventDate: "2023-05-15",
    place: "Lạng Sơn",
    status: "COMPLETED",
    number: 8,
    symbol: "KH-SKHCN",
    issueDate: "2023-04-24",
    draftingUnitId: u.qlcn,
    createdById: people.qlcn,
    createdAt: "2023-04-17T02:00:00.000Z",
    legalBasis: [
      "Căn cứ Nghị quyết số 14/2019/NQ-HĐND ngày 10/12/2019 của HĐND tỉnh quy định nội dung và mức chi thực hiện hoạt động sáng kiến trên địa bàn tỉnh;",
      "Căn cứ Quyết định số 36/2018/QĐ-UBND ngày 19/4/2018 của UBND tỉnh Lạng Sơn quy định về hoạt động sáng kiến trên địa bàn tỉnh Lạng Sơn;",
      "Căn cứ Quyết định số 06/2020/QĐ-UBND ngày 12/3/2020 của UBND tỉnh sửa đổi, bổ sung, bãi bỏ một số nội dung của quy định về hoạt động sáng kiến trên địa bàn tỉnh Lạng Sơn.",
    ],
    intro: "Sở Khoa học và Công nghệ xây dựng Kế hoạch tổ chức Hội nghị phổ biến sáng kiến năm 2023 như sau:",
    purposes: [
      "Tiếp tục triển khai các biện pháp thúc đẩy hoạt động sáng kiến trên địa bàn tỉnh; khuyến khích phong trào thi đua lao động sáng tạo.",
      "Tuyên truyền, phổ biến và tổ chức thực hiện các quy định về hoạt động sáng kiến, phổ biến sáng kiến, triển khai áp dụng sáng kiến.",
    ],
    requirements: ["Hội nghị được tổ chức thiết thực, hiệu quả, đúng đối tượng; tiết kiệm."],
    contentItems: [
      "Phổ biến các quy định về hoạt động sáng kiến trên địa bàn tỉnh.",
      "Trao đổi, hướng dẫn quy trình nghiên cứu khoa học, kỹ năng thực hiện hoạt động sáng kiến.",
    ],
    closingText:
      "Trên đây là Kế hoạch tổ chức Hội nghị phổ biến sáng kiến năm 2023, đề nghị các đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện./.",
    recipients: ["Lãnh đạo Sở;", "UBND các huyện Văn Quan, Bình Gia, Bắc Sơn;", "Lưu: VT, QLCN."],
    signerAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "Hoàng Văn Tuấn",
    reviews: [
      { at: "2023-04-18T03:00:00.000Z", by: people.qlcn, from: "DRAFT", to: "SUBMITTED" },
      { at: "2023-04-20T02:00:00.000Z", by: people.lanhdao, from: "SUBMITTED", to: "RETURNED", comment: "Bổ sung thành phần tham dự của Phòng Giáo dục và Đào tạo các huyện." },
      { at: "2023-04-21T03:00:00.000Z", by: people.qlcn, from: "RETURNED", to: "SUBMITTED" },
      { at: "2023-04-24T01:30:00.000Z", by: people.lanhdao, from: "SUBMITTED", to: "APPROVED" },
      { at: "2023-04-24T02:00:00.000Z", by: people.lanhdao, from: "APPROVED", to: "ISSUED" },
      { at: "2023-05-31T02:00:00.000Z", by: people.lanhdao, from: "ISSUED", to: "COMPLETED" },
    ],
    phases: [
      {
        title: "Chuẩn bị Hội nghị",
        start: "2023-05-02",
        end: "2023-05-12",
        activities: [
          {
            content: "Xây dựng tài liệu phổ biến các quy định về hoạt động sáng kiến.",
            lead: u.qlcn,
            updates: [{ at: "2023-05-10T03:00:00.000Z", by: people.qlcn, status: "DONE", result: "Hoàn thành tài liệu hội nghị." }],
          },
          {
            content: "Gửi giấy mời, phối hợp với UBND các huyện chuẩn bị hội trường và thành phần tham dự.",
            lead: u.vanPhong,
            supporters: [u.qlcn],
            updates: [{ at: "2023-05-12T03:00:00.000Z", by: people.vanphong, status: "DONE", result: "Đã gửi giấy mời tới 03 huyện." }],
          },
        ],
      },
      {
        title: "Tổ chức Hội nghị tại các huyện Văn Quan, Bình Gia và Bắc Sơn",
        start: "2023-05-15",
        end: "2023-05-16",
        activities: [
          {
            content: "Tổ chức Hội nghị phổ biến sáng kiến tại các huyện Văn Quan, Bình Gia và Bắc Sơn.",
            lead: u.qlcn,
            supporters: [u.vanPhong],
            updates: [
              {
                at: "2023-05-16T10:00:00.000Z",
                by: people.qlcn,
                status: "DONE",
                actualStart: "2023-05-15",
                actualEnd: "2023-05-16",
                result:
                  "Tổ chức 03 hội nghị tại Văn Quan, Bình Gia và Bắc Sơn; trên 400 đại biểu là hiệu trưởng, hiệu phó, giáo viên các trường Mầm non, Tiểu học, THCS tham dự.",
                figures: [
                  { label: "Số người tham dự", value: "400" },
                  { label: "Số hội nghị", value: "3" },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
