import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUnit as createUnitService, setUnitActive, updateUnit } from "@/lib/units/service";
import { createUser as createUserService, resetPassword, setUserActive, updateUser } from "@/lib/users/service";
import { verifyPassword } from "@/lib/auth/password";
import { createUnit, createWorld, inTransaction, organizationSnapshot } from "./support/factories";

describe("units and users are managed by an ADMIN only", () => {
  it("refuses every admin function to STAFF, LEADER and VIEWER and changes nothing", async () => {
    const world = await createWorld();
    const before = await organizationSnapshot(world.organization.id);
    for (const actor of [world.staffA, world.leader, world.viewer]) {
      const unitRow = await db.unit.findUniqueOrThrow({ where: { id: world.unitA.id } });
      const calls = [
        () => inTransaction((tx) => createUnitService(tx, actor, { name: "Phòng mới", shortName: "PM", kind: "INTERNAL" })),
        () => inTransaction((tx) => updateUnit(tx, actor, { id: unitRow.id, version: unitRow.version, name: "Đổi tên", shortName: "ĐT", kind: "INTERNAL" })),
        () => inTransaction((tx) => setUnitActive(tx, actor, { id: unitRow.id, version: unitRow.version, active: false })),
        () =>
          inTransaction((tx) =>
            createUserService(tx, actor, { username: "hacker", password: "mot-mat-khau-dai", displayName: "X", jobTitle: "", role: "ADMIN", unitId: null }),
          ),
        () => inTransaction((tx) => updateUser(tx, actor, { id: world.staffB.id, version: 1, displayName: "X", jobTitle: "", role: "ADMIN", unitId: null })),
        () => inTransaction((tx) => resetPassword(tx, actor, { id: world.staffB.id, version: 1, password: "mot-mat-khau-dai" })),
        () => inTransaction((tx) => setUserActive(tx, actor, { id: world.staffB.id, version: 1, active: false })),
      ];
      for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await organizationSnapshot(world.organization.id)).toEqual(before);
  });

  it("lets an ADMIN create, rename and deactivate a unit, with one audit entry each", async () => {
    const world = await createWorld();
    const unit = await inTransaction((tx) => createUnitService(tx, world.admin, { name: "Phòng Kế hoạch – Tài chính", shortName: "Phòng KH-TC", kind: "INTERNAL" }));
    await inTransaction((tx) => updateUnit(tx, world.admin, { id: unit.id, version: 1, name: "Phòng Kế hoạch - Tài chính", shortName: "Phòng KHTC", kind: "INTERNAL" }));
    await inTransaction((tx) => setUnitActive(tx, world.admin, { id: unit.id, version: 2, active: false }));
    const saved = await db.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(saved).toMatchObject({ name: "Phòng Kế hoạch - Tài chính", shortName: "Phòng KHTC", active: false, version: 3 });
    const audit = await db.auditLog.findMany({ where: { entityId: unit.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "deactivate"]);
    expect(audit[1]).toMatchObject({
      actorId: world.admin.id,
      before: { name: "Phòng Kế hoạch – Tài chính", shortName: "Phòng KH-TC" },
      after: { name: "Phòng Kế hoạch - Tài chính", shortName: "Phòng KHTC" },
    });
  });

  it("refuses a duplicate unit name with a field error", async () => {
    const world = await createWorld();
    await expect(
      inTransaction((tx) => createUnitService(tx, world.admin, { name: world.unitA.name.toUpperCase(), shortName: "X", kind: "INTERNAL" })),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { name: ["Đã có đơn vị trùng tên trong Sở."] } });
  });

  it("refuses a stale version with a conflict that carries the newer values, and keeps them", async () => {
    const world = await createWorld();
    await inTransaction((tx) => updateUnit(tx, world.admin, { id: world.unitA.id, version: 1, name: "Tên của người thứ nhất", shortName: "A", kind: "INTERNAL" }));
    const error = await inTransaction((tx) =>
      updateUnit(tx, world.admin, { id: world.unitA.id, version: 1, name: "Tên của người thứ hai", shortName: "B", kind: "INTERNAL" }),
    ).catch((e) => e);
    expect(error).toMatchObject({ code: "CONFLICT", details: { current: { version: 2, name: "Tên của người thứ nhất" } } });
    expect(await db.unit.findUniqueOrThrow({ where: { id: world.unitA.id } })).toMatchObject({ name: "Tên của người thứ nhất", version: 2 });
  });

  it("cannot touch a unit or user of another organisation: not found, nothing changed", async () => {
    const mine = await createWorld();
    const other = await createWorld();
    const before = await organizationSnapshot(other.organization.id);
    await expect(
      inTransaction((tx) => updateUnit(tx, mine.admin, { id: other.unitA.id, version: 1, name: "Chiếm", shortName: "C", kind: "INTERNAL" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inTransaction((tx) => setUserActive(tx, mine.admin, { id: other.staffA.id, version: 1, active: false }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      inTransaction((tx) =>
        createUserService(tx, mine.admin, { username: "nguoi-moi-x", password: "mot-mat-khau-dai", displayName: "X", jobTitle: "", role: "STAFF", unitId: other.unitA.id }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { unitId: expect.any(Array) } });
    expect(await organizationSnapshot(other.organization.id)).toEqual(before);
  });

  it("creates users, changes roles, resets passwords and locks accounts (signing them out)", async () => {
    const world = await createWorld();
    const unit = await createUnit(world.organization.id);
    const created = await inTransaction((tx) =>
      createUserService(tx, world.admin, {
        username: `canbo${Date.now()}`,
        password: "mat-khau-ban-dau",
        displayName: "Nguyễn Văn Mới",
        jobTitle: "Chuyên viên",
        role: "STAFF",
        unitId: unit.id,
      }),
    );
    expect(created.passwordHash).not.toContain("mat-khau-ban-dau");
    expect(await verifyPassword(created.passwordHash, "mat-khau-ban-dau")).toBe(true);
    await inTransaction((tx) => updateUser(tx, world.admin, { id: created.id, version: 1, displayName: "Nguyễn Văn Mới", jobTitle: "Phó phòng", role: "LEADER", unitId: null }));
    await inTransaction((tx) => resetPassword(tx, world.admin, { id: created.id, version: 2, password: "mat-khau-moi-hon" }));
    await inTransaction((tx) => setUserActive(tx, world.admin, { id: created.id, version: 3, active: false }));
    const saved = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(saved).toMatchObject({ role: "LEADER", jobTitle: "Phó phòng", active: false, sessionVersion: 2, version: 4 });
    expect(await verifyPassword(saved.passwordHash, "mat-khau-moi-hon")).toBe(true);
  });

  it("requires a unit for STAFF and refuses an admin removing their own admin role", async () => {
    const world = await createWorld();
    await expect(
      inTransaction((tx) => createUserService(tx, world.admin, { username: `khongdonvi${Date.now()}`, password: "mat-khau-ban-dau", displayName: "X", jobTitle: "", role: "STAFF", unitId: null })),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { unitId: ["Cán bộ đơn vị phải thuộc một đơn vị."] } });
    await expect(
      inTransaction((tx) => updateUser(tx, world.admin, { id: world.admin.id, version: 1, displayName: "X", jobTitle: "", role: "STAFF", unitId: world.unitA.id })),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});
