// Unit names as plans write them, matched to the organisation's units; what
// matches nothing (or two units alike) is left for the user to map.
import { describe, expect, it } from "vitest";
import { blocksFromText, isImportError, matchUnit, parsePlan, toSnapshot } from "@/lib/documents/import";
import { LANG_SON_UNITS } from "@/prisma/seed/demo";

const units = LANG_SON_UNITS.map((unit) => ({ id: unit.key, name: unit.name, shortName: unit.shortName, kind: unit.kind }));

describe("matchUnit", () => {
  it.each([
    ["Phòng QLKH", "qlkh"],
    ["Phòng Quản lý khoa học.", "qlkh"],
    ["Phòng QLCN&ĐMST", "qlcn"],
    ["Phòng QLCN và ĐMST", "qlcn"],
    ["- phòng quản lý công nghệ và đổi mới sáng tạo;", "qlcn"],
    ["Đài PT&TH tỉnh", "dai"],
    ["Đài PT & TH tỉnh", "dai"],
    ["Đài phát thanh và truyền hình (tỉnh)", "dai"],
    ["Đài phát thanh và truyền hình", "dai"],
    ["Chi cục TĐC", "chiCuc"],
    ["Chi cục TCĐLCL", "chiCuc"],
    ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "chiCuc"],
    ["Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường chất lượng sản phẩm", "trungTam"],
    ["Trung tâm ứng dụng, phát triển khoa học - công nghệ và đo lường, chất lượng sản phẩm", "trungTam"],
    ["VP Sở", "vanPhong"],
    ["Các phòng chuyên môn, các đơn vị trực thuộc Sở", "cacPhong"],
    ["Các cơ quan liên quan", "coQuanLienQuan"],
  ])("%s → %s", (text, id) => {
    expect(matchUnit(text, units).unitId).toBe(id);
  });

  it("expands UBND and KH&CN in names on either side", () => {
    const province = [
      { id: "ubnd", name: "Ủy ban nhân dân tỉnh", shortName: "UBND tỉnh", kind: "EXTERNAL" as const },
      { id: "bo", name: "Bộ Khoa học và Công nghệ", shortName: "Bộ KH&CN", kind: "EXTERNAL" as const },
    ];
    expect([matchUnit("UBND tỉnh", province).unitId, matchUnit("Uỷ ban nhân dân tỉnh", province).unitId, matchUnit("Bộ KH và CN", province).unitId]).toEqual(["ubnd", "ubnd", "bo"]);
  });

  it("does not take a single shared word for a unit", () => {
    expect(matchUnit("Sở", units).unitId).toBeNull();
    expect(matchUnit("Sở Y tế", units).unitId).toBeNull();
    expect(matchUnit("Văn phòng UBND tỉnh", units).unitId).toBeNull();
  });

  it("reports two units that fit alike as candidates instead of choosing", () => {
    const centres = [
      { id: "a", name: "Trung tâm Thông tin khoa học", shortName: "TTTT khoa học", kind: "INTERNAL" as const },
      { id: "b", name: "Trung tâm Thông tin thống kê", shortName: "TTTT thống kê", kind: "INTERNAL" as const },
    ];
    const match = matchUnit("Trung tâm Thông tin", centres);
    expect(match.unitId).toBeNull();
    expect(match.candidates.map((c) => c.unitId).sort()).toEqual(["a", "b"]);
  });
});

describe("a unit is suggested only when the match is sure (issue 14 §3)", () => {
  it.each([
    ["Các doanh nghiệp KH&CN trên địa bàn"],
    ["Viettel Lạng Sơn"],
    ["VNPT Lạng Sơn"],
    ["Tỉnh đoàn Lạng Sơn"],
    ["Ban Quản lý các chợ"],
    ["Trung tâm Công nghệ thông tin và Truyền thông"],
    ["Phòng BCVT&CĐS"],
    ["Các sở, ngành"],
  ])("leaves “%s” for the user to choose", (text) => {
    expect(matchUnit(text, units).unitId).toBeNull();
  });

  it("says why a name matched: the same name, an abbreviation, the distinctive words", () => {
    expect([matchUnit("Văn phòng Sở", units).why, matchUnit("Phòng QLKH", units).why, matchUnit("Đài phát thanh và truyền hình", units).why]).toEqual([
      "trùng tên",
      "viết tắt QLKH",
      "đủ các từ riêng của tên",
    ]);
  });

  it("keeps a name the organisation does not know whole in a cell of names", () => {
    const caoBang = [
      { id: "vanPhong", name: "Văn phòng Sở", shortName: "Văn phòng Sở", kind: "INTERNAL" as const },
      { id: "qlkh", name: "Phòng Quản lý khoa học", shortName: "Phòng QLKH", kind: "INTERNAL" as const },
    ];
    const result = parsePlan(
      blocksFromText(["Cao Bằng, ngày 02 tháng 5 năm 2024", "KẾ HOẠCH", "Tuyên truyền", "III. NỘI DUNG", "1. Đợt 1 (từ ngày 03-14/5/2024)", "Stt\tNội dung\tĐơn vị chủ trì", "1\tViết tin\tPhòng Quản lý chuyên ngành"].join("\n")),
      { units: caoBang },
    );
    expect(result.plan.phases[0]?.activities[0]?.lead).toMatchObject({ text: "Phòng Quản lý chuyên ngành", unitId: null });
  });
});

