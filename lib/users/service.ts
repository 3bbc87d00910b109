import type { Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changedFields, writeAudit } from "@/lib/audit/service";
import { AppError, conflict, invalid, notFound } from "@/lib/errors";
import { manageableUsersWhere } from "@/lib/users/access";
import { allOf } from "@/lib/auth/filters";
import { actsForUnit, roleCan, ROLE_LABELS } from "@/lib/auth/roles";
import type { MailPreference, Role } from "@/lib/generated/prisma/enums";
import { revokeCredentials } from "@/lib/users/credentials";
import { endAllSessions } from "@/lib/sessions/service";
import { sessionUsers } from "@/lib/auth/session-cache";
import type { ChangeOwnPasswordInput, CreateUserInput, ResetPasswordInput, SetUserActiveInput, UpdateOwnMailInput, UpdateUserInput } from "@/lib/users/schemas";

async function assertUnitInOrganization(tx: Tx, organizationId: string, unitId: string | null) {
  if (!unitId) return;
  const unit = await tx.unit.findFirst({ where: { id: unitId, organizationId, active: true }, select: { id: true } });
  if (!unit) throw invalid({ unitId: ["Đơn vị không tồn tại hoặc đã ngừng sử dụng."] });
}

/** A role whose rights come from its unit (lib/auth/roles.ts, actsForUnit) needs one. */
function assertUnitIfNeeded(role: Role, unitId: string | null) {
  if (actsForUnit(role) && !unitId) throw invalid({ unitId: [`${ROLE_LABELS[role]} phải thuộc một đơn vị.`] });
}

export async function createUser(tx: Tx, admin: SessionUser, input: CreateUserInput) {
  manageableUsersWhere(admin);
  assertUnitIfNeeded(input.role, input.unitId);
  await assertUnitInOrganization(tx, admin.organizationId, input.unitId);
  // Usernames are unique across organisations: sign-in does not ask for one.
  if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw invalid({ username: ["Tên đăng nhập đã được dùng."] });
  }
  const created = await tx.user.create({
    data: {
      organizationId: admin.organizationId,
      username: input.username,
      displayName: input.displayName,
      jobTitle: input.jobTitle,
      role: input.role,
      unitId: input.unitId,
      email: input.email ?? null,
      mailPreference: input.mailPreference,
      passwordHash: await hashPassword(input.password),
    },
  });
  await writeAudit(tx, admin, admin.organizationId, {
    action: "create",
    entityType: "User",
    entityId: created.id,
    after: { username: created.username, displayName: created.displayName, role: created.role, unitId: created.unitId, email: created.email, mailPreference: created.mailPreference },
  });
  return created;
}

/** The mail settings given (an absent field stays as it is). */
function mailChanges(input: { email?: string | null; mailPreference?: MailPreference }) {
  return {
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(input.mailPreference !== undefined ? { mailPreference: input.mailPreference } : {}),
  };
}

/** A user sets where and when mail reaches them (Tài khoản). */
export async function updateOwnMail(tx: Tx, user: SessionUser, input: UpdateOwnMailInput) {
  const me = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, version: true, email: true, mailPreference: true } });
  if (me.version !== input.version) throw conflict("Tài khoản vừa được thay đổi ở nơi khác. Hãy tải lại trang.", { current: { version: me.version, email: me.email, mailPreference: me.mailPreference } });
  const data = mailChanges(input);
  await saveVersioned(tx, me.id, me.version, data);
  await writeAudit(tx, user, user.organizationId, {
    action: "update-mail",
    entityType: "User",
    entityId: me.id,
    ...changedFields({ email: me.email, mailPreference: me.mailPreference }, data),
  });
  return { version: me.version + 1 };
}

async function loadForChange(tx: Tx, admin: SessionUser, id: string, expectedVersion: number) {
  const target = await tx.user.findFirst({ where: allOf(manageableUsersWhere(admin), { id }) });
  if (!target) throw notFound("người dùng");
  if (target.version !== expectedVersion) {
    throw conflict("Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.", {
      current: { version: target.version, displayName: target.displayName, role: target.role, unitId: target.unitId, active: target.active },
    });
  }
  return target;
}

