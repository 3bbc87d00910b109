// How notifications name a plan and count the days left.
import { describe, expect, it } from "vitest";
import { dueInWords, planReference } from "@/lib/notifications/plan-reference";

describe("plan reference", () => {
  it("names an issued plan by its number, a draft by its title", () => {
    expect(planReference({ title: "Triển khai các hoạt động kỷ niệm Ngày KH&CN", number: 12, symbol: "KH-SKHCN" })).toBe("Kế hoạch số 12/KH-SKHCN (Triển khai các hoạt động kỷ niệm Ngày KH&CN)");
    expect(planReference({ title: "Hội nghị tổng kết", number: 3, symbol: "KH-SKHCN" })).toBe("Kế hoạch số 03/KH-SKHCN (Hội nghị tổng kết)");
    expect(planReference({ title: "Hội nghị tổng kết", number: null, symbol: null })).toBe("Kế hoạch hội nghị tổng kết");
  });

  it("counts the days left in words", () => {
    expect(dueInWords(1)).toBe("Còn 1 ngày là đến hạn.");
    expect(dueInWords(3)).toBe("Còn 3 ngày là đến hạn.");
    expect(dueInWords(0)).toBe("Hôm nay là hạn cuối.");
  });
});
