// Every text a server action accepts, with a lone UTF-16 surrogate ("\ud800",
// half of an emoji) or NUL in it: refused with a field error at that field,
// never an unexpected error, and not one row changed. FormData cannot carry a
// lone surrogate (it is cleaned to "�" on the way), but React's encoding of a
// plain-object argument does, so the object is what is sent here.
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type * as SessionToken from "@/lib/auth/session-token";
import type * as NextCache from "next/cache";
import { formDataToObject } from "@/lib/form-data";
import { ACTION_CASES } from "./support/rights-cases";
import { callWithObject, toFormData } from "./support/actions";
import { loadServerActions } from "./support/rights-discovery";
import { rightsWorld, sessionOf, worldSnapshot, type Caller, type RightsWorld } from "./support/rights-world";

const session = vi.hoisted(() => ({ current: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({ ...(await importOriginal<typeof SessionToken>()), sessionClaims: async () => session.current }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof NextCache>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

async function signIn(w: RightsWorld, who: Caller) {
  session.current = await sessionOf(w, who);
}

function stringLeaves(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return [path.join(".")];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, String(i)]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

function withText(input: Record<string, unknown>, path: string, change: (old: string) => string): Record<string, unknown> {
  const copy = structuredClone(input);
  const keys = path.split(".");
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = change(target[keys.at(-1)!] as string);
  return copy;
}

/** NUL or one lone surrogate, high or low, put anywhere inside the field's own value. */
const unstorable = fc.tuple(fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }), fc.constant(0)), fc.nat());
const insert = ([code, at]: [number, number]) => (old: string) => {
  const k = at % (old.length + 1);
  return `${old.slice(0, k)}${String.fromCharCode(code)}${old.slice(k)}`;
};

const actions = await loadServerActions();

describe("unstorable text in any field of any server action", () => {
  for (const [name, c] of Object.entries(ACTION_CASES)) {
    if (!c.allowed?.length) continue;
    it(name, async () => {
      const action = actions.get(name)!;
      const w = await rightsWorld();
      const t = await c.setup(w);
      const before = await worldSnapshot(w);
      for (const allowed of c.allowed!) {
        await signIn(w, allowed.who);
        // What the action reads from the form that goes through in rights-actions.test.ts.
        const input = formDataToObject(toFormData(await (allowed.input ?? c.input)(t, w)));
        for (const field of stringLeaves(input)) {
          await fc.assert(
            fc.asyncProperty(unstorable, async (bad) => {
              const outcome = await callWithObject(action, withText(input, field, insert(bad)));
              expect(outcome, field).toMatchObject({ state: { status: "error", code: "INVALID" } });
              const errors = (outcome as { state: { fieldErrors?: Record<string, string[]> } }).state.fieldErrors ?? {};
              expect(Object.keys(errors).filter((key) => key === field || key.startsWith(`${field}.`)), `${field}: ${JSON.stringify(errors)}`).not.toEqual([]);
              expect(await worldSnapshot(w), `${field} changed data`).toEqual(before);
            }),
            { numRuns: 2 },
          );
        }
      }
    });
  }
});
