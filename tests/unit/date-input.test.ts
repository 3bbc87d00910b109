import { describe, expect, it } from "vitest";
import { formatDateInput, parseDateInput } from "@/lib/date-input";

describe("a date typed as dd/mm/yyyy", () => {
  it.each([
    ["18/05/2026", "2026-05-18"],
    ["18/5/2026", "2026-05-18"],
    [" 8-5-2026 ", "2026-05-08"],
    ["8.5.2026", "2026-05-08"],
    ["18052026", "2026-05-18"],
    ["2026-05-18", "2026-05-18"],
    ["29/02/2024", "2024-02-29"],
  ])("%s is %s", (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });

  it.each(["", "05/18/2026", "31/04/2026", "29/02/2026", "18/05", "hôm nay", "2026-02-30"])("%s is not a date", (text) => {
    expect(parseDateInput(text)).toBeNull();
  });

  it("shows an ISO date as dd/MM/yyyy, and leaves anything else as typed", () => {
    expect(formatDateInput("2026-05-08")).toBe("08/05/2026");
    expect(formatDateInput("")).toBe("");
    expect(formatDateInput(null)).toBe("");
    expect(formatDateInput("5/18")).toBe("5/18");
  });
});
