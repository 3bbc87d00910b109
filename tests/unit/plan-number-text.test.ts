// The number of an issued plan as its document writes it ("09" stays "09").
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { blocksFromText, parsePlan } from "@/lib/documents/import";
import { writtenNumberOf } from "@/lib/documents/import/header";
import { planNumberLabel, readWrittenNumber } from "@/lib/plans/numbering";

describe("readWrittenNumber", () => {
  it("keeps the text only when the usual padding would print it differently", () => {
    expect(readWrittenNumber("09")).toEqual({ number: 9, numberText: null });
    expect(readWrittenNumber("12")).toEqual({ number: 12, numberText: null });
    expect(readWrittenNumber("123")).toEqual({ number: 123, numberText: null });
    expect(readWrittenNumber("9")).toEqual({ number: 9, numberText: "9" });
    expect(readWrittenNumber("009")).toEqual({ number: 9, numberText: "009" });
    expect(readWrittenNumber(" 09 ")).toEqual({ number: 9, numberText: null });
  });

  it("refuses what is not a document number", () => {
    for (const text of ["", "0", "00", "…", "9a", "1234567"]) expect(readWrittenNumber(text)).toBeNull();
  });
});

describe("planNumberLabel", () => {
  const org = { organization: { code: "SKHCN" } };
  it("prints the number as written when the plan keeps it, else padded", () => {
    expect(planNumberLabel({ ...org, number: 9, numberText: null, symbol: "KH-SKHCN" })).toBe("09/KH-SKHCN");
    expect(planNumberLabel({ ...org, number: 9, numberText: "009", symbol: "KH-SKHCN" })).toBe("009/KH-SKHCN");
    expect(planNumberLabel({ ...org, number: 9, numberText: "9", symbol: null })).toBe("9/KH-SKHCN");
    expect(planNumberLabel({ ...org, number: null, numberText: null, symbol: null })).toBeNull();
  });
});

describe("the number line of an imported document", () => {
  it("keeps the digits as written", () => {
    expect(writtenNumberOf("Số: 09/KH-SKHCN")).toBe("09");
    expect(writtenNumberOf("Số: 009/KH-SKHCN")).toBe("009");
    expect(writtenNumberOf("Số: ......../KH-SKHCN")).toBe("");
    expect(writtenNumberOf("Kính gửi: các phòng")).toBe("");
  });

  it("reaches the parsed plan with its symbol, issue date and signer", () => {
    const text = readFileSync("tests/fixtures/corpus/ngay-khcn-2024-phu-luc.txt", "utf8");
    const { plan } = parsePlan(blocksFromText(text), { units: [] });
    expect({ numberText: plan.numberText, number: plan.number, symbol: plan.symbol, issueDate: plan.issueDate, signerName: plan.signerName }).toEqual({
      numberText: "09",
      number: 9,
      symbol: "KH-SKHCN",
      issueDate: "2024-04-12",
      signerName: "Lương Đức Minh",
    });
  });
});
