// How the corpus builder turns written labels into Word numbering: the list,
// level and instance that make Word show the label as written, and a refusal
// where Word would show something else.
import { describe, expect, it } from "vitest";
import { labelKind, Numberer, splitCellLabel, toRoman } from "@/scripts/corpus/numbering";

describe("the labels of the corpus sources", () => {
  it("tells Roman headings, numbers, sub-numbers, letters and bullets apart", () => {
    expect(["I.", "XIV.", "2.", "2.1.", "b)", "-", "+", "2.1", "1)"].map(labelKind)).toEqual(["roman", "roman", "decimal", "sub", "letter", "dash", "plus", null, null]);
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
    expect([splitCellLabel("- Văn phòng Sở;"), splitCellLabel("a) Chuẩn bị"), splitCellLabel("Văn phòng Sở")]).toEqual([["-", "Văn phòng Sở;"], ["a)", "Chuẩn bị"], null]);
  });
});

describe("Numberer", () => {
  it("keeps I., 1., 2., II., 1. in one outline list: the numbers start again under each Roman heading", () => {
    const numberer = new Numberer("test", { roman: true, decimal: true });
    const places = ["I.", "1.", "2.", "2.1.", "II.", "1."].map((label) => numberer.paragraph(label));
    expect(places.map((place) => [place.reference, place.level, place.instance])).toEqual([
      ["outline", 0, 1],
      ["outline", 1, 1],
      ["outline", 1, 1],
      ["outline", 2, 1],
      ["outline", 0, 1],
      ["outline", 1, 1],
    ]);
  });

  it("starts a new instance where numbers start again under typed headings, and puts letters and bullets in lists of their own", () => {
    const numberer = new Numberer("test", { decimal: true, letter: true, dash: true });
    const places = ["1.", "2.", "-", "a)", "b)", "1.", "a)"].map((label) => numberer.paragraph(label));
    expect(places.map((place) => [place.reference, place.instance])).toEqual([
      ["decimal", 1],
      ["decimal", 1],
      ["bullet", 1],
      ["letter", 1],
      ["letter", 1],
      ["decimal", 2],
      ["letter", 2],
    ]);
  });

  it("refuses a label Word would show differently", () => {
    const numberer = new Numberer("test", { roman: true });
    numberer.paragraph("I.");
    expect(() => numberer.paragraph("III.")).toThrow("Word would number “III.” as “II.”");
    expect(() => new Numberer("test").paragraph("II.")).toThrow("needs auto.roman");
  });

  it("numbers a table's Stt column from 1 again in each group, and the a), b) of a cell", () => {
    const numberer = new Numberer("test");
    const stt = numberer.sttList(false);
    expect(["1", "2", "1", "2", "3"].map((label) => stt(label).instance)).toEqual([1, 1, 2, 2, 2]);
    expect(() => stt("5")).toThrow("Word would number “5” as “4”");
    const cell = numberer.cellList();
    expect(["a)", "b)", "-"].map((label) => [cell(label).level])).toEqual([[0], [0], [1]]);
  });
});
