import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOrganizationSettings } from "@/lib/organizations/queries";
import { updateOrganization } from "@/lib/organizations/service";
import { updateOrganizationSchema } from "@/lib/organizations/schemas";
import { getPlanDocument } from "@/lib/plans/queries";
import { createPlan, createWorld, inTransaction, organizationSnapshot } from "./support/factories";

const details = { name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng", headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", parentName: "UBND TỈNH CAO BẰNG", code: "skhcn", place: "Cao Bằng" };

describe("the organisation's document details", () => {
  it("an ADMIN changes them, versioned and audited, and the next documents print them", async () => {
    const world = await createWorld();
    const plan = await createPlan(world.organization.id, { status: "DRAFT" });
    const { version } = await getOrganizationSettings(world.admin);
    const input = updateOrganizationSchema.parse({ ...details, version: String(version) });
    expect(input.code).toBe("SKHCN");
    await inTransaction((tx) => updateOrganization(tx, world.admin, input));

    expect(await getOrganizationSettings(world.admin)).toMatchObject({ ...details, code: "SKHCN", version: version + 1 });
    expect((await getPlanDocument(world.leader, plan.id)).organization).toMatchObject({ parentName: "UBND TỈNH CAO BẰNG", place: "Cao Bằng" });
    const audit = await db.auditLog.findMany({ where: { entityType: "Organization", entityId: world.organization.id } });
    expect(audit).toMatchObject([{ action: "update", actorId: world.admin.id, after: { parentName: "UBND TỈNH CAO BẰNG", place: "Cao Bằng" } }]);
  });

  it("a stale version gets a conflict with the newer values and changes nothing", async () => {
    const world = await createWorld();
    const { version } = await getOrganizationSettings(world.admin);
    await inTransaction((tx) => updateOrganization(tx, world.admin, updateOrganizationSchema.parse({ ...details, version })));
    const snapshot = async () => ({ organization: await db.organization.findUniqueOrThrow({ where: { id: world.organization.id } }), rows: await organizationSnapshot(world.organization.id) });
    const before = await snapshot();
    await expect(inTransaction((tx) => updateOrganization(tx, world.admin, updateOrganizationSchema.parse({ ...details, place: "Hà Nội", version })))).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { place: "Cao Bằng", version: version + 1 } },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("only an ADMIN may read or change them; bad input names its field", async () => {
    const world = await createWorld();
    for (const user of [world.leader, world.staffA, world.viewer]) {
      await expect(getOrganizationSettings(user)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(inTransaction((tx) => updateOrganization(tx, user, updateOrganizationSchema.parse({ ...details, version: 1 })))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const bad = updateOrganizationSchema.safeParse({ ...details, code: "KH CN", place: " ", version: 1 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["code", "Chữ viết tắt chỉ gồm chữ in hoa không dấu (và Đ) hoặc số, ví dụ SKHCN."],
      ["place", "Địa danh là bắt buộc."],
    ]);
  });
});
