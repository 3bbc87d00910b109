// The parts every official document of the department shares (Nghị định
// 30/2020/NĐ-CP, Phụ lục I): the heading block and the signature block.
// Plain text here; lib/documents/docx/ lays them out.

/** Organisation and national motto side by side, then the kind and title of the document. */
export type OfficialHeading = {
  parentName: string; // "UBND TỈNH LẠNG SƠN"
  headerName: string; // "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
  numberLine: string; // "Số: 12/KH-SKHCN", or with blank space to fill in by hand
  dateLine: string; // "Lạng Sơn, ngày 03 tháng 5 năm 2022"
  kind: string; // "KẾ HOẠCH", "BÁO CÁO"
  title: string; // the trích yếu
};

/** "Nơi nhận" on the left, who signs on the right. */
export type SignerBlock = {
  recipients: string[];
  signerAuthority: string; // "KT. GIÁM ĐỐC", or empty when the head signs
  signerTitle: string;
  signerName: string;
};
