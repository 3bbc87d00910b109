import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { changedFields, writeAudit } from "@/lib/audit/service";
import { conflict, invalid, notFound } from "@/lib/errors";
import { manageableUnitsWhere } from "@/lib/units/access";
import { allOf } from "@/lib/auth/filters";
import { searchTextOf } from "@/lib/text";
import { assertCan } from "@/lib/auth/roles";
import type { CreateUnitInput, SetUnitActiveInput, UpdateUnitInput } from "@/lib/units/schemas";

const CLOSED_FOR_GOOD = "Đơn vị đã giải thể hoặc sáp nhập, không thể dùng lại.";
const DUPLICATE_NAME = { name: ["Đã có đơn vị trùng tên trong Sở."] };

export async function assertNameFree(tx: Tx, organizationId: string, name: string, exceptId?: string) {
  const clash = await tx.unit.findFirst({
    where: { organizationId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw invalid(DUPLICATE_NAME);
}

export async function createUnit(tx: Tx, user: SessionUser, input: CreateUnitInput) {
  const where = manageableUnitsWhere(user);
  await assertNameFree(tx, user.organizationId, input.name);
  const last = await tx.unit.aggregate({ where, _max: { sortOrder: true } });
  const unit = await tx.unit.create({
    data: { ...input, searchText: searchTextOf(input.name, input.shortName), organizationId: user.organizationId, sortOrder: (last._max.sortOrder ?? 0) + 10 },
  });
  await writeAudit(tx, user, user.organizationId, {
    action: "create",
    entityType: "Unit",
    entityId: unit.id,
    after: { name: unit.name, shortName: unit.shortName, kind: unit.kind },
  });
  return unit;
}

/**
 * A unit outside the department, named in a plan being imported: leaders may add it (unit.addExternal) without
 * managing units. Audited like any new unit.
 */
export async function addExternalUnit(tx: Tx, user: SessionUser, input: { name: string; shortName: string }) {
  assertCan(user, "unit.addExternal");
  await assertNameFree(tx, user.organizationId, input.name);
  const last = await tx.unit.aggregate({ where: { organizationId: user.organizationId }, _max: { sortOrder: true } });
  const unit = await tx.unit.create({
    data: { ...input, kind: "EXTERNAL", searchText: searchTextOf(input.name, input.shortName), organizationId: user.organizationId, sortOrder: (last._max.sortOrder ?? 0) + 10 },
  });
  await writeAudit(tx, user, user.organizationId, {
    action: "create",
    entityType: "Unit",
    entityId: unit.id,
    after: { name: unit.name, shortName: unit.shortName, kind: unit.kind, addedBy: "import" },
  });
  return unit;
}

export async function loadForChange(tx: Tx, user: SessionUser, id: string, expectedVersion: number) {
  const unit = await tx.unit.findFirst({ where: allOf(manageableUnitsWhere(user), { id }) });
  if (!unit) throw notFound("đơn vị");
  if (unit.version !== expectedVersion) {
    throw conflict("Đơn vị vừa được người khác thay đổi. Dữ liệu mới nhất đã được tải lại; vui lòng xem và lưu lại.", {
      current: { version: unit.version, name: unit.name, shortName: unit.shortName, kind: unit.kind, active: unit.active },
    });
  }
  return unit;
}

// Conditional on the version, so two concurrent saves cannot both win.
export async function saveVersioned(tx: Tx, id: string, version: number, data: Record<string, unknown>) {
  const result = await tx.unit.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (result.count !== 1) throw conflict("Đơn vị vừa được người khác thay đổi. Vui lòng tải lại trang.");
}

export async function updateUnit(tx: Tx, user: SessionUser, input: UpdateUnitInput) {
  const unit = await loadForChange(tx, user, input.id, input.version);
  await assertNameFree(tx, user.organizationId, input.name, unit.id);
  const data = { name: input.name, shortName: input.shortName, kind: input.kind };
  await saveVersioned(tx, unit.id, unit.version, { ...data, searchText: searchTextOf(data.name, data.shortName) });
  await writeAudit(tx, user, user.organizationId, {
    action: "update",
    entityType: "Unit",
    entityId: unit.id,
    ...changedFields({ name: unit.name, shortName: unit.shortName, kind: unit.kind }, data),
  });
}

export async function setUnitActive(tx: Tx, user: SessionUser, input: SetUnitActiveInput) {
  const unit = await loadForChange(tx, user, input.id, input.version);
  if (unit.active === input.active) return;
  // A dissolved or merged unit stays closed: its work has moved on (lib/units/reorganise.ts).
  if (input.active && unit.closedAt) throw invalid({ _form: [CLOSED_FOR_GOOD] }, CLOSED_FOR_GOOD);
  await saveVersioned(tx, unit.id, unit.version, { active: input.active });
  await writeAudit(tx, user, user.organizationId, {
    action: input.active ? "activate" : "deactivate",
    entityType: "Unit",
    entityId: unit.id,
    before: { active: unit.active },
    after: { active: input.active },
  });
}
