// Every server action against its refused callers (ACTION_CASES): the form
// state or sign-in redirect it must answer with, and not one row of either
// organisation changed; then the calls that must go through.
import { describe, expect, it, vi } from "vitest";
import type * as SessionToken from "@/lib/auth/session-token";
import type * as NextCache from "next/cache";
import { ACTION_CASES } from "./support/rights-cases";
import type { Who } from "./support/rights-dsl";
import { call, expected } from "./support/actions";
import { loadServerActions } from "./support/rights-discovery";
import { rightsWorld, sessionOf, worldSnapshot, type RightsWorld } from "./support/rights-world";

// The session is the only thing faked: the session cookie's claims (sessionClaims), under the
// real requireUser()/getCurrentUser(), which load the user from the database.
const session = vi.hoisted(() => ({ current: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({ ...(await importOriginal<typeof SessionToken>()), sessionClaims: async () => session.current }));
// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof NextCache>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

async function signIn(w: RightsWorld, who: Who) {
  session.current = who === "signedOut" ? null : await sessionOf(w, who);
}

const actions = await loadServerActions();

describe("every server action refuses who it must", () => {
  for (const [name, c] of Object.entries(ACTION_CASES)) {
    it(name, async () => {
      const action = actions.get(name);
      expect(action, `${name} is not an exported server action`).toBeDefined();
      const w = await rightsWorld();
      const t = await c.setup(w);
      const before = await worldSnapshot(w);

      for (const refusal of c.refused) {
        for (const who of refusal.who) {
          await signIn(w, who);
          const outcome = await call(action!, await (refusal.input ?? c.input)(t, w));
          expect(outcome, `${who}${refusal.why ? ` (${refusal.why})` : ""}`).toMatchObject(expected(refusal.expect));
          expect(await worldSnapshot(w), `${who} changed data`).toEqual(before);
        }
      }

      for (const allowed of c.allowed ?? []) {
        const previous = await worldSnapshot(w);
        await signIn(w, allowed.who);
        const outcome = await call(action!, await (allowed.input ?? c.input)(t, w));
        if (allowed.redirectTo) expect(outcome, allowed.who).toMatchObject({ redirect: expect.stringMatching(allowed.redirectTo) });
        else expect(outcome, allowed.who).toMatchObject({ state: { status: "success" } });
        if (allowed.changes === false) expect(await worldSnapshot(w)).toEqual(previous);
        else expect(await worldSnapshot(w), `${allowed.who} changed nothing`).not.toEqual(previous);
      }
    });
  }
});
