import { describe, expect, it } from "vitest";
import { countYearMentions, emptySnapshot, referenceDate, replaceYear, shiftPlan, type PlanSnapshot } from "@/lib/plans/snapshot";

function plan(eventDate: string | null, phases: { start: string; end: string }[]): PlanSnapshot {
  return {
    ...emptySnapshot({ title: "Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022", year: 2022, eventDate, place: "Lạng Sơn" }),
    intro: "Sở xây dựng Kế hoạch … năm 2022 như sau:",
    legalBasis: ["Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 về việc tổ chức Ngày KH&CN Việt Nam năm 2022."],
    phases: phases.map((w, i) => ({
      title: `Giai đoạn ${i + 1}`,
      ...w,
      activities: [
        {
          content: "Cuộc thi khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2022",
          description: "",
          leadUnitId: "u1",
          supporterIds: ["u2"],
          ...w,
          note: "Dự kiến tổ chức ngày 18/5/2022",
          subTasks: [{ content: "Việc con", description: "", leadUnitId: "u2", supporterIds: [], ...w, note: "", subTasks: [] }],
        },
      ],
    })),
  };
}

const windows = (p: PlanSnapshot) => p.phases.map((ph) => [ph.start, ph.end, ph.activities[0]!.start, ph.activities[0]!.subTasks[0]!.end]);

describe("shifting a plan to a new event date", () => {
  it("keeps 03–14/5 and 14–19/5 when 18/5/2022 becomes 18/5/2027", () => {
    const shifted = shiftPlan(plan("2022-05-18", [{ start: "2022-05-03", end: "2022-05-14" }, { start: "2022-05-14", end: "2022-05-19" }]), {
      eventDate: "2027-05-18",
      replaceYearInTitle: true,
      replaceYearInTexts: false,
    });
    expect(windows(shifted)).toEqual([
      ["2027-05-03", "2027-05-14", "2027-05-03", "2027-05-14"],
      ["2027-05-14", "2027-05-19", "2027-05-14", "2027-05-19"],
    ]);
    expect(shifted.year).toBe(2027);
    expect(shifted.eventDate).toBe("2027-05-18");
  });

  it("moves windows by the offset when the event moves to another day", () => {
    const shifted = shiftPlan(plan("2022-05-18", [{ start: "2022-05-03", end: "2022-05-14" }]), {
      eventDate: "2027-05-20",
      replaceYearInTitle: false,
      replaceYearInTexts: false,
    });
    expect(windows(shifted)).toEqual([["2027-05-05", "2027-05-16", "2027-05-05", "2027-05-16"]]);
  });

  it("crosses month ends", () => {
    const shifted = shiftPlan(plan("2022-05-18", [{ start: "2022-05-25", end: "2022-06-02" }]), {
      eventDate: "2027-05-25",
      replaceYearInTitle: false,
      replaceYearInTexts: false,
    });
    expect(windows(shifted)[0]).toEqual(["2027-06-01", "2027-06-09", "2027-06-01", "2027-06-09"]);
  });

  it("handles leap years: a window ending 1/3/2023 lands on 29/2/2024 when shifted by a year's days", () => {
    const shifted = shiftPlan(plan("2023-03-01", [{ start: "2023-02-27", end: "2023-03-01" }]), {
      eventDate: "2024-02-29",
      replaceYearInTitle: false,
      replaceYearInTexts: false,
    });
    expect(windows(shifted)[0]).toEqual(["2024-02-27", "2024-02-29", "2024-02-27", "2024-02-29"]);
  });

  it("uses the first window as reference when the plan has no event date", () => {
    const source = plan(null, [{ start: "2022-05-03", end: "2022-05-14" }]);
    expect(referenceDate(source)).toBe("2022-05-03");
    const shifted = shiftPlan(source, { eventDate: "2027-05-03", replaceYearInTitle: false, replaceYearInTexts: false });
    expect(windows(shifted)[0]).toEqual(["2027-05-03", "2027-05-14", "2027-05-03", "2027-05-14"]);
  });

  it("updates 'năm 2022' in the title and texts only where accepted, never in the legal basis", () => {
    const source = plan("2022-05-18", [{ start: "2022-05-03", end: "2022-05-14" }]);
    const none = shiftPlan(source, { eventDate: "2027-05-18", replaceYearInTitle: false, replaceYearInTexts: false });
    expect(none.title).toContain("năm 2022");
    expect(none.intro).toContain("năm 2022");
    const all = shiftPlan(source, { eventDate: "2027-05-18", replaceYearInTitle: true, replaceYearInTexts: true });
    expect(all.title).toBe("Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2027");
    expect(all.intro).toBe("Sở xây dựng Kế hoạch … năm 2027 như sau:");
    expect(all.phases[0]!.activities[0]!.content).toContain("năm 2027");
    expect(all.legalBasis).toEqual(source.legalBasis);
    // Dates in notes are not "năm YYYY" and stay for the user to edit.
    expect(all.phases[0]!.activities[0]!.note).toBe("Dự kiến tổ chức ngày 18/5/2022");
  });

  it("replaces only whole years written after 'năm'", () => {
    expect(replaceYear("Năm 2022 và năm 20223, giai đoạn 2022-2023", 2022, 2027)).toBe("Năm 2027 và năm 20223, giai đoạn 2022-2023");
    expect(countYearMentions("năm 2022; NĂM 2022; 2022", 2022)).toBe(2);
  });
});
