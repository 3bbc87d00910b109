// Windows as plans write them, in phase headings and "Thời gian" cells.
import { describe, expect, it } from "vitest";
import { parseWindow } from "@/lib/documents/import";

const phase = { start: "2022-05-03", end: "2022-05-14" };

describe("parseWindow", () => {
  it.each([
    ["trong khoảng thời gian từ ngày 03-14/5/2022", "2022-05-03", "2022-05-14"],
    ["từ ngày 14 - 19/5/2022", "2022-05-14", "2022-05-19"],
    ["từ 04/5 đến 19/5/2022", "2022-05-04", "2022-05-19"],
    ["từ ngày 28/4 đến ngày 05/5/2022", "2022-04-28", "2022-05-05"],
    ["28/4-05/5/2022", "2022-04-28", "2022-05-05"],
    ["từ 25/4/2022 - 10/5/2022", "2022-04-25", "2022-05-10"],
    ["03/5/2022 – 14/5/2022", "2022-05-03", "2022-05-14"],
    ["28/12/2022-05/01/2023", "2022-12-28", "2023-01-05"],
    ["28/12-05/01/2023", "2022-12-28", "2023-01-05"],
    ["18/5/2022", "2022-05-18", "2022-05-18"],
    ["Ngày 09/5", "2022-05-09", "2022-05-09"],
    ["Tháng 5/2022", "2022-05-01", "2022-05-31"],
    ["trong tháng 2 năm 2024", "2024-02-01", "2024-02-29"],
    ["Trước 10/5/2022", "2022-05-03", "2022-05-10"],
    ["Từ 10/5", "2022-05-10", "2022-05-14"],
  ])("%s", (text, start, end) => {
    expect(parseWindow(text, { year: 2022, within: phase })).toEqual({ start, end });
  });

  it.each(["Cả tuần", "", "31/4/2022", "14-03/5/2022", "Thường xuyên"])("does not guess from “%s”", (text) => {
    expect(parseWindow(text, { year: 2022, within: phase })).toBeNull();
  });

  it("needs a year from somewhere", () => {
    expect(parseWindow("03-14/5", { year: null })).toBeNull();
    expect(parseWindow("03-14/5/22", { year: null })).toEqual({ start: "2022-05-03", end: "2022-05-14" });
  });
});