async function saveVersioned(tx: Tx, id: string, version: number, data: Record<string, unknown>) {
  const result = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (result.count !== 1) throw conflict("Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang.");
  // Role, unit, lock and session version are what a session's user is made of: this instance forgets it at once, the others within a second.
  sessionUsers().forgetUser(id);
}

export async function updateUser(tx: Tx, admin: SessionUser, input: UpdateUserInput) {
  const target = await loadForChange(tx, admin, input.id, input.version);
  assertUnitIfNeeded(input.role, input.unitId);
  await assertUnitInOrganization(tx, admin.organizationId, input.unitId);
  // An administrator keeps the right to manage users: otherwise nobody may be left who can.
  if (target.id === admin.id && !roleCan(input.role, "user.manage")) {
    throw new AppError("INVALID", "Bạn không thể tự bỏ quyền quản trị của mình.", { fieldErrors: { role: ["Giữ vai trò Quản trị cho tài khoản đang dùng."] } });
  }
  const data = { displayName: input.displayName, jobTitle: input.jobTitle, role: input.role, unitId: input.unitId, ...mailChanges(input) };
  await saveVersioned(tx, target.id, target.version, data);
  await writeAudit(tx, admin, admin.organizationId, {
    action: "update",
    entityType: "User",
    entityId: target.id,
    ...changedFields({ displayName: target.displayName, jobTitle: target.jobTitle, role: target.role, unitId: target.unitId, email: target.email, mailPreference: target.mailPreference }, data),
  });
}

/**
 * An administrator sets a new password: whoever knew the old one may have
 * made tokens or feeds with it, so they are revoked and every session ends.
 */
export async function resetPassword(tx: Tx, admin: SessionUser, input: ResetPasswordInput) {
  const target = await loadForChange(tx, admin, input.id, input.version);
  // Bumping sessionVersion signs the user out everywhere.
  await saveVersioned(tx, target.id, target.version, {
    passwordHash: await hashPassword(input.password),
    sessionVersion: { increment: 1 },
  });
  const revoked = await revokeCredentials(tx, target.id, "PASSWORD_RESET");
  await writeAudit(tx, admin, admin.organizationId, { action: "reset-password", entityType: "User", entityId: target.id, after: { revoked } });
}

export async function setUserActive(tx: Tx, admin: SessionUser, input: SetUserActiveInput) {
  const target = await loadForChange(tx, admin, input.id, input.version);
  if (target.id === admin.id && !input.active) throw new AppError("INVALID", "Bạn không thể tự khóa tài khoản đang dùng.");
  if (target.active === input.active) return;
  await saveVersioned(tx, target.id, target.version, {
    active: input.active,
    ...(input.active ? {} : { sessionVersion: { increment: 1 } }),
  });
  // Locking revokes tokens and feeds for good; unlocking brings none of them back.
  const revoked = input.active ? undefined : await revokeCredentials(tx, target.id, "USER_DEACTIVATED");
  await writeAudit(tx, admin, admin.organizationId, {
    action: input.active ? "activate" : "deactivate",
    entityType: "User",
    entityId: target.id,
    before: { active: target.active },
    after: { active: input.active, ...(revoked ? { revoked } : {}) },
  });
}

/**
 * A user changes their own password; every session of theirs ends, this one
 * included (they sign in again with the new one). Their tokens and feeds stay:
 * they made them, and may revoke them on the same page.
 */
export async function changeOwnPassword(tx: Tx, user: SessionUser, input: ChangeOwnPasswordInput) {
  const me = await tx.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(me.passwordHash, input.currentPassword))) {
    throw invalid({ currentPassword: ["Mật khẩu hiện tại không đúng."] });
  }
  await tx.user.update({
    where: { id: me.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 }, version: { increment: 1 } },
  });
  sessionUsers().forgetUser(me.id);
  const sessions = await endAllSessions(tx, me.id);
  await writeAudit(tx, user, user.organizationId, { action: "change-password", entityType: "User", entityId: me.id, after: { sessions } });
}
