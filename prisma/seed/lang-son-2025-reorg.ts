// The 2025 reorganisation, as demo data (issue 16 §6): from 01/3/2025 the former Sở Thông tin và Truyền thông
// merged into Sở KH&CN Lạng Sơn, bringing its units; an old unit of the department was merged into
// Phòng QLCN&ĐMST; from 01/7/2025 there are no districts, so a district office is closed. A 2026 draft plan uses
// the new units, while the 2022 plan keeps its own (none of these units is in it). The units are kept out of
// LANG_SON_UNITS, which the import corpus tests match against.
import type { Tx } from "@/lib/db-client";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { toDbDate } from "@/lib/dates";
import { searchTextOf } from "@/lib/text";
import type { PlanSpec } from "./plan-spec";

type ReorgUnit = { key: string; name: string; shortName: string; kind: UnitKind; validFrom?: string; closedAt?: string; mergedInto?: string; closeReason?: string };

export const REORG_2025_UNITS: ReorgUnit[] = [
  { key: "bcvt", name: "Phòng Bưu chính, Viễn thông và Chuyển đổi số", shortName: "Phòng BCVT&CĐS", kind: "INTERNAL", validFrom: "2025-03-01" },
  { key: "cntt", name: "Trung tâm Công nghệ thông tin và Truyền thông", shortName: "Trung tâm CNTT&TT", kind: "INTERNAL", validFrom: "2025-03-01" },
  {
    key: "qlcnTtcn",
    name: "Phòng Quản lý công nghệ và Thị trường công nghệ",
    shortName: "Phòng QLCN&TTCN",
    kind: "INTERNAL",
    closedAt: "2025-03-01",
    mergedInto: "qlcn",
    closeReason: "Sắp xếp tổ chức bộ máy khi hợp nhất Sở TT&TT vào Sở KH&CN.",
  },
  {
    key: "ktht",
    name: "Phòng Kinh tế và Hạ tầng huyện Văn Quan",
    shortName: "Phòng KT&HT Văn Quan",
    kind: "EXTERNAL",
    closedAt: "2025-07-01",
    closeReason: "Không tổ chức chính quyền cấp huyện từ 01/7/2025.",
  },
];

export const PLAN_2026_REORG_TITLE = "Kế hoạch chuyển đổi số và phát triển hạ tầng bưu chính, viễn thông năm 2026";

/** Adds the units of the reorganisation (after the existing ones); returns their ids by key. */
export async function seedReorganisation2025(tx: Tx, organizationId: string, existing: { qlcn: string }): Promise<Record<string, string>> {
  const ids: Record<string, string> = { qlcn: existing.qlcn };
  let sortOrder = 200;
  for (const unit of REORG_2025_UNITS) {
    const row = await tx.unit.create({
      data: {
        organizationId,
        name: unit.name,
        shortName: unit.shortName,
        kind: unit.kind,
        sortOrder: (sortOrder += 10),
        searchText: searchTextOf(unit.name, unit.shortName),
        validFrom: unit.validFrom ? toDbDate(unit.validFrom) : null,
        closedAt: unit.closedAt ? toDbDate(unit.closedAt) : null,
        mergedIntoId: unit.mergedInto ? ids[unit.mergedInto] : null,
        closeReason: unit.closeReason ?? "",
        active: !unit.closedAt,
      },
    });
    ids[unit.key] = row.id;
  }
  return ids;
}

export function reorganisation2026Plan(organizationId: string, u: Record<string, string>, createdById: string): PlanSpec {
  return {
    organizationId,
    title: PLAN_2026_REORG_TITLE,
    year: 2026,
    place: "Lạng Sơn",
    status: "DRAFT",
    draftingUnitId: u.bcvt,
    createdById,
    createdAt: "2026-01-05T02:00:00.000Z",
    intro: "Sở Khoa học và Công nghệ xây dựng Kế hoạch chuyển đổi số và phát triển hạ tầng bưu chính, viễn thông năm 2026 như sau:",
    phases: [
      {
        title: "Triển khai",
        start: "2026-03-01",
        end: "2026-11-30",
        activities: [
          { content: "Rà soát hạ tầng viễn thông tại các xã sau sắp xếp đơn vị hành chính.", lead: u.bcvt!, supporters: [u.cntt!] },
          { content: "Vận hành, bảo đảm an toàn thông tin cho hệ thống quản lý văn bản của Sở.", lead: u.cntt!, supporters: [u.qlcn!] },
        ],
      },
    ],
  };
}