describe("units the plan names that are not in the organisation", () => {
  const centres = [
    { id: "ttKhoaHoc", name: "Trung tâm Thông tin khoa học", shortName: "TTTT khoa học", kind: "INTERNAL" as const },
    { id: "ttThongKe", name: "Trung tâm Thông tin thống kê", shortName: "TTTT thống kê", kind: "INTERNAL" as const },
  ];
  const result = parsePlan(
    blocksFromText(
      [
        "KẾ HOẠCH",
        "Phối hợp tuyên truyền năm 2025",
        "I. NỘI DUNG",
        "2. Phân công",
        "2.1. Tuyên truyền (03/5/2025 – 14/5/2025)",
        "Stt\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp",
        "1\tĐưa tin\tTrung tâm Thông tin\tSở Y tế; Sở Văn hóa, Thể thao và Du lịch",
        "2\tPhát sóng\tĐài PT&TH tỉnh\tSở Y tế.",
      ].join("\n"),
    ),
    { units: [...units, ...centres] },
  );

  it("lists each unmatched name once, ambiguous ones with their candidates", () => {
    expect(result.usable).toBe(true);
    expect(result.unmatched).toEqual(["Trung tâm Thông tin", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"]);
    const lead = result.plan.phases[0]!.activities[0]!.lead!;
    expect(lead.unitId).toBeNull();
    // The two that fit alike come first; a weaker one may follow for the user to pick.
    expect(lead.candidates?.slice(0, 2).map((c) => c.unitId).sort()).toEqual(["ttKhoaHoc", "ttThongKe"]);
    expect(result.plan.phases[0]!.activities[1]!.lead?.unitId).toBe("dai");
  });

  it("toSnapshot refuses while a name is unmapped, and applies the mapping", () => {
    let error: unknown;
    try {
      toSnapshot(result, { "Trung tâm Thông tin": "ttKhoaHoc" });
    } catch (caught) {
      error = caught;
    }
    expect(isImportError(error) && error.reason).toBe("UNMAPPED_UNITS");
    expect(isImportError(error) && error.details).toEqual({ unmapped: ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"] });

    const snapshot = toSnapshot(result, { "Trung tâm Thông tin": "ttKhoaHoc", "Sở Y tế": "coQuanLienQuan", "Sở Văn hóa, Thể thao và Du lịch": "coQuanLienQuan" });
    expect(snapshot.phases[0]!.activities.map((a) => [a.leadUnitId, a.supporterIds])).toEqual([
      ["ttKhoaHoc", ["coQuanLienQuan"]],
      ["dai", ["coQuanLienQuan"]],
    ]);
    expect([snapshot.year, snapshot.phases[0]!.start, snapshot.phases[0]!.end]).toEqual([2025, "2025-05-03", "2025-05-14"]);
  });
});

describe("cells listing several units", () => {
  const performers = (cell: string) => {
    const text = ["KẾ HOẠCH", "Tuyên truyền năm 2022", "III. NỘI DUNG", "2.1. Đợt 1 (03-14/5/2022)", "Stt\tNội dung\tĐơn vị thực hiện", `1\tViết tin\t${cell}`].join("\n");
    const [activity] = parsePlan(blocksFromText(text), { units }).plan.phases[0]!.activities;
    return [activity!.lead!, ...activity!.supporters].map((mention) => mention.unitId ?? mention.text);
  };

  it.each([
    ["Báo Lạng Sơn; Đài PT&TH tỉnh", ["baoLangSon", "dai"]],
    ["Báo Lạng Sơn, Đài PT&TH tỉnh và Văn phòng Sở.", ["baoLangSon", "dai", "vanPhong"]],
    ["- Văn phòng Sở - Trung tâm Ứng dụng, phát triển khoa học – Công nghệ và đo lường, chất lượng sản phẩm", ["vanPhong", "trungTam"]],
    ["Văn phòng Sở; Sở Y tế; Sở Văn hóa, Thể thao và Du lịch", ["vanPhong", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"]],
    ["Văn phòng Sở, Sở Y tế, Sở Văn hóa, Thể thao và Du lịch", ["vanPhong", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"]],
    ["UBND các huyện, thành phố", ["UBND các huyện, thành phố"]],
  ])("%s", (cell, expected) => {
    expect(performers(cell)).toEqual(expected);
  });
});
