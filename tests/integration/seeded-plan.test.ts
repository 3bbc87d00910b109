import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPlanDocument, listPlans } from "@/lib/plans/queries";
import { PLAN_2022_TITLE } from "@/prisma/seed/lang-son-2022";
import { sessionUserByUsername } from "./support/factories";

async function plan2022() {
  const leader = await sessionUserByUsername("lanhdao");
  const row = await db.plan.findFirstOrThrow({ where: { organizationId: leader.organizationId, title: PLAN_2022_TITLE, number: 12 } });
  return getPlanDocument(leader, row.id);
}

const names = (units: { name: string }[]) => units.map((unit) => unit.name);

describe("the seeded 2022 plan of Sở KH&CN Lạng Sơn", () => {
  it("is listed for the leader with its number and status", async () => {
    const leader = await sessionUserByUsername("lanhdao");
    const plans = await listPlans(leader, { year: 2022 });
    const plan = plans.find((p) => p.displayTitle === "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022" && p.numberLabel !== null);
    expect(plan).toMatchObject({ numberLabel: "12/KH-SKHCN", status: "ISSUED", phaseCount: 2, activityCount: 7 });
  });

  it("has the header, legal basis, theme and signer of the document", async () => {
    const plan = await plan2022();
    expect(plan.organization).toMatchObject({ parentName: "UBND TỈNH LẠNG SƠN", headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", code: "SKHCN" });
    expect(plan.place).toBe("Lạng Sơn");
    expect(plan.eventDate).toBe("2022-05-18");
    expect(plan.legalBasis[0]).toContain("Công văn số 1838/VP-KGVX ngày 28/4/2022");
    expect(plan.purposes).toHaveLength(3);
    expect(plan.theme).toContain("Đẩy nhanh quá trình phục hồi");
    expect(plan.slogans).toEqual(["Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5"]);
    expect(plan.recipients.at(-1)).toBe("Lưu: VT, VP.");
    expect([plan.signerTitle, plan.signerName]).toEqual(["GIÁM ĐỐC", "Nguyễn Thị Hà"]);
  });

  it("has exactly two phases with their windows and 3 + 4 top-level activities", async () => {
    const plan = await plan2022();
    expect(plan.phases.map((p) => [p.code, p.start, p.end, p.activities.length])).toEqual([
      ["2.1", "2022-05-03", "2022-05-14", 3],
      ["2.2", "2022-05-14", "2022-05-19", 4],
    ]);
  });

  it("names the right lead and supporting units for every activity", async () => {
    const plan = await plan2022();
    const [before, week] = plan.phases;
    const qlcn = "Phòng Quản lý công nghệ và đổi mới sáng tạo";
    expect(before!.activities.map((a) => [a.leadUnit.name, names(a.supporters)])).toEqual([
      [qlcn, ["Các phòng chuyên môn, đơn vị trực thuộc Sở"]],
      [qlcn, ["Báo Lạng Sơn", "Đài Phát thanh và Truyền hình tỉnh"]],
      [qlcn, ["Các cơ quan có liên quan"]],
    ]);
    expect(week!.activities.map((a) => [a.leadUnit.name, names(a.supporters)])).toEqual([
      [
        "Văn phòng Sở",
        ["Chi cục Tiêu chuẩn Đo lường Chất lượng", "Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm"],
      ],
      [qlcn, ["Các phòng chuyên môn, đơn vị trực thuộc Sở"]],
      ["Trung tâm Ứng dụng, phát triển khoa học – công nghệ và đo lường, chất lượng sản phẩm", []],
      ["Văn phòng Sở", [qlcn, "Phòng Quản lý khoa học", "Đài Phát thanh và Truyền hình tỉnh"]],
    ]);
  });

  it("keeps the workshop's note, its three sub-tasks and the real date it was held", async () => {
    const plan = await plan2022();
    const workshop = plan.phases[1]!.activities[3]!;
    expect(workshop.note).toBe("Dự kiến tổ chức ngày 18/5/2022");
    expect(workshop.subTasks.map((s) => [s.stt, s.leadUnit.name])).toEqual([
      ["4.1", "Văn phòng Sở"],
      ["4.2", "Phòng Quản lý khoa học"],
      ["4.3", "Phòng Quản lý công nghệ và đổi mới sáng tạo"],
    ]);
    expect([workshop.status, workshop.actualStart, workshop.actualEnd]).toEqual(["DONE", "2022-05-16", "2022-05-16"]);
    const updates = await db.activityUpdate.findMany({ where: { activityId: workshop.id }, orderBy: { createdAt: "asc" } });
    expect(updates.at(-1)?.evidence).toEqual([expect.objectContaining({ url: expect.stringMatching(/^https:\/\//) })]);
  });

  it("has a run history: some activities done, some in progress, one not started", async () => {
    const plan = await plan2022();
    const statuses = plan.phases.flatMap((p) => p.activities.map((a) => a.status));
    expect(statuses).toEqual(["DONE", "DONE", "IN_PROGRESS", "DONE", "IN_PROGRESS", "NOT_STARTED", "DONE"]);
  });
});
