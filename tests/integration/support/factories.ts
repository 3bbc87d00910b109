// Seed factories for integration tests: every test makes its own organisation
// with unique names, so test files can run in parallel on one database.
import { randomUUID } from "node:crypto";
import { db } from "@/tests/support/db";
import type { Tx } from "@/lib/db-client";
import type { RecordUpdateInput } from "@/lib/activities/schemas";
import type { Role, UnitKind } from "@/lib/generated/prisma/enums";
import { toSessionUser, type SessionUser } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { createPlanFromSpec, type ActivitySpec, type PhaseSpec, type PlanSpec } from "@/prisma/seed/plan-spec";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { searchTextOf } from "@/lib/text";

export const TEST_PASSWORD = "mat-khau-thu-nghiem";
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createOrganization(overrides: Partial<{ name: string; headerName: string; parentName: string; code: string; place: string }> = {}) {
  return db.organization.create({
    data: {
      name: overrides.name ?? unique("Sở KH&CN thử nghiệm"),
      headerName: overrides.headerName ?? "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      parentName: overrides.parentName ?? "UBND TỈNH THỬ NGHIỆM",
      code: overrides.code ?? "SKHCN",
      place: overrides.place ?? "Thử Nghiệm",
    },
  });
}

export async function createUnit(organizationId: string, overrides: Partial<{ name: string; shortName: string; kind: UnitKind; sortOrder: number }> = {}) {
  const name = overrides.name ?? unique("Phòng");
  return db.unit.create({
    data: { organizationId, name, shortName: overrides.shortName ?? name.slice(0, 20), kind: overrides.kind ?? "INTERNAL", sortOrder: overrides.sortOrder, searchText: searchTextOf(name, overrides.shortName ?? name.slice(0, 20)) },
  });
}

/** Makes these units members of a GROUP unit: their staff then see the group's activities as their own. */
export async function addGroupMembers(organizationId: string, groupId: string, memberIds: string[]) {
  await db.unitGroupMember.createMany({ data: memberIds.map((memberId) => ({ organizationId, groupId, memberId })) });
}

export async function createUser(organizationId: string, role: Role, unitId: string | null = null, username = unique("user")) {
  const user = await db.user.create({
    data: {
      organizationId,
      unitId,
      username: username.toLowerCase(),
      displayName: `Người dùng ${username}`,
      role,
      passwordHash: await hashed(),
    },
    include: { organization: true, unit: true },
  });
  return toSessionUser(user);
}

export async function sessionUserByUsername(username: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, include: { organization: true, unit: true } });
  return toSessionUser(user);
}

/** An organisation with two units and one user of each role. */
export async function createWorld() {
  const organization = await createOrganization();
  const unitA = await createUnit(organization.id);
  const unitB = await createUnit(organization.id);
  const admin = await createUser(organization.id, "ADMIN", unitA.id);
  const leader = await createUser(organization.id, "LEADER");
  const staffA = await createUser(organization.id, "STAFF", unitA.id);
  const staffB = await createUser(organization.id, "STAFF", unitB.id);
  const viewer = await createUser(organization.id, "VIEWER");
  return { organization, unitA, unitB, admin, leader, staffA, staffB, viewer };
}

export async function createPlan(organizationId: string, overrides: Partial<PlanSpec> & { phases?: PhaseSpec[] } = {}) {
  const id = await createPlanFromSpec(db, {
    organizationId,
    title: overrides.title ?? unique("Kế hoạch thử nghiệm"),
    year: overrides.year ?? 2026,
    place: "Thử Nghiệm",
    ...overrides,
    phases: overrides.phases ?? [],
  });
  return db.plan.findUniqueOrThrow({ where: { id } });
}

/**
 * A plan issued today (number 1, this year) with one phase, "Triển khai", that
 * runs from `days.start` to `days.end` days around today: what tracking tests
 * update, remind about and count.
 */
export function createIssuedPlan(organizationId: string, activities: ActivitySpec[], days: { start: number; end: number } = { start: -10, end: 10 }) {
  const today = todayInVietnam();
  return createPlan(organizationId, {
    status: "ISSUED",
    number: 1,
    issueDate: today,
    year: Number(today.slice(0, 4)),
    phases: [{ title: "Triển khai", start: shiftDate(today, days.start), end: shiftDate(today, days.end), activities }],
  });
}

/** Runs a service the way the action wrapper does: one transaction. */
export function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(fn);
}

/** Every row an organisation owns, to prove a refused call changed nothing. */
export async function organizationSnapshot(organizationId: string) {
  const where = { organizationId };
  const [units, users, plans, phases, activities, supports, updates, reviews, audit] = await Promise.all([
    db.unit.findMany({ where, orderBy: { id: "asc" } }),
    db.user.findMany({ where, orderBy: { id: "asc" } }),
    db.plan.findMany({ where, orderBy: { id: "asc" } }),
    db.phase.findMany({ where, orderBy: { id: "asc" } }),
    db.activity.findMany({ where, orderBy: { id: "asc" } }),
    db.activitySupport.findMany({ where, orderBy: [{ activityId: "asc" }, { unitId: "asc" }] }),
    db.activityUpdate.findMany({ where, orderBy: { id: "asc" } }),
    db.planReview.findMany({ where, orderBy: { id: "asc" } }),
    db.auditLog.findMany({ where, orderBy: { id: "asc" } }),
  ]);
  return { units, users, plans, phases, activities, supports, updates, reviews, audit };
}

/** A tracking update of `activity` at its version, with only `extra` said (recordActivityUpdate's input). */
export function trackingInput(activity: { id: string; version: number }, extra: Partial<RecordUpdateInput> = {}): RecordUpdateInput {
  return { activityId: activity.id, version: activity.version, statusReason: "", note: "", figures: [], evidence: [], targets: [], confirmNoResult: false, files: [], actualStart: null, actualEnd: null, ...extra };
}
