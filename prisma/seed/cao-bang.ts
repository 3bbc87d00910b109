// The second organisation's one plan: shows that organisations never see each other.
import type { PlanSpec } from "./plan-spec";

export function caoBangPlan(organizationId: string, u: { vanPhong: string; qlkh: string }, leaderId: string): PlanSpec {
  return {
    organizationId,
    title: "Tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2022",
    year: 2022,
    eventDate: "2022-05-18",
    place: "Cao Bằng",
    status: "ISSUED",
    number: 15,
    symbol: "KH-SKHCN",
    issueDate: "2022-05-05",
    draftingUnitId: u.vanPhong,
    createdById: leaderId,
    legalBasis: ["Thực hiện chỉ đạo của UBND tỉnh Cao Bằng về việc tổ chức Ngày KH&CN Việt Nam năm 2022."],
    purposes: ["Tôn vinh đội ngũ cán bộ khoa học và công nghệ của tỉnh."],
    requirements: ["Tổ chức thiết thực, tiết kiệm."],
    slogans: ["Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5"],
    recipients: ["Lãnh đạo Sở;", "Lưu: VT, VP."],
    signerTitle: "GIÁM ĐỐC",
    signerName: "Bế Văn Hùng",
    phases: [
      {
        title: "Các hoạt động chào mừng",
        start: "2022-05-09",
        end: "2022-05-18",
        activities: [
          { content: "Treo băng rôn, khẩu hiệu chào mừng tại trụ sở Sở.", lead: u.vanPhong },
          { content: "Tuyên truyền kết quả nghiên cứu khoa học tiêu biểu của tỉnh.", lead: u.qlkh, supporters: [u.vanPhong] },
        ],
      },
    ],
  };
}
