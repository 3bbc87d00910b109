// Confirmations shown on the plan page after a workflow step (?done=…).
export const DONE_MESSAGES: Record<string, string> = {
  submit: "Đã trình kế hoạch. Lãnh đạo Sở đã nhận được thông báo.",
  withdraw: "Đã rút kế hoạch về dự thảo.",
  return: "Đã trả lại kế hoạch kèm ý kiến.",
  approve: "Đã phê duyệt kế hoạch.",
  issue: "Đã ban hành kế hoạch",
  amend: "Đã mở kế hoạch để điều chỉnh; số kế hoạch được giữ nguyên.",
  complete: "Đã kết thúc kế hoạch.",
  archive: "Đã lưu trữ kế hoạch.",
  import: "Đã tạo dự thảo từ văn bản. Hãy đọc lại, sửa nếu cần, rồi trình duyệt.",
  "import-issued": "Đã nhập kế hoạch đã ban hành, với số, ngày ban hành và người ký như văn bản.",
};
