// The seeded 2022 plan of Sở KH&CN Lạng Sơn (prisma/seed/lang-son-2022.ts) as
// a PlanDocument, for the document writers' tests and scripts/docs/render-sample.ts.
import type { PlanDocument, UnitRef } from "@/lib/plans/document";
import type { ActivityFacts } from "@/lib/documents/report-model";
import { langSon2022Plan, type LangSonUnits } from "@/prisma/seed/lang-son-2022";
import { planSpecToDocument } from "./plan-spec-document";

// The units as prisma/seed/demo.ts creates them; the unit key is the id here.
export const UNITS_2022: (UnitRef & { id: keyof LangSonUnits })[] = [
  { id: "vanPhong", name: "Văn phòng Sở", shortName: "Văn phòng Sở", kind: "INTERNAL" },
  { id: "qlcn", name: "Phòng Quản lý công nghệ và đổi mới sáng tạo", shortName: "Phòng QLCN&ĐMST", kind: "INTERNAL" },
  { id: "qlkh", name: "Phòng Quản lý khoa học", shortName: "Phòng QLKH", kind: "INTERNAL" },
  { id: "chiCuc", name: "Chi cục Tiêu chuẩn Đo lường Chất lượng", shortName: "Chi cục TĐC", kind: "INTERNAL" },
  {
    id: "trungTam",
    name: "Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm",
    shortName: "Trung tâm ƯD&PTKHCN",
    kind: "INTERNAL",
  },
  { id: "baoLangSon", name: "Báo Lạng Sơn", shortName: "Báo Lạng Sơn", kind: "EXTERNAL" },
  { id: "dai", name: "Đài Phát thanh và Truyền hình tỉnh", shortName: "Đài PT&TH tỉnh", kind: "EXTERNAL" },
  { id: "cacPhong", name: "Các phòng chuyên môn, đơn vị trực thuộc Sở", shortName: "Các phòng, đơn vị thuộc Sở", kind: "GROUP" },
  { id: "coQuanLienQuan", name: "Các cơ quan có liên quan", shortName: "Các cơ quan liên quan", kind: "GROUP" },
];

export const LANG_SON_ORGANIZATION: PlanDocument["organization"] = {
  name: "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
  headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  parentName: "UBND TỈNH LẠNG SƠN",
  code: "SKHCN",
  place: "Lạng Sơn",
};

const unitKeys = Object.fromEntries(UNITS_2022.map((unit) => [unit.id, unit.id])) as LangSonUnits;
const people = { lanhdao: "lanhdao", vanphong: "vanphong", qlcn: "qlcn", qlkh: "qlkh", trungtam: "trungtam", chicuc: "chicuc" };

/** The plan as issued: Số 12/KH-SKHCN, ngày 03/5/2022, with its run history; and the facts of its updates. */
export function plan2022(): { plan: PlanDocument; facts: ActivityFacts[] } {
  return planSpecToDocument(langSon2022Plan("org-lang-son", unitKeys, people), LANG_SON_ORGANIZATION, UNITS_2022);
}

/** The same plan while still a draft: no number, no issue date. */
export function plan2022Draft(): PlanDocument {
  return { ...plan2022().plan, number: null, numberLabel: null, issueDate: null, status: "DRAFT" };
}

/** The day the sample report is written: after the focus week, with three activities still open. */
export const REPORT_DAY_2022 = "2022-05-20";
