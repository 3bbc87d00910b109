import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { changedFields, writeAudit } from "@/lib/audit/service";
import { conflict, notFound } from "@/lib/errors";
import { manageableOrganizationWhere } from "@/lib/organizations/access";
import type { UpdateOrganizationInput } from "@/lib/organizations/schemas";

/**
 * The names, code and place the documents print. Issued plans keep the number
 * they were issued with (Plan.symbol); a new code applies to the next ones.
 */
export async function updateOrganization(tx: Tx, user: SessionUser, input: UpdateOrganizationInput) {
  const organization = await tx.organization.findFirst({ where: manageableOrganizationWhere(user) });
  if (!organization) throw notFound("cơ quan");
  const before = { name: organization.name, headerName: organization.headerName, parentName: organization.parentName, code: organization.code, place: organization.place, numberingSource: organization.numberingSource };
  const after = { name: input.name, headerName: input.headerName, parentName: input.parentName, code: input.code, place: input.place, numberingSource: input.numberingSource ?? organization.numberingSource };
  const stale = () => conflict("Thông tin cơ quan vừa được người khác thay đổi. Dữ liệu mới nhất đã được tải lại; vui lòng xem và lưu lại.", { current: { version: organization.version, ...before } });
  if (organization.version !== input.version) throw stale();
  // Conditional on the version, so two concurrent saves cannot both win.
  const saved = await tx.organization.updateMany({ where: { id: organization.id, version: input.version }, data: { ...after, version: { increment: 1 } } });
  if (saved.count !== 1) throw stale();
  await writeAudit(tx, user, organization.id, { action: "update", entityType: "Organization", entityId: organization.id, entityLabel: "thông tin cơ quan", ...changedFields(before, after) });
  return { version: organization.version + 1 };
}
