// The session user is read at most once a second per instance
// (lib/auth/session-cache.ts), and that never lets a session outlive what
// ends it: a locked account, a changed or reset password, a sign-out or
// "sign out everywhere" is refused at once on the instance that made the
// change and within a second on another one (a second, independent cache on
// its own clock, as another app process on the same database).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withQueryCount } from "@/lib/db-metrics";
import { loadSessionUser } from "@/lib/auth/session";
import { createSessionUserCache, SESSION_USER_TTL_MS } from "@/lib/auth/session-cache";
import { endSession, signOutEverywhere, startSession } from "@/lib/sessions/service";
import { changeOwnPassword, resetPassword, setUserActive, updateUser } from "@/lib/users/service";
import { changeOwnPasswordSchema, updateUserSchema } from "@/lib/users/schemas";
import type { SessionUser } from "@/lib/auth/user";
import { createWorld, inTransaction, TEST_PASSWORD } from "./support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

/** A browser of staffA signed in, seen by this instance and by another one whose clock the test moves. */
async function signedInOnTwoInstances() {
  const world = await createWorld();
  const { sessionVersion, version } = await db.user.findUniqueOrThrow({ where: { id: world.staffA.id } });
  const sid = await startSession(db, world.staffA.id, 3600);
  const clock = { now: Date.now() };
  const other = createSessionUserCache({ now: () => clock.now });
  const onThis = () => loadSessionUser(world.staffA.id, sessionVersion, sid);
  const onOther = () => loadSessionUser(world.staffA.id, sessionVersion, sid, other);
  expect(await onThis()).toMatchObject({ id: world.staffA.id });
  expect(await onOther()).toMatchObject({ id: world.staffA.id });
  return { world, sid, version, clock, onThis, onOther };
}

const ENDINGS: [string, (w: World, s: { sid: string; version: number }) => Promise<unknown>][] = [
  ["locking the account", (w, s) => inTransaction((tx) => setUserActive(tx, w.admin, { id: w.staffA.id, version: s.version, active: false }))],
  ["an administrator's password reset", (w, s) => inTransaction((tx) => resetPassword(tx, w.admin, { id: w.staffA.id, version: s.version, password: "mat-khau-moi-dat-lai-1" }))],
  ["changing one's own password", (w) => inTransaction((tx) => changeOwnPassword(tx, w.staffA, changeOwnPasswordSchema.parse({ currentPassword: TEST_PASSWORD, newPassword: "mat-khau-moi-tu-doi-2", confirmPassword: "mat-khau-moi-tu-doi-2" })))],
  ["signing out", (_w, s) => endSession(db, s.sid)],
  ["signing out everywhere", (w) => inTransaction((tx) => signOutEverywhere(tx, w.staffA, {}))],
];

describe("a session's user, remembered for at most a second", () => {
  it("a second request within the second reads nothing from the database", async () => {
    const { onThis } = await signedInOnTwoInstances();
    const again = await withQueryCount(onThis);
    expect(again.result).not.toBeNull();
    expect(again.queries).toBe(0);
  });

  for (const [name, end] of ENDINGS) {
    it(`${name}: refused at once on this instance, and on another once its second has passed`, async () => {
      const { world, sid, version, clock, onThis, onOther } = await signedInOnTwoInstances();
      await end(world, { sid, version });
      expect(await onThis()).toBeNull();
      clock.now += SESSION_USER_TTL_MS;
      expect(await onOther()).toBeNull();
    });
  }

  it("a role change is seen at once on this instance, and on another once its second has passed", async () => {
    const { world, version, clock, onThis, onOther } = await signedInOnTwoInstances();
    const input = updateUserSchema.parse({ id: world.staffA.id, version, displayName: world.staffA.displayName, jobTitle: "", role: "VIEWER" });
    await inTransaction((tx) => updateUser(tx, world.admin, input));
    expect(await onThis()).toMatchObject<Partial<SessionUser>>({ role: "VIEWER", unitId: null });
    clock.now += SESSION_USER_TTL_MS;
    expect(await onOther()).toMatchObject<Partial<SessionUser>>({ role: "VIEWER", unitId: null });
  });
});
