// A case the client must react to carries a specific reason, in the form
// state and in problem+json, so the form and API scripts branch on it and
// never on the wording of the message.
import { describe, expect, it, vi } from "vitest";
import type * as SessionToken from "@/lib/auth/session-token";
import type * as NextCache from "next/cache";
import { recordUpdateAction } from "@/lib/activities/actions";
import { api, tokenFor } from "./support/api";
import { organizationSnapshot } from "./support/factories";
import { planIn, rightsWorld, sessionOf } from "./support/rights-world";

const session = vi.hoisted(() => ({ current: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({ ...(await importOriginal<typeof SessionToken>()), sessionClaims: async () => session.current }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof NextCache>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

describe("RESULT_REQUIRED", () => {
  it("reaches the update form's state when an activity is marked done without a result", async () => {
    const w = await rightsWorld();
    const { activity } = await planIn(w, "ISSUED");
    session.current = await sessionOf(w, "staffLead");
    const before = await organizationSnapshot(w.org.id);
    const form = new FormData();
    form.set("activityId", activity.id);
    form.set("version", String(activity.version));
    form.set("status", "DONE");
    const state = await recordUpdateAction({ status: "idle" }, form);
    expect(state).toMatchObject({ status: "error", code: "INVALID", reason: "RESULT_REQUIRED", fieldErrors: { result: [expect.any(String)] } });
    expect(await organizationSnapshot(w.org.id)).toEqual(before);
    form.set("confirmNoResult", "on");
    expect(await recordUpdateAction({ status: "idle" }, form)).toMatchObject({ status: "success" });
  });

  it("reaches an API client in problem+json", async () => {
    const w = await rightsWorld();
    const { activity } = await planIn(w, "ISSUED");
    const token = await tokenFor(w.users.staffLead);
    const refused = await api("POST", `/activities/${activity.id}/updates`, { token, body: { version: activity.version, status: "DONE" } });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json).toMatchObject({ status: 422, reason: "RESULT_REQUIRED", errors: { result: [expect.any(String)] } });
    const confirmed = await api("POST", `/activities/${activity.id}/updates`, { token, body: { version: activity.version, status: "DONE", confirmNoResult: true } });
    expect(confirmed.status).toBe(201);
  });

  it("is not given to other invalid input", async () => {
    const w = await rightsWorld();
    const { activity } = await planIn(w, "ISSUED");
    const token = await tokenFor(w.users.staffLead);
    const refused = await api("POST", `/activities/${activity.id}/updates`, { token, body: { version: activity.version, actualStart: "2026-05-10", actualEnd: "2026-05-01" } });
    expect(refused.status).toBe(422);
    expect(refused.json).not.toHaveProperty("reason");
  });
});
