import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { getPlanDocument } from "@/lib/plans/queries";
import { planDocumentHtml } from "@/components/plans/plan-document";
import { API } from "@/lib/api/routes";
import type { ApiSpec } from "@/lib/api/spec";
import { openApiDocument } from "@/lib/api/openapi";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { createPlan, createWorld } from "./support/factories";
import { api, tokenFor } from "./support/api";
import { planIn, rightsWorld, versionOf, worldSnapshot, type Caller, type PlanFixture, type RightsWorld } from "./support/rights-world";

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
    const html = planDocumentHtml(doc).value;
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;");
  });
});

// ---- Lone surrogates ("\ud800", half of an emoji) in every text of every mutating body ----

type JsonSchema = { type?: string; $ref?: string; anyOf?: JsonSchema[]; items?: JsonSchema; properties?: Record<string, JsonSchema> };
type Body = Record<string, unknown>;
type SurrogateCase = { who: Caller; status: PlanStatus; ok: number; request: (t: PlanFixture, w: RightsWorld) => Promise<{ method: "POST" | "PATCH"; path: string; body: Body }> };

const OPENAPI = openApiDocument() as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>; components: { schemas: Record<string, JsonSchema> } };
const resolve = (schema: JsonSchema): JsonSchema => (schema.$ref ? OPENAPI.components.schemas[schema.$ref.split("/").at(-1)!]! : schema);

/** Where a body of this operation can carry a string, as "field", "list.0" or "rows.0.field". */
function stringPathsOf(schema: JsonSchema, path: string[] = []): string[] {
  const s = resolve(schema);
  if (s.anyOf) return [...new Set(s.anyOf.flatMap((option) => stringPathsOf(option, path)))];
  if (s.type === "string") return [path.join(".")];
  if (s.type === "array" && s.items) return stringPathsOf(s.items, [...path, "0"]);
  if (s.type === "object") return Object.entries(s.properties ?? {}).flatMap(([key, value]) => stringPathsOf(value, [...path, key]));
  return [];
}

function requestSchemaOf(operationId: string): JsonSchema {
  const spec = Object.values(API).find((candidate) => candidate.operationId === operationId)!;
  const operation = OPENAPI.paths[spec.path]![spec.method.toLowerCase()]!;
  return operation.requestBody!.content["application/json"]!.schema;
}

function stringLeaves(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return [path.join(".")];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, String(i)]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

function withText(body: Body, path: string, change: (old: string) => string): Body {
  const copy = structuredClone(body);
  const keys = path.split(".");
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = change(target[keys.at(-1)!] as string);
  return copy;
}

const n = async (version: Promise<string>) => Number(await version);
const transitionCase = (action: string, status: PlanStatus, who: Caller, comment = "Ý kiến 🎉"): SurrogateCase => ({
  who,
  status,
  ok: 200,
  request: async (t) => ({
    method: "POST",
    path: `/plans/${t.plan.id}/${action}`,
    // A submission confirms the checklist's one warning on this plan, its empty phase (issue 15 §6).
    body: { version: await n(versionOf.plan(t.plan.id)), comment, ...(action === "submit" ? { acceptedWarnings: [`EMPTY_PHASE:${t.emptyPhase.id}`] } : {}) },
  }),
});

