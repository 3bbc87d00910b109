// Every /api/v1 operation against its refused callers (API_CASES): the status,
// a problem+json body, and not one row of either organisation changed; then
// the same request from a caller who may, so a refusal is not a bad request.
import { describe, expect, it } from "vitest";
import { API } from "@/lib/api/routes";
import type { ApiSpec } from "@/lib/api/spec";
import { listPlans } from "@/lib/plans/queries";
import { api, tokenFor, type ApiResponse } from "./support/api";
import { API_CASES } from "./support/rights-cases";
import type { ApiRequest, ApiWho } from "./support/rights-dsl";
import { CALLERS, planIn, rightsWorld, sessionCookieFor, worldSnapshot, type Caller, type RightsWorld } from "./support/rights-world";

const specOf = (operationId: string): ApiSpec => Object.values(API).find((spec) => spec.operationId === operationId)!;

async function callers(w: RightsWorld, cookieOf: Caller) {
  const tokens = Object.fromEntries(await Promise.all(CALLERS.map(async (c) => [c, await tokenFor(w.users[c])] as const))) as Record<Caller, string>;
  const cookie = await sessionCookieFor(w.users[cookieOf]);
  return (who: ApiWho, { method, path, body, formData }: ApiRequest): Promise<ApiResponse> => {
    if (who === "anonymous") return api(method, path, { body, formData });
    if (who === "crossSite") return api(method, path, { body, formData, headers: { cookie, origin: "https://evil.example" } });
    if (who === "crossSiteFetch") return api(method, path, { body, formData, headers: { cookie, "sec-fetch-site": "cross-site" } });
    return api(method, path, { body, formData, token: tokens[who] });
  };
}

describe("every API operation refuses who it must", () => {
  for (const [operationId, c] of Object.entries(API_CASES)) {
    it(operationId, async () => {
      const spec = specOf(operationId);
      if (c.kind === "public") {
        expect(spec.auth).toBe(false);
        expect((await api(c.request.method, c.request.path)).status).toBe(200);
        for (const method of ["POST", "PATCH", "DELETE"] as const) expect((await api(method, c.request.path)).status, `${method} ${spec.path}`).toBe(405);
        return;
      }
      expect(c.kind).toBe(spec.method === "GET" ? "read" : "write");
      const w = await rightsWorld();
      const t = await c.setup(w);
      const send = await callers(w, c.allowed.who);
      const before = await worldSnapshot(w);

      for (const refusal of c.refused) {
        for (const who of refusal.who) {
          const response = await send(who, await (refusal.request ?? c.request)(t, w));
          expect(response.status, `${who}: ${response.text}`).toBe(refusal.status);
          expect(response.headers.get("content-type"), who).toContain("application/problem+json");
          expect(response.json, who).toMatchObject({ status: refusal.status, detail: expect.any(String) });
          expect(await worldSnapshot(w), `${who} changed data`).toEqual(before);
        }
      }
      for (const scope of c.scoped ?? []) {
        for (const who of scope.who) {
          const response = await send(who, await (scope.request ?? c.request)(t, w));
          expect(response.status, who).toBe(200);
          for (const id of scope.hidden(t)) expect(response.text, `${who} sees ${id}`).not.toContain(id);
        }
      }

      const response = await send(c.allowed.who, await c.request(t, w));
      expect(response.status, `${c.allowed.who}: ${response.text}`).toBe(c.allowed.status);
      for (const id of c.allowed.sees?.(t) ?? []) expect(response.text).toContain(id);
      if (c.kind === "write") expect(await worldSnapshot(w)).not.toEqual(before);
      else expect(await worldSnapshot(w)).toEqual(before);
    });
  }
});

describe("the cross-site refusals are about the site, not the cookie", () => {
  it("the same session cookie reads and writes from our own pages", async () => {
    const w = await rightsWorld();
    const cookie = await sessionCookieFor(w.users.staffLead);
    expect((await api("GET", "/units", { headers: { cookie } })).status).toBe(200);
    const body = { title: "Kế hoạch từ trình duyệt", year: 2026 };
    expect((await api("POST", "/plans", { body, headers: { cookie } })).status).toBe(201);
    expect((await api("POST", "/plans", { body, headers: { cookie, origin: "http://localhost", "x-forwarded-host": "localhost" } })).status).toBe(201);
    expect((await api("POST", "/plans", { body, headers: { cookie, origin: "http://localhost.evil.example", "x-forwarded-host": "localhost" } })).status).toBe(403);
  });
});

describe("a viewer's filter does not widen what they may read", () => {
  it("filtering the plan list by a draft status shows a viewer no drafts (the /plans page's query)", async () => {
    const w = await rightsWorld();
    const draft = await planIn(w, "DRAFT");
    const issued = await planIn(w, "ISSUED");
    expect((await listPlans(w.users.viewer)).map((p) => p.id)).toEqual([issued.plan.id]);
    expect(await listPlans(w.users.viewer, { status: "DRAFT" })).toEqual([]);
    expect((await listPlans(w.users.staffOther, { status: "DRAFT" })).map((p) => p.id)).toEqual([draft.plan.id]);
  });
});
