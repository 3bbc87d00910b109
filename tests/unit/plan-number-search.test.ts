import { describe, expect, it } from "vitest";
import { parsePlanNumberQuery } from "@/lib/search/plan-number";

describe("a plan's number typed into the search box", () => {
  it.each([
    ["12/KH-SKHCN", { number: 12, symbolPrefix: "KH-SKHCN" }],
    ["12 / kh-skhcn", { number: 12, symbolPrefix: "KH-SKHCN" }],
    ["KH-SKHCN 12", { number: 12, symbolPrefix: "KH-SKHCN" }],
    ["kh - skhcn số 12", { number: 12, symbolPrefix: "KH-SKHCN" }],
    ["12/KH", { number: 12, symbolPrefix: "KH" }],
    ["số 12", { number: 12, symbolPrefix: null }],
    ["Số: 05/KH-SKHCN", { number: 5, symbolPrefix: "KH-SKHCN" }],
    ["08/", { number: 8, symbolPrefix: null }],
  ])("%s", (query, expected) => {
    expect(parsePlanNumberQuery(query)).toEqual(expected);
  });

  it.each(["hội thảo", "ngày 12", "2022", "12", "hoi thao 12/5", "tháng 5/2022"])("%s is ordinary words", (query) => {
    expect(parsePlanNumberQuery(query)).toBeNull();
  });
});
