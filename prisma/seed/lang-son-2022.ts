// The real plan, transcribed from tests/fixtures/ke-hoach-ngay-khcn-2022.txt (the department's text),
// with a run history drawn from the department's news items (the workshop
// planned "dự kiến 18/5/2022" was held on 16/5/2022).
import type { PlanSpec } from "./plan-spec";

export type LangSonUnits = {
  vanPhong: string;
  qlcn: string;
  qlkh: string;
  chiCuc: string;
  trungTam: string;
  baoLangSon: string;
  dai: string;
  cacPhong: string; // nhóm: Các phòng chuyên môn, đơn vị trực thuộc Sở
  coQuanLienQuan: string; // nhóm: Các cơ quan có liên quan
};

export type LangSonUsers = { lanhdao: string; vanphong: string; qlcn: string; qlkh: string; trungtam: string; chicuc: string };

export const PLAN_2022_TITLE = "Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022";

const THEME_2022 = "Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi, phát triển kinh tế- xã hội";

export function langSon2022Plan(organizationId: string, u: LangSonUnits, people: LangSonUsers): PlanSpec {
  return {
    organizationId,
    title: PLAN_2022_TITLE,
    year: 2022,
    eventDate: "2022-05-18",
    place: "Lạng Sơn",
    status: "ISSUED",
    number: 12,
    symbol: "KH-SKHCN",
    issueDate: "2022-05-03",
    draftingUnitId: u.vanPhong,
    createdById: people.vanphong,
    createdAt: "2022-04-29T01:30:00.000Z",
    legalBasis: [
      "Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 của Văn phòng UBND tỉnh về việc tổ chức Ngày KH&CN Việt Nam năm 2022.",
    ],
    intro:
      "Sở Khoa học và Công nghệ xây dựng Kế hoạch triển khai các hoạt động kỷ niệm Ngày KH&CN Việt Nam năm 2022 như sau:",
    purposes: [
      "Tiếp tục biểu dương và tôn vinh những nhà khoa học, đội ngũ cán bộ KH&CN.",
      "Tuyên truyền, phổ biến rộng rãi các thành tựu KH&CN, kết quả hoạt động đổi mới sáng tạo, nâng cao vai trò, vị thế của KH&CN.",
      "Khởi dậy niềm tự hào về trí tuệ Việt Nam, tinh thần đam mê lao động, nghiên cứu khoa học trong các tầng lớp nhân dân, đặc biệt là thế hệ trẻ Việt Nam nhằm góp phần xây dựng và phát triển đội ngũ cán bộ khoa học trong tương lai.",
    ],
    requirements: [
      "Các hoạt động Chào mừng Ngày Khoa học và Công nghệ Việt Nam được tổ chức ý nghĩa, thiết thực, tiết kiệm và hiệu quả. Tăng cường ứng dụng công nghệ thông tin để kết nối, lan tỏa các hoạt động chào mừng Ngày KH&CN Việt Nam năm 2022.",
    ],
    theme: THEME_2022,
    slogans: ["Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5"],
    contentItems: [
      "Tiếp tục tuyên truyền, phổ biến về mục đích, ý nghĩa của Ngày KH&CN Việt Nam; các hoạt động khoa học, công nghệ và đổi mới sáng tạo (KH, CN&ĐMST) trong giai đoạn 2022-2023.",
      "Giới thiệu các chính sách, pháp luật mới được ban hành nhằm phát triển và ứng dụng KH&CN, hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo, nâng cao năng suất dựa trên nền tảng KH, CN&ĐMST; các mục tiêu, định hướng lớn của các chiến lược/Chương trình quốc gia về KH&CN đến năm 2030. Các chính sách KH&CN&ĐMST nhằm đẩy nhanh quá trình phục hồi, phát triển kinh tế xã hội.",
      "Tuyên truyền rộng rãi các thành tựu KH&CN nổi bật, các kết quả nghiên cứu KH&CN thuộc các chương trình KH&CN cấp tỉnh về phát triển tài sản trí tuệ, nâng cao năng suất chất lượng sản phẩm, hàng hóa phục vụ nhiệm vụ đẩy nhanh, phục hồi phát triển kinh tế- xã hội của đất nước.",
    ],
    closingText:
      "Trên đây là kế hoạch triển khai các hoạt động kỷ niệm Ngày khoa học và công nghệ Việt Nam năm 2022, đề nghị các phòng chuyên môn, các đơn vị trực thuộc Sở, căn cứ nhiệm vụ được giao chủ động phối hợp triển khai thực hiện./.",
    recipients: ["Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc Sở;", "Lưu: VT, VP."],
    signerTitle: "GIÁM ĐỐC",
    signerName: "Nguyễn Thị Hà",
    reviews: [
      { at: "2022-04-29T08:00:00.000Z", by: people.vanphong, from: "DRAFT", to: "SUBMITTED" },
      { at: "2022-05-02T02:15:00.000Z", by: people.lanhdao, from: "SUBMITTED", to: "APPROVED", comment: "Đồng ý nội dung kế hoạch." },
      { at: "2022-05-03T01:00:00.000Z", by: people.lanhdao, from: "APPROVED", to: "ISSUED" },
    ],
    phases: [
      {
        title: "Hoạt động chào mừng trước Ngày KH&CN Việt Nam",
        start: "2022-05-03",
        end: "2022-05-14",
        activities: [
          {
            content:
              "Tổ chức các hoạt động thông tin, tuyên truyền phổ biến pháp luật KH&CN, vai trò của KH&CN và hoạt động KH, CN&ĐMST thông qua các hình thức viết tin, bài trên các báo, trang thông tin điện tử.",
            lead: u.qlcn,
            supporters: [u.cacPhong],
            updates: [
              { at: "2022-05-06T09:00:00.000Z", by: people.qlcn, status: "IN_PROGRESS", progress: 40, note: "Đã đăng 5 tin, bài trên Trang thông tin điện tử của Sở." },
              {
                at: "2022-05-14T09:30:00.000Z",
                by: people.qlcn,
                status: "DONE",
                result: "Đăng 12 tin, bài tuyên truyền về Ngày KH&CN Việt Nam và hoạt động KH, CN&ĐMST trên Trang thông tin điện tử của Sở và Báo Lạng Sơn.",
                figures: [{ label: "Số tin, bài", value: "12" }],
              },
            ],
          },
          {
            content:
              "Phối hợp với Báo Lạng Sơn, Đài phát thanh và truyền hình tỉnh thực hiện chuyên mục số đặc biệt chào mừng ngày KH&CN Việt Nam 18/5",
            lead: u.qlcn,
            supporters: [u.baoLangSon, u.dai],
            updates: [
              {
                at: "2022-05-13T03:00:00.000Z",
                by: people.qlcn,
                status: "DONE",
                result: "Báo Lạng Sơn và Đài PT&TH tỉnh đã phát hành, phát sóng chuyên mục đặc biệt chào mừng Ngày KH&CN Việt Nam 18/5.",
                figures: [{ label: "Số chuyên mục", value: "2" }],
              },
            ],
          },
          {
            content:
              "- Tiếp tục tuyên truyền, phổ biến thông tin về “Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Lạng Sơn lần thứ 14, năm 2022”; “Cuộc thi khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2022”\n- Tuyên truyền, đẩy mạnh các hoạt động của Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn",
            lead: u.qlcn,
            supporters: [u.coQuanLienQuan],
            updates: [
              {
                at: "2022-05-10T08:00:00.000Z",
                by: people.qlcn,
                status: "IN_PROGRESS",
                progress: 60,
                note: "Đang tuyên truyền hai cuộc thi trên Trang thông tin điện tử của Sở; chờ số liệu bài dự thi từ các trường.",
              },
            ],
          },
        ],
      },
      {
        title: "Tuần lễ trọng tâm chào mừng Ngày KH&CN Việt Nam",
        start: "2022-05-14",
        end: "2022-05-19",
        activities: [
          {
            content:
              "Treo băng rôn, khẩu hiệu chào mừng Ngày KH&CN Việt Nam với khẩu hiệu nêu tại mục II tại trụ sở cơ quan, đơn vị trực thuộc Sở.",
            lead: u.vanPhong,
            supporters: [u.chiCuc, u.trungTam],
            updates: [
              {
                at: "2022-05-14T02:00:00.000Z",
                by: people.vanphong,
                status: "DONE",
                result: "Đã treo băng rôn, khẩu hiệu tại trụ sở Sở, Chi cục TĐC và Trung tâm.",
                figures: [{ label: "Số băng rôn", value: "6" }],
              },
            ],
          },
          {
            content: "Giới thiệu các thành tựu KH&CN trên thông tin của Sở",
            lead: u.qlcn,
            supporters: [u.cacPhong],
            updates: [
              { at: "2022-05-17T07:00:00.000Z", by: people.qlcn, status: "IN_PROGRESS", progress: 50, note: "Đã giới thiệu 3 kết quả nghiên cứu tiêu biểu; đang tổng hợp thêm từ các phòng." },
            ],
          },
          {
            content: "Tổ chức đón tiếp khách, người dân tham quan các phòng thí nghiệm, các hoạt động nghiên cứu KH&CN",
            lead: u.trungTam,
          },
          {
            content:
              "Tổ chức Hội thảo khoa học với chủ đề “Khoa học, công nghệ và đổi mới sáng tạo – Đẩy nhanh quá trình phục hồi, phát triển kinh tế- xã hội”.",
            lead: u.vanPhong,
            supporters: [u.qlkh, u.qlcn, u.dai],
            note: "Dự kiến tổ chức ngày 18/5/2022",
            updates: [
              { at: "2022-05-09T03:00:00.000Z", by: people.vanphong, status: "IN_PROGRESS", progress: 30, note: "Kế hoạch tổ chức Hội thảo đã trình Lãnh đạo Sở." },
              {
                at: "2022-05-16T10:00:00.000Z",
                by: people.vanphong,
                status: "DONE",
                actualStart: "2022-05-16",
                actualEnd: "2022-05-16",
                result:
                  "Ngày 16/5/2022, Sở tổ chức Hội thảo “Khoa học, công nghệ và đổi mới sáng tạo đẩy nhanh quá trình phục hồi và phát triển kinh tế – xã hội” với đại biểu Ban Tuyên giáo Tỉnh ủy, các sở, ngành, UBND các huyện, Hiệp hội Doanh nghiệp tỉnh, Câu lạc bộ khởi nghiệp; trao kỷ niệm chương của Bộ KH&CN cho các cá nhân có nhiều đóng góp.",
                figures: [{ label: "Ngày tổ chức thực tế", value: "16/5/2022" }],
                evidence: [
                  {
                    url: "https://skhcn.langson.gov.vn/tin-tuc/hoi-thao-khoa-hoc-cong-nghe-va-doi-moi-sang-tao-2022",
                    title: "Sở Khoa học và Công nghệ tổ chức Hội thảo: “Khoa học, công nghệ và đổi mới sáng tạo đẩy nhanh quá trình phục hồi và phát triển kinh tế – xã hội”",
                  },
                ],
              },
            ],
            subTasks: [
              {
                content: "Xây dựng kế hoạch tổ chức Hội thảo.",
                lead: u.vanPhong,
                updates: [{ at: "2022-05-09T03:00:00.000Z", by: people.vanphong, status: "DONE", result: "Kế hoạch tổ chức Hội thảo đã được Lãnh đạo Sở phê duyệt." }],
              },
              {
                content:
                  "Phối hợp với các phòng chuyên môn, các đơn vị tham mưu văn bản gửi các đơn vị liên quan chuẩn bị nội dung tham luận theo chủ đề.",
                lead: u.qlkh,
                supporters: [u.cacPhong],
                updates: [{ at: "2022-05-12T04:00:00.000Z", by: people.qlkh, status: "DONE", result: "Đã gửi văn bản đề nghị tham luận; nhận 6 bài tham luận.", figures: [{ label: "Số bài tham luận", value: "6" }] }],
              },
              {
                content:
                  "Chủ trì phối hợp với Đài phát thanh và truyền hình chuẩn bị video phóng sự thời lượng 15 phút trình chiếu tại Hội thảo theo chủ đề.",
                lead: u.qlcn,
                supporters: [u.dai],
                updates: [{ at: "2022-05-15T09:00:00.000Z", by: people.qlcn, status: "DONE", result: "Video phóng sự 15 phút đã hoàn thành và trình chiếu tại Hội thảo." }],
              },
            ],
          },
        ],
      },
    ],
  };
}
