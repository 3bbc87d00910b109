import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { getPlanDocument } from "@/lib/plans/queries";
import { PlanDocumentView } from "@/components/plans/plan-document";
import { createPlan, createWorld } from "./support/factories";
import { api, tokenFor } from "./support/api";

const HOSTILE_STRINGS = [
  "",
  "\u0000",
  "a\u0000b",
  "x".repeat(100_000),
  "<script>alert('xss')</script>",
  "<img src=x onerror=alert(1)>",
  "'; DROP TABLE \"Plan\"; --",
  "\" OR 1=1 --",
  "Hội thảo khoa học",
  "Hội thảo khoa học".normalize("NFD"),
  "\ud800",
  "🎉 Ngày KH&CN 18/5",
  "../../etc/passwd",
  "{{7*7}}",
  "%00%0d%0a",
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 50 }));
const leaf = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(hostileString, tie("value"), { maxKeys: 4 })),
})).value;

const KEYS = ["version", "title", "year", "eventDate", "theme", "slogans", "legalBasis", "comment", "content", "leadUnitId", "supporterIds", "start", "end", "note", "parentId", "phaseId", "status", "progress", "result", "figures", "evidence", "targets", "actualStart", "actualEnd"];

/** Bodies that look almost right, with hostile values where they hurt. */
const hostileBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS), hostileValue, { maxKeys: 8 }),
  fc.jsonValue(),
  fc.integer({ min: 1, max: 4000 }).map((depth) => {
    let nested: unknown = "đáy";
    for (let i = 0; i < depth; i++) nested = { a: nested };
    return { version: 1, title: nested };
  }),
);
const rawBody = fc.oneof(
  hostileBody.map((body) => JSON.stringify(body) ?? "null"),
  fc.constantFrom("{", "[1,2", "null", '{"version": NaN}', "\u0000", "{\"title\": \"\\ud800\"}", "true"),
);

async function setup() {
  const world = await createWorld();
  const token = await tokenFor(world.leader);
  const today = todayInVietnam();
  const makePlan = (status: "DRAFT" | "ISSUED") =>
    createPlan(world.organization.id, {
      status,
      createdById: world.staffA.id,
      draftingUnitId: world.unitA.id,
      signerTitle: "GIÁM ĐỐC",
      ...(status === "ISSUED" ? { number: Math.floor(Math.random() * 1e6), issueDate: today } : {}),
      phases: [
        { title: "Một", start: today, end: shiftDate(today, 5), activities: [{ content: "Việc một", lead: world.unitA.id }] },
        { title: "Hai", start: today, end: shiftDate(today, 5), activities: [] },
      ],
    });
  const draft = await makePlan("DRAFT");
  const issued = await makePlan("ISSUED");
  const phase = await db.phase.findFirstOrThrow({ where: { planId: draft.id, order: 1 } });
  const activity = await db.activity.findFirstOrThrow({ where: { planId: draft.id } });
  const tracked = await db.activity.findFirstOrThrow({ where: { planId: issued.id } });
  return { world, token, draft, issued, phase, activity, tracked };
}

// The two property tests make about 700 and 120 real API calls. On a shared
// 2-core machine they took 44–56 s (old code and new alike), past Vitest's 30 s
// default; that used to go unnoticed, since a failing integration run exited 0.
const PROPERTY_TIMEOUT = 180_000;

describe("hostile input never breaks the API", () => {
  it("random and hostile bodies to every mutating endpoint never produce a 5xx", { timeout: PROPERTY_TIMEOUT }, async () => {
    const s = await setup();
    const endpoints: [string, () => string][] = [
      ["POST", () => "/plans"],
      ["PATCH", () => `/plans/${s.draft.id}`],
      ...["submit", "withdraw", "return", "approve", "issue", "amend", "complete", "archive"].map((a) => ["POST", () => `/plans/${s.draft.id}/${a}`] as [string, () => string]),
      ["POST", () => `/plans/${s.draft.id}/phases`],
      ["PATCH", () => `/phases/${s.phase.id}`],
      ["POST", () => `/phases/${s.phase.id}/activities`],
      ["PATCH", () => `/activities/${s.activity.id}`],
      ["POST", () => `/activities/${s.tracked.id}/updates`],
    ];
    const failures: string[] = [];
    for (const [method, path] of endpoints) {
      await fc.assert(
        fc.asyncProperty(rawBody, async (body) => {
          const response = await api(method as "POST", path(), { token: s.token, rawBody: body });
          if (response.status >= 500) failures.push(`${method} ${path()} ${response.status} ${body.slice(0, 120)}`);
          expect(response.status).toBeLessThan(500);
          expect(response.status === 200 || response.status === 201 || response.headers.get("content-type")?.includes("application/problem+json")).toBe(true);
        }),
        { numRuns: 40 },
      );
    }
    // DELETE takes its arguments from the query string.
    const queryValue = fc.oneof(fc.string({ unit: "grapheme" }), fc.constantFrom("-1", "0", "1e9", "NaN", "1.5", "%00", "move", "delete", s.phase.id, "00000000-0000-0000-0000-000000000000"));
    await fc.assert(
      fc.asyncProperty(queryValue, async (value) => {
        const response = await api("DELETE", `/activities/${s.activity.id}?version=${encodeURIComponent(value)}`, { token: s.token });
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 30 },
    );
    await fc.assert(
      fc.asyncProperty(queryValue, queryValue, queryValue, async (version, activities, targetPhaseId) => {
        const query = new URLSearchParams({ version, activities, targetPhaseId });
        const response = await api("DELETE", `/phases/${s.phase.id}?${query}`, { token: s.token });
        expect(response.status).toBeLessThan(500);
        expect(response.status === 204 || response.headers.get("content-type")?.includes("application/problem+json")).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect(failures).toEqual([]);
  });

  it("text that is stored comes back exactly as sent (NFC and NFD alike)", { timeout: PROPERTY_TIMEOUT }, async () => {
    const s = await setup();
    const text = fc
      .oneof(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }),
        fc.constantFrom(...HOSTILE_STRINGS.filter((t) => t.trim() && !t.includes("\u0000") && !t.includes("\ud800"))),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }).map((t) => `Hội thảo ${t}`.normalize("NFD")),
      )
      .map((t) => t.trim())
      .filter((t) => t.length > 0 && t.length <= 1000 && !t.includes("\u0000"));
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const before = await db.plan.findUniqueOrThrow({ where: { id: s.draft.id } });
        const saved = await api("PATCH", `/plans/${s.draft.id}`, { token: s.token, body: { version: before.version, theme: value, slogans: [value] } });
        expect(saved.status).toBe(200);
        const read = await api("GET", `/plans/${s.draft.id}`, { token: s.token });
        expect((read.json as { theme: string }).theme).toBe(value);
        expect((read.json as { slogans: string[] }).slogans).toEqual([value]);
      }),
      { numRuns: 60 },
    );
  });

  it("stored text is rendered escaped in the plan page", async () => {
    const s = await setup();
    const attack = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    const before = await db.plan.findUniqueOrThrow({ where: { id: s.draft.id } });
    await api("PATCH", `/plans/${s.draft.id}`, { token: s.token, body: { version: before.version, theme: attack, intro: attack, recipients: [attack] } });
    const doc = await getPlanDocument(s.world.leader, s.draft.id);
    const html = renderToStaticMarkup(createElement(PlanDocumentView, { plan: doc }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;");
  });
});
