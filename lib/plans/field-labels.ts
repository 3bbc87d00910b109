// What each of a plan's fields is called wherever a form, a diff, the
// checklist or a conflict notice names it: one list, so they say the same.
import type { PlanTexts } from "@/lib/plans/snapshot";

export const TEXT_LABELS: Record<keyof PlanTexts, string> = {
  legalBasis: "Căn cứ",
  intro: "Lời dẫn",
  purposes: "Mục đích",
  requirements: "Yêu cầu",
  theme: "Chủ đề",
  slogans: "Khẩu hiệu",
  contentItems: "Nội dung",
  closingText: "Đoạn kết",
  recipients: "Nơi nhận",
  signerAuthority: "Hình thức ký",
  signerTitle: "Chức vụ người ký",
  signerName: "Người ký",
};

/** The plan editor's fields, as its conflict notice names them. */
export const PLAN_FIELD_LABELS = {
  title: "Trích yếu",
  eventDate: "Ngày sự kiện",
  ...TEXT_LABELS,
  budgetAmount: "Tổng kinh phí",
  budgetSource: "Nguồn kinh phí",
} as const;