/** A body that goes through for each mutating operation, with a value in every string field. */
const SURROGATE_CASES: Record<string, SurrogateCase> = {
  importPlan: {
    who: "staffLead",
    status: "DRAFT",
    // A preview (save: false): it still parses every field; the plan text, the date and the unit map's ids.
    ok: 200,
    request: async (_t, w) => ({
      method: "POST",
      path: "/plan-imports",
      body: { text: readFileSync("tests/fixtures/corpus/ngay-khcn-2024-phu-luc.txt", "utf8"), eventDate: todayInVietnam(), unitMap: { "Báo Lạng Sơn": w.unitA.id } },
    }),
  },
  createPlan: {
    who: "staffLead",
    status: "DRAFT",
    ok: 201,
    request: async (_t, w) => ({ method: "POST", path: "/plans", body: { title: "Kế hoạch 🎉 mới", year: Number(todayInVietnam().slice(0, 4)), eventDate: todayInVietnam(), draftingUnitId: w.unitA.id } }),
  },
  updatePlan: {
    who: "staffLead",
    status: "DRAFT",
    ok: 200,
    request: async (t, w) => ({
      method: "PATCH",
      path: `/plans/${t.plan.id}`,
      body: {
        version: await n(versionOf.plan(t.plan.id)),
        title: "Tổ chức Ngày hội 🎉",
        year: Number(todayInVietnam().slice(0, 4)),
        eventDate: todayInVietnam(),
        place: "Lạng Sơn",
        legalBasis: ["Căn cứ một"],
        intro: "Lời dẫn",
        purposes: ["Mục đích"],
        requirements: ["Yêu cầu"],
        theme: "Chủ đề",
        slogans: ["Khẩu hiệu 🚀"],
        contentItems: ["Nội dung"],
        closingText: "Đoạn kết",
        recipients: ["Như trên"],
        signerAuthority: "KT. GIÁM ĐỐC",
        signerTitle: "PHÓ GIÁM ĐỐC",
        signerName: "Nguyễn Văn A",
        budgetSource: "Ngân sách tỉnh",
        draftingUnitId: w.unitA.id,
      },
    }),
  },
  submitPlan: transitionCase("submit", "DRAFT", "staffLead"),
  withdrawPlan: transitionCase("withdraw", "SUBMITTED", "staffLead"),
  returnPlan: transitionCase("return", "SUBMITTED", "leader"),
  approvePlan: transitionCase("approve", "SUBMITTED", "leader"),
  // With an external register the văn thư sends the register's number and date: every string field is tried.
  issuePlan: {
    who: "vanThu",
    status: "APPROVED",
    ok: 200,
    request: async (t, w) => {
      await db.organization.update({ where: { id: w.org.id }, data: { numberingSource: "EXTERNAL" } });
      return { method: "POST", path: `/plans/${t.plan.id}/issue`, body: { version: await n(versionOf.plan(t.plan.id)), comment: "Ý kiến 🎉", number: 777, issueDate: todayInVietnam() } };
    },
  },
  correctPlanNumber: {
    who: "vanThu",
    status: "ISSUED",
    ok: 200,
    request: async (t) => ({
      method: "POST",
      path: `/plans/${t.plan.id}/correct-number`,
      body: { version: await n(versionOf.plan(t.plan.id)), number: 778, symbol: "KH-SKHCN", issueDate: todayInVietnam(), reason: "Khớp sổ đăng ký 🎉" },
    }),
  },
  issuePlanReport: {
    who: "vanThu",
    status: "ISSUED",
    ok: 200,
    request: async (t, w) => {
      // From e-office, so that every field of the body (issueDate) is sent and tried.
      await db.organization.update({ where: { id: w.org.id }, data: { numberingSource: "EXTERNAL" } });
      const version = (await db.planReport.findUnique({ where: { planId: t.plan.id } }))?.version ?? 1;
      return { method: "POST", path: `/plans/${t.plan.id}/report/issue`, body: { version, number: 779, issueDate: todayInVietnam() } };
    },
  },
  correctReportNumber: {
    who: "vanThu",
    status: "ISSUED",
    ok: 200,
    request: async (t) => {
      const today = todayInVietnam();
      await db.planReport.create({
        data: { planId: t.plan.id, organizationId: t.plan.organizationId, recipients: [], number: 780, numberYear: Number(today.slice(0, 4)), symbol: "BC-SKHCN", issueDate: new Date(`${today}T00:00:00Z`), issuedAt: new Date() },
      });
      return { method: "POST", path: `/plans/${t.plan.id}/report/correct-number`, body: { version: 1, number: 781, symbol: "BC-SKHCN", issueDate: today, reason: "Khớp sổ đăng ký 🎉" } };
    },
  },
  amendPlan: transitionCase("amend", "ISSUED", "leader"),
  completePlan: transitionCase("complete", "ISSUED", "leader"),
  archivePlan: transitionCase("archive", "COMPLETED", "admin"),
  createPhase: {
    who: "staffLead",
    status: "DRAFT",
    ok: 201,
    request: async (t) => ({ method: "POST", path: `/plans/${t.plan.id}/phases`, body: { title: "Giai đoạn 🎉", start: todayInVietnam(), end: todayInVietnam() } }),
  },
  updatePhase: {
    who: "staffLead",
    status: "DRAFT",
    ok: 200,
    request: async (t) => ({ method: "PATCH", path: `/phases/${t.phase.id}`, body: { version: await n(versionOf.phase(t.phase.id)), title: "Chuẩn bị 🎉", start: todayInVietnam(), end: todayInVietnam() } }),
  },
  createActivity: {
    who: "staffLead",
    status: "DRAFT",
    ok: 201,
    request: async (t, w) => ({
      method: "POST",
      path: `/phases/${t.phase.id}/activities`,
      body: { content: "Việc con 🎉", description: "Mô tả", leadUnitId: w.unitA.id, supporterIds: [w.unitB.id], start: todayInVietnam(), end: todayInVietnam(), note: "Ghi chú", output: "Sản phẩm", parentId: t.activity.id },
    }),
  },
  updateActivity: {
    who: "staffLead",
    status: "DRAFT",
    ok: 200,
    request: async (t, w) => ({
      method: "PATCH",
      path: `/activities/${t.activity.id}`,
      body: {
        version: await n(versionOf.activity(t.activity.id)),
        content: "Tổ chức hội thảo 🎉",
        description: "Mô tả",
        leadUnitId: w.unitA.id,
        supporterIds: [w.unitB.id],
        start: todayInVietnam(),
        end: todayInVietnam(),
        note: "Ghi chú",
        output: "Sản phẩm",
        phaseId: t.emptyPhase.id,
      },
    }),
  },
  recordActivityUpdate: {
    who: "staffLead",
    status: "ISSUED",
    ok: 201,
    request: async (t) => {
      const target = await db.activityTarget.findFirstOrThrow({ where: { activityId: t.activity.id } });
      return {
        method: "POST",
        path: `/activities/${t.activity.id}/updates`,
        body: {
          version: await n(versionOf.activity(t.activity.id)),
          status: "IN_PROGRESS",
          statusReason: "Bắt đầu",
          progress: 40,
          note: "Đã gửi giấy mời 📨",
          result: "Đã có 120 người đăng ký",
          actualStart: todayInVietnam(),
          actualEnd: todayInVietnam(),
          figures: [{ label: "Số người", value: "120" }],
          evidence: [{ url: "https://skhcn.langson.gov.vn/tin-tuc", title: "Tin bài" }],
          targets: [{ targetId: target.id, achieved: 120 }],
          confirmNoResult: "false",
        },
      };
    },
  },
};

