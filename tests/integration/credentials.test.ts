// Credentials end when they should: a locked account's API tokens and
// calendar feeds stop at once and stay stopped when it is unlocked; an
// administrator's password reset revokes them too; signing out ends the
// session on the server; "Đăng xuất trên mọi thiết bị" ends all of them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { regenerateFeed } from "@/lib/calendar-feeds/service";
import { listOwnFeeds, unitFeed } from "@/lib/calendar-feeds/queries";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { changeOwnPassword, resetPassword, setUserActive } from "@/lib/users/service";
import { endSession, signOutEverywhere, startSession } from "@/lib/sessions/service";
import { loadSessionUser, loadTokenUser } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";
import type { JWT } from "next-auth/jwt";
import type { Session, User } from "next-auth";
import type { SessionUser } from "@/lib/auth/user";
import { api, tokenFor } from "./support/api";
import { createPlan, createWorld, inTransaction, TEST_PASSWORD } from "./support/factories";

const HOUR = 3600;

async function feedStatus(token: string) {
  const { GET } = await import("@/app/ical/[token]/route");
  return (await GET(new Request(`http://localhost/ical/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) })).status;
}

const tokenStatus = async (token: string) => (await api("GET", "/units", { token })).status;
const versionOf = async (user: SessionUser) => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).version;

/** Whether a browser signed in as the user with this session is still signed in. */
async function signedIn(user: SessionUser, sessionId: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return (await loadSessionUser(user.id, sessionVersion, sessionId)) !== null;
}

/** Like signedIn, but with the session version the cookie was made with (a cookie never changes). */
async function cookieFor(user: SessionUser) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const sid = await startSession(db, user.id, HOUR);
  return async () => (await loadSessionUser(user.id, sessionVersion, sid)) !== null;
}

/** A STAFF user of unit A with a personal API token, the unit's calendar feed and a signed-in browser, all working; and a colleague with the same. */
async function userWithCredentials() {
  const world = await createWorld();
  const token = await tokenFor(world.staffA);
  const feed = await inTransaction((tx) => regenerateFeed(tx, world.staffA, { kind: "unit", id: world.unitA.id }));
  const browser = await cookieFor(world.staffA);
  const colleague = {
    token: await tokenFor(world.staffB),
    feed: await inTransaction((tx) => regenerateFeed(tx, world.staffB, { kind: "unit", id: world.unitB.id })),
    browser: await cookieFor(world.staffB),
  };
  expect(await tokenStatus(token)).toBe(200);
  expect(await feedStatus(feed.token)).toBe(200);
  expect(await browser()).toBe(true);
  return { world, token, feed, browser, colleague };
}

async function expectColleagueUntouched(colleague: Awaited<ReturnType<typeof userWithCredentials>>["colleague"]) {
  expect(await tokenStatus(colleague.token)).toBe(200);
  expect(await feedStatus(colleague.feed.token)).toBe(200);
  expect(await colleague.browser()).toBe(true);
}

const setActive = async (admin: SessionUser, user: SessionUser, active: boolean) =>
  inTransaction(async (tx) => setUserActive(tx, admin, { id: user.id, version: await versionOf(user), active }));

const lastAudit = (entityId: string, action: string) => db.auditLog.findFirstOrThrow({ where: { entityId, action }, orderBy: { createdAt: "desc" } });

describe("locking an account", () => {
  it("stops its API tokens, the calendar feeds it made and its sessions at once, and says why", async () => {
    const { world, token, feed, browser, colleague } = await userWithCredentials();
    await setActive(world.admin, world.staffA, false);
    expect(await tokenStatus(token)).toBe(401);
    expect(await feedStatus(feed.token)).toBe(404);
    expect(await browser()).toBe(false);
    expect(await db.session.count({ where: { userId: world.staffA.id } })).toBe(0);
    expect(await db.apiToken.findMany({ where: { userId: world.staffA.id }, select: { revokedReason: true } })).toEqual([{ revokedReason: "USER_DEACTIVATED" }]);
    expect(await db.calendarFeed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "USER_DEACTIVATED" });
    expect((await lastAudit(world.staffA.id, "deactivate")).after).toEqual({ active: false, revoked: { tokens: 1, feeds: 1, sessions: 1 } });
    // The unit's page offers to make a new feed rather than showing the dead one.
    expect((await unitFeed(world.admin, world.unitA.id)).token).toBeNull();
    await expectColleagueUntouched(colleague);
  });

  it("unlocking it does not bring them back", async () => {
    const { world, token, feed, browser } = await userWithCredentials();
    await setActive(world.admin, world.staffA, false);
    await setActive(world.admin, world.staffA, true);
    expect(await tokenStatus(token)).toBe(401);
    expect(await feedStatus(feed.token)).toBe(404);
    expect(await browser()).toBe(false);
    // What the user makes after unlocking works.
    expect(await tokenStatus(await tokenFor(world.staffA))).toBe(200);
    const fresh = await inTransaction((tx) => regenerateFeed(tx, world.staffA, { kind: "unit", id: world.unitA.id }));
    expect(await feedStatus(fresh.token)).toBe(200);
    expect(await (await cookieFor(world.staffA))()).toBe(true);
  });

  it("a feed made by an account that is locked answers 404 even if it was never marked revoked", async () => {
    // As rows written before locking revoked feeds (the migration revokes those too).
    const { world, feed } = await userWithCredentials();
    await db.user.update({ where: { id: world.staffA.id }, data: { active: false } });
    expect(await db.calendarFeed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ revokedAt: null });
    expect(await feedStatus(feed.token)).toBe(404);
    expect((await unitFeed(world.admin, world.unitA.id)).token).toBeNull();
  });
});

describe("an administrator's password reset", () => {
  it("revokes the user's API tokens and calendar feeds and ends their sessions", async () => {
    const { world, token, feed, browser, colleague } = await userWithCredentials();
    await inTransaction(async (tx) => resetPassword(tx, world.admin, { id: world.staffA.id, version: await versionOf(world.staffA), password: "mat-khau-dat-lai-moi" }));
    expect(await tokenStatus(token)).toBe(401);
    expect(await feedStatus(feed.token)).toBe(404);
    expect(await browser()).toBe(false);
    expect(await db.session.count({ where: { userId: world.staffA.id } })).toBe(0);
    expect((await lastAudit(world.staffA.id, "reset-password")).after).toEqual({ revoked: { tokens: 1, feeds: 1, sessions: 1 } });
    await expectColleagueUntouched(colleague);
  });

  it("the profile lists the revoked token and feeds with the reason; a plan the user may no longer read is not named", async () => {
    const { world, feed } = await userWithCredentials();
    const draft = await createPlan(world.organization.id, { status: "DRAFT", createdById: world.staffA.id, draftingUnitId: world.unitA.id, title: "tổ chức hội thảo của phòng (dự thảo)" });
    const planFeed = await inTransaction((tx) => regenerateFeed(tx, world.staffA, { kind: "plan", id: draft.id }));
    await inTransaction(async (tx) => resetPassword(tx, world.admin, { id: world.staffA.id, version: await versionOf(world.staffA), password: "mat-khau-dat-lai-moi" }));
    expect((await listApiTokens(world.staffA)).map((t) => t.revokedReason)).toEqual(["PASSWORD_RESET"]);
    const feeds = await listOwnFeeds(world.staffA);
    expect(feeds.map((f) => [f.id, f.revokedReason, f.revokedAt instanceof Date])).toEqual([
      [planFeed.id, "PASSWORD_RESET", true],
      [feed.id, "PASSWORD_RESET", true],
    ]);
    expect(feeds[1]).toMatchObject({ label: `Việc của ${world.unitA.name}`, href: `/my-work?unit=${world.unitA.id}` });
    expect(feeds[0]).toMatchObject({ label: "Kế hoạch tổ chức hội thảo của phòng (dự thảo)", href: `/plans/${draft.id}/calendar` });
    // Made a VIEWER since, the user reads no drafts: the draft's title is not shown.
    const feedsAsViewer = await listOwnFeeds({ ...world.staffA, role: "VIEWER" });
    expect(feedsAsViewer[0]).toMatchObject({ label: "Một kế hoạch bạn không còn xem được", href: null });
  });
});

describe("sessions", () => {
  it("next-auth records a session when the cookie is made at sign-in and deletes it at sign-out", async () => {
    const { staffA } = await createWorld();
    // What next-auth calls: the jwt callback with the user authorize() returned, then events.signOut with the decoded cookie.
    const user = { id: staffA.id, sessionVersion: 0 } as User;
    const token: JWT = await authOptions.callbacks!.jwt!({ token: {}, user, account: null, trigger: "signIn" });
    expect(token).toMatchObject({ uid: staffA.id, sv: 0, sid: expect.any(String) });
    expect(await db.session.findUniqueOrThrow({ where: { id: token.sid! } })).toMatchObject({ userId: staffA.id, expiresAt: expect.any(Date) });
    expect(await signedIn(staffA, token.sid!)).toBe(true);
    await authOptions.events!.signOut!({ token, session: {} as Session });
    expect(await signedIn(staffA, token.sid!)).toBe(false);
    expect(await db.session.count({ where: { id: token.sid! } })).toBe(0);
  });

  it("signing out ends that session only; the user's other browsers stay signed in", async () => {
    const { staffA } = await createWorld();
    const [laptop, phone] = [await startSession(db, staffA.id, HOUR), await startSession(db, staffA.id, HOUR)];
    expect([await signedIn(staffA, laptop), await signedIn(staffA, phone)]).toEqual([true, true]);
    await endSession(db, laptop);
    expect([await signedIn(staffA, laptop), await signedIn(staffA, phone)]).toEqual([false, true]);
  });

  it("“Đăng xuất trên mọi thiết bị” ends every session of the caller and of nobody else; tokens and feeds stay", async () => {
    const { world, token, feed, colleague } = await userWithCredentials();
    const second = await cookieFor(world.staffA);
    const current = await startSession(db, world.staffA.id, HOUR);
    const result = await inTransaction((tx) => signOutEverywhere(tx, world.staffA, {}));
    expect(result).toEqual({ sessions: 3 });
    expect(await second()).toBe(false);
    expect(await signedIn(world.staffA, current)).toBe(false);
    expect((await lastAudit(world.staffA.id, "sign-out-everywhere")).after).toEqual({ sessions: 3 });
    expect(await tokenStatus(token)).toBe(200);
    expect(await feedStatus(feed.token)).toBe(200);
    await expectColleagueUntouched(colleague);
  });

  it("changing one's own password ends all one's sessions and keeps one's tokens and feeds", async () => {
    const { world, token, feed, browser } = await userWithCredentials();
    await inTransaction((tx) => changeOwnPassword(tx, world.staffA, { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-rieng-moi", confirmPassword: "mat-khau-rieng-moi" }));
    expect(await browser()).toBe(false);
    expect(await db.session.count({ where: { userId: world.staffA.id } })).toBe(0);
    expect(await tokenStatus(token)).toBe(200);
    expect(await feedStatus(feed.token)).toBe(200);
  });

  it("a session ends with its cookie's lifetime, and expired rows are deleted at the next sign-in", async () => {
    const { staffA, staffB } = await createWorld();
    const nineHoursAgo = new Date(Date.now() - 9 * HOUR * 1000);
    const old = await startSession(db, staffA.id, 8 * HOUR, nineHoursAgo);
    expect(await signedIn(staffA, old)).toBe(false);
    // (Not asserted that the row is still there now: another test file signing in at this moment may already have deleted it.)
    await startSession(db, staffB.id, 8 * HOUR);
    expect(await db.session.count({ where: { id: old } })).toBe(0);
  });

  it("a cookie without a session id (made before sessions were recorded) or with an unknown one is signed out", async () => {
    const { staffA } = await createWorld();
    expect(await loadSessionUser(staffA.id, 0, undefined)).toBeNull();
    expect(await loadSessionUser(staffA.id, 0, "not-a-session")).toBeNull();
    expect(await loadSessionUser(staffA.id, 0, "01900000-0000-4000-8000-000000000000")).toBeNull();
    // Another user's session does not sign anyone in as this one.
    const { staffB } = await createWorld();
    expect(await loadSessionUser(staffA.id, 0, await startSession(db, staffB.id, HOUR))).toBeNull();
  });

  it("checking the session costs no extra query: the user and the session are read in one", async () => {
    const { staffA } = await createWorld();
    const sid = await startSession(db, staffA.id, HOUR);
    const withSession = await withQueryCount(() => loadSessionUser(staffA.id, 0, sid));
    const userAlone = await withQueryCount(() => loadTokenUser(staffA.id, crypto.randomUUID()));
    expect(withSession.result).toMatchObject({ id: staffA.id });
    expect(userAlone.result).toMatchObject({ id: staffA.id });
    expect(withSession.queries).toBe(userAlone.queries);
  });
});
