import { describe, expect, it } from "vitest";
import { formatCost, groupDigits, parseCost, sumCosts, MAX_COST } from "@/lib/money";

describe("parseCost", () => {
  it.each([
    ["15.000.000", 15_000_000],
    ["15,000,000", 15_000_000],
    ["15.000.000 đ", 15_000_000],
    ["15.000.000 đồng", 15_000_000],
    ["15000000", 15_000_000],
    ["15 triệu", 15_000_000],
    ["15 triệu đồng", 15_000_000],
    ["15tr", 15_000_000],
    ["15 Tr", 15_000_000],
    ["1,5 tỷ", 1_500_000_000],
    ["1.5 tỷ", 1_500_000_000],
    ["2 tỉ", 2_000_000_000],
    ["1.500 triệu", 1_500_000_000],
    ["500 nghìn", 500_000],
    ["0", 0],
    ["  7.500.000  ", 7_500_000],
  ])("reads %j as %d đồng", (text, amount) => {
    expect(parseCost(text)).toBe(amount);
  });

  it.each(["", "Ngân sách tỉnh", "theo dự toán", "15.000.0", "1,5", "15 triệu USD", "-5.000", "1.000.000.000 tỷ tỷ"])("does not read %j", (text) => {
    expect(parseCost(text)).toBeNull();
  });

  it("refuses amounts above the maximum", () => {
    expect(parseCost("2.000.000 tỷ")).toBeNull();
    expect(parseCost("1.000.000 tỷ")).toBe(MAX_COST);
  });
});

describe("formatCost", () => {
  it("groups by dots and adds đ", () => {
    expect(formatCost(15_000_000)).toBe("15.000.000 đ");
    expect(formatCost(1_500_000_000n)).toBe("1.500.000.000 đ");
    expect(formatCost(999)).toBe("999 đ");
    expect(formatCost(0)).toBe("0 đ");
    expect(formatCost(null)).toBe("");
    expect(groupDigits(1234567)).toBe("1.234.567");
  });

  it("round-trips through parseCost", () => {
    for (const amount of [0, 5, 1000, 15_000_000, 123_456_789_012]) expect(parseCost(formatCost(amount))).toBe(amount);
  });
});

describe("sumCosts", () => {
  it("sums the amounts that are set, null when none is", () => {
    expect(sumCosts([1000, null, 2500, undefined])).toBe(3500);
    expect(sumCosts([null, undefined])).toBeNull();
    expect(sumCosts([])).toBeNull();
  });
});