/** One lone surrogate, high or low, put inside the field's own value at any position (also between the halves of an emoji). */
const loneSurrogate = fc.tuple(fc.integer({ min: 0xd800, max: 0xdfff }), fc.nat());
const insert = ([code, at]: [number, number]) => (old: string) => {
  const k = at % (old.length + 1);
  return `${old.slice(0, k)}${String.fromCharCode(code)}${old.slice(k)}`;
};

describe("a lone surrogate in any text of any mutating API body", () => {
  it("covers every mutating operation with a JSON body", () => {
    // An upload that accepts only multipart/form-data (multipartOnly) has no JSON body: its one text, the file name, is cleaned by safeFileName (signed-copies.test.ts).
    const withBody = Object.values(API as Record<string, ApiSpec>).filter((spec) => spec.method !== "GET" && spec.body && !spec.multipartOnly).map((spec) => spec.operationId);
    expect(Object.keys(SURROGATE_CASES).sort()).toEqual(withBody.sort());
  });

  for (const [operationId, c] of Object.entries(SURROGATE_CASES)) {
    it(`${operationId}: 422 naming the field, nothing changed; the same body without it goes through`, async () => {
      const w = await rightsWorld();
      const t = await planIn(w, c.status);
      await db.activityTarget.create({ data: { organizationId: w.org.id, activityId: t.activity.id, label: "Số người tham dự", targetValue: 400 } });
      const token = await tokenFor(w.users[c.who]);
      const { method, path, body } = await c.request(t, w);
      const paths = stringLeaves(body);
      // Every string field the operation accepts is in the body, so every one is tried.
      expect(stringPathsOf(requestSchemaOf(operationId)).filter((p) => !paths.includes(p))).toEqual([]);
      const before = await worldSnapshot(w);
      for (const field of paths) {
        await fc.assert(
          fc.asyncProperty(loneSurrogate, async (lone) => {
            const sent = withText(body, field, insert(lone));
            const response = await api(method, path, { token, body: sent });
            expect(response.status, `${field}: ${response.text}`).toBe(422);
            expect(response.headers.get("content-type")).toContain("application/problem+json");
            expect((response.json as { errors: Record<string, string[]> }).errors[field], `${field}: ${response.text}`).toEqual(expect.arrayContaining([expect.any(String)]));
            expect(await worldSnapshot(w), `${field} changed data`).toEqual(before);
          }),
          { numRuns: 3 },
        );
      }
      const response = await api(method, path, { token, body });
      expect(response.status, response.text).toBe(c.ok);
    });
  }
});
