// The world every rights case runs in: an organisation with a user of each
// kind of caller, a second organisation, plans of unit A in any status, and a
// snapshot of every row both organisations own, to prove a refused call
// changed nothing.
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/user";
import { shiftDate, todayInVietnam, yearOf } from "@/lib/dates";
import { PUBLISHED_PLAN_STATUSES } from "@/lib/plans/labels";
import { startSession } from "@/lib/sessions/service";
import { createPlan, createUnit, createUser, createWorld, organizationSnapshot } from "./factories";

/** Who calls (vanThu: the văn thư, who keeps the register). Unit A drafts the plans and leads their activity; unit B supports it; unit C has no part. */
export const CALLERS = ["admin", "leader", "vanThu", "staffLead", "staffSupport", "staffOther", "viewer", "otherOrgLeader", "otherOrgAdmin"] as const;
export type Caller = (typeof CALLERS)[number];

export async function rightsWorld() {
  const world = await createWorld();
  const unitC = await createUnit(world.organization.id);
  const staffOther = await createUser(world.organization.id, "STAFF", unitC.id);
  const vanThu = await createUser(world.organization.id, "VAN_THU", null);
  const other = await createWorld();
  const users: Record<Caller, SessionUser> = {
    admin: world.admin,
    leader: world.leader,
    vanThu,
    staffLead: world.staffA,
    staffSupport: world.staffB,
    staffOther,
    viewer: world.viewer,
    otherOrgLeader: other.leader,
    otherOrgAdmin: other.admin,
  };
  // Each caller is signed in once, before any snapshot is taken: a sign-in is not a change a call made.
  const sessions = Object.fromEntries(await Promise.all(CALLERS.map(async (c) => [c, await startSession(db, users[c].id, 3600)] as const))) as Record<Caller, string>;
  return { org: world.organization, unitA: world.unitA, unitB: world.unitB, unitC, otherOrg: other.organization, otherUnit: other.unitA, users, sessions };
}

/** What the session cookie holds for the caller (sessionClaims), as of now. */
export async function sessionOf(w: { users: Record<Caller, SessionUser>; sessions: Record<Caller, string> }, who: Caller) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: w.users[who].id } });
  return { uid: w.users[who].id, sv: sessionVersion, sid: w.sessions[who] };
}
export type RightsWorld = Awaited<ReturnType<typeof rightsWorld>>;

let planNumber = 0;

/** A plan drafted by unit A: a phase with one activity (lead A, support B) and an empty phase. */
export async function planIn(w: RightsWorld, status: PlanStatus = "DRAFT") {
  const today = todayInVietnam();
  const plan = await createPlan(w.org.id, {
    status,
    createdById: w.users.staffLead.id,
    draftingUnitId: w.unitA.id,
    signerTitle: "GIÁM ĐỐC",
    year: yearOf(today),
    ...(PUBLISHED_PLAN_STATUSES.includes(status) ? { number: ++planNumber, issueDate: today } : {}),
    phases: [
      { title: "Chuẩn bị", start: shiftDate(today, -5), end: shiftDate(today, 5), activities: [{ content: "Tổ chức hội thảo", lead: w.unitA.id, supporters: [w.unitB.id] }] },
      { title: "Tổng kết", start: shiftDate(today, 6), end: shiftDate(today, 9), activities: [] },
    ],
  });
  const [phase, emptyPhase] = await db.phase.findMany({ where: { planId: plan.id }, orderBy: { order: "asc" } });
  const activity = await db.activity.findFirstOrThrow({ where: { planId: plan.id } });
  return { plan, phase: phase!, emptyPhase: emptyPhase!, activity };
}
export type PlanFixture = Awaited<ReturnType<typeof planIn>>;

/** An evidence file on the plan's activity. */
export function attachmentOn(fixture: PlanFixture) {
  const bytes = Buffer.from("%PDF-1.4\n%%EOF");
  return db.attachment.create({
    data: { organizationId: fixture.plan.organizationId, activityId: fixture.activity.id, fileName: "bien-ban.pdf", contentType: "application/pdf", size: bytes.byteLength, sha256: "0".repeat(64), data: bytes },
  });
}

/** Current versions, read just before a call (an allowed call before it may have moved them on). */
export const versionOf = {
  plan: async (id: string) => String((await db.plan.findUniqueOrThrow({ where: { id } })).version),
  phase: async (id: string) => String((await db.phase.findUniqueOrThrow({ where: { id } })).version),
  activity: async (id: string) => String((await db.activity.findUniqueOrThrow({ where: { id } })).version),
  user: async (id: string) => String((await db.user.findUniqueOrThrow({ where: { id } })).version),
  unit: async (id: string) => String((await db.unit.findUniqueOrThrow({ where: { id } })).version),
  organization: async (id: string) => String((await db.organization.findUniqueOrThrow({ where: { id } })).version),
};

/** A next-auth session cookie for the user, as the browser would send it after signing in (a new session). */
export async function sessionCookieFor(user: SessionUser): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const sid = await startSession(db, user.id, 3600);
  const token = await encode({ token: { uid: user.id, sv: sessionVersion, sid }, secret: process.env.AUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/** organizationSnapshot plus the tables it leaves out (templates, notifications, tokens, feeds, sessions, tracking extras, signed copies). */
async function everyRow(organizationId: string) {
  const where = { organizationId };
  const [organization, templates, notifications, tokens, feeds, comments, targets, attachments, groups, counters, sessions, signedCopies] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.planTemplate.findMany({ where, orderBy: { id: "asc" } }),
    db.notification.findMany({ where, orderBy: { id: "asc" } }),
    db.apiToken.findMany({ where, orderBy: { id: "asc" } }),
    db.calendarFeed.findMany({ where, orderBy: { id: "asc" } }),
    db.activityComment.findMany({ where, orderBy: { id: "asc" } }),
    db.activityTarget.findMany({ where, orderBy: { id: "asc" } }),
    db.attachment.findMany({ where, orderBy: { id: "asc" } }),
    db.unitGroupMember.findMany({ where, orderBy: [{ groupId: "asc" }, { memberId: "asc" }] }),
    db.planNumberCounter.findMany({ where, orderBy: { year: "asc" } }),
    db.session.findMany({ where: { user: { organizationId } }, orderBy: { id: "asc" } }),
    db.signedCopy.findMany({ where, orderBy: { id: "asc" } }),
  ]);
  // Using a token stamps its lastUsedAt: bookkeeping of the call, not a change it made.
  const tokenRows = tokens.map(({ lastUsedAt: _lastUsedAt, ...token }) => token);
  return { ...(await organizationSnapshot(organizationId)), organization, templates, notifications, tokens: tokenRows, feeds, comments, targets, attachments, groups, counters, sessions, signedCopies };
}

/** Every row of both organisations of the world. */
export async function worldSnapshot(w: RightsWorld) {
  return { own: await everyRow(w.org.id), other: await everyRow(w.otherOrg.id) };
}
