import { describe, expect, it } from "vitest";
import { documentWindow, oneLine, phaseHeading, phaseWindow, quoted, subTaskLine } from "@/lib/documents/format";
import type { UnitRef } from "@/lib/plans/document";

const unit = (name: string): UnitRef => ({ id: name, name, shortName: name, kind: "INTERNAL" });
const parent = { start: "2022-05-14", end: "2022-05-19" };
const sub = (overrides: Partial<Parameters<typeof subTaskLine>[0]> = {}) => ({
  content: "Xây dựng kế hoạch tổ chức Hội thảo.",
  leadUnit: unit("Văn phòng Sở"),
  supporters: [],
  start: parent.start,
  end: parent.end,
  note: "",
  ...overrides,
});

describe("document windows", () => {
  it("writes a window with a plain hyphen, as the department types it", () => {
    expect(documentWindow("2022-05-03", "2022-05-14")).toBe("03-14/5/2022");
    expect(documentWindow("2022-04-28", "2022-05-05")).toBe("28/4-05/5/2022");
    expect(documentWindow("2022-12-28", "2023-01-05")).toBe("28/12/2022-05/01/2023");
    expect(documentWindow("2022-05-18", "2022-05-18")).toBe("18/5/2022");
  });

  it("writes a phase window with “đến ngày” across months", () => {
    expect(phaseWindow("2022-05-03", "2022-05-14")).toBe("03-14/5/2022");
    expect(phaseWindow("2022-04-28", "2022-05-05")).toBe("28/4 đến ngày 05/5/2022");
    expect(phaseWindow("2022-12-28", "2023-01-05")).toBe("28/12/2022 đến ngày 05/01/2023");
    expect(phaseWindow("2022-05-18", "2022-05-18")).toBe("18/5/2022");
  });

  it("heads a phase with its code, title and window", () => {
    const phase = { code: "2.1", title: "Hoạt động chào mừng trước Ngày KH&CN Việt Nam", start: "2022-04-28", end: "2022-05-05" };
    expect(phaseHeading(phase)).toBe("2.1. Hoạt động chào mừng trước Ngày KH&CN Việt Nam (từ ngày 28/4 đến ngày 05/5/2022)");
  });
});

describe("sub-task lines", () => {
  it("writes the lead alone when the rest is empty and the window is the parent's", () => {
    expect(subTaskLine(sub(), parent)).toBe("- Xây dựng kế hoạch tổ chức Hội thảo. (chủ trì: Văn phòng Sở)");
  });

  it("writes every part in order, supporters separated by semicolons", () => {
    const line = subTaskLine(
      sub({
        content: "Chuẩn bị video phóng sự.",
        leadUnit: unit("Phòng Quản lý công nghệ và đổi mới sáng tạo"),
        supporters: [unit("Đài Phát thanh và Truyền hình tỉnh"), unit("Các phòng chuyên môn, đơn vị trực thuộc Sở")],
        start: "2022-05-14",
        end: "2022-05-16",
        note: "Thời lượng 15 phút",
      }),
      parent,
    );
    expect(line).toBe(
      "- Chuẩn bị video phóng sự. (chủ trì: Phòng Quản lý công nghệ và đổi mới sáng tạo; phối hợp: Đài Phát thanh và Truyền hình tỉnh; " +
        "Các phòng chuyên môn, đơn vị trực thuộc Sở; thời gian: 14-16/5/2022; ghi chú: Thời lượng 15 phút)",
    );
  });

  it("writes the window once it differs from the parent's at either end", () => {
    expect(subTaskLine(sub({ start: "2022-05-15" }), parent)).toContain("; thời gian: 15-19/5/2022)");
    expect(subTaskLine(sub({ end: "2022-05-18" }), parent)).toContain("; thời gian: 14-18/5/2022)");
    expect(subTaskLine(sub({ start: "2022-05-18", end: "2022-05-18" }), parent)).toContain("(chủ trì: Văn phòng Sở; thời gian: 18/5/2022)");
  });

  it("keeps a sub-task on one line", () => {
    expect(subTaskLine(sub({ content: "Dòng một\nDòng hai", note: " Ghi\r\nchú " }), parent)).toBe(
      "- Dòng một Dòng hai (chủ trì: Văn phòng Sở; ghi chú: Ghi chú)",
    );
    expect(oneLine("  a \n b  ")).toBe("a b");
  });
});

describe("quoted", () => {
  it("puts curly quotes around the text, replacing straight or curly ones", () => {
    expect(quoted("Nhiệt liệt chào mừng")).toBe("“Nhiệt liệt chào mừng”");
    expect(quoted('"Nhiệt liệt chào mừng"')).toBe("“Nhiệt liệt chào mừng”");
    expect(quoted("“Nhiệt liệt chào mừng”")).toBe("“Nhiệt liệt chào mừng”");
  });
});
