// Fails when a server action, an API operation or a route handler is added
// without a rights case (or an allowlist entry), or when one of those names
// something that no longer exists. It reads the source tree, so nothing new
// is left out because nobody remembered it.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API } from "@/lib/api/routes";
import { apiRouteSpec } from "@/lib/api/route";
import type { ApiSpec } from "@/lib/api/spec";
import { ACTION_CASES, API_CASES } from "./support/rights-cases";
import { apiPathOf, inlineServerActions, read, ROOT, serverActionModules, sourceFiles } from "./support/rights-discovery";

const CASES_FILES = "tests/integration/support/rights-cases-*.ts";

/** Route handlers outside /api/v1 (no apiRoute wrapper), each with why it is safe and the code that makes it so. */
const OTHER_ROUTES: Record<string, { why: string; guard: string[] }> = {
  "app/api/auth/[...nextauth]/route.ts": {
    why: "next-auth's own sign-in and sign-out endpoints: the one place that authenticates (lib/auth/options.ts)",
    guard: ["NextAuth(authOptions)"],
  },
  "app/files/[id]/route.ts": {
    why: "evidence files: downloadRoute answers 401 without a session; getAttachmentForDownload finds only files of activities the user may read (readableActivitiesWhere), else 404",
    guard: ["downloadRoute(", "getAttachmentForDownload(user,"],
  },
  "app/files/signed/[id]/route.ts": {
    why: "signed copies (Bản đã ký): downloadRoute answers 401 without a session; getSignedCopyForDownload finds only copies of plans the user may read (readablePlansWhere), else 404",
    guard: ["downloadRoute(", "getSignedCopyForDownload(user,"],
  },
  "app/(app)/plans/[id]/export/[format]/route.ts": {
    why: "the plan as DOCX, report or Excel: downloadRoute answers 401 without a session; the exporters read the plan through getPlanDocument (readablePlansWhere), else 404",
    guard: ["downloadRoute(", "formats[params.data.format](user, params.data.id)"],
  },
  "app/(app)/export/units/route.ts": {
    why: "the unit table as Excel: downloadRoute answers 401 without a session; unitTableFile counts the user's organisation's issued plans, or one plan read through getPlanDocument",
    guard: ["downloadRoute(", "unitTableFile(user,"],
  },
  "app/(app)/register/export/route.ts": {
    why: "Sổ đăng ký kế hoạch as Excel: downloadRoute answers 401 without a session; registerFile reads through getRegister (registerPlansWhere: 403 without register.read, own organisation only)",
    guard: ["downloadRoute(", "registerFile(user,"],
  },
  "app/(app)/attention/export/route.ts": {
    why: "Việc cần chú ý as Excel: downloadRoute answers 401 without a session; attentionFile reads through listAttention's filters (attentionScope: 403 without attention.read, a unit-bound reader only their unit; readableActivitiesWhere)",
    guard: ["downloadRoute(", "attentionFile(user,"],
  },
  "app/ical/[token]/route.ts": {
    why: "calendar apps fetch without a session: the random feed token is the key (revoked or unknown: 404); GET only, reads only the feed's unit or plan",
    guard: ["feedCalendar(db, token"],
  },
};

const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

function difference(found: string[], registered: string[]) {
  return { missing: found.filter((name) => !registered.includes(name)), stale: registered.filter((name) => !found.includes(name)) };
}

describe("the rights registries cover everything", () => {
  it("every server action has a case in ACTION_CASES, and every case an action", () => {
    const actions = serverActionModules().flatMap((module) => module.actions);
    expect(actions).toEqual(expect.arrayContaining(["submitPlanAction", "confirmImportAction"]));
    const { missing, stale } = difference(actions, Object.keys(ACTION_CASES));
    expect.soft(missing, `Server actions without a rights case: add them to ACTION_CASES (${CASES_FILES})`).toEqual([]);
    expect.soft(stale, "ACTION_CASES entries that are no server action (renamed or removed?)").toEqual([]);
  });

  it("every server action is made by formAction, and there are no inline server actions", () => {
    const unwrapped = serverActionModules().flatMap(({ file, unwrapped }) => unwrapped.map((line) => `${file}: export ${line}`));
    expect.soft(unwrapped, "Exports of \"use server\" modules must be `export const name = formAction({...})` (lib/action.ts)").toEqual([]);
    expect.soft(inlineServerActions(), "\"use server\" inside a function or after other code: write the action with formAction in a \"use server\" module").toEqual([]);
  });

  it("every API operation has a case in API_CASES of its kind, and every case an operation", () => {
    const specs: ApiSpec[] = Object.values(API);
    const { missing, stale } = difference(specs.map((spec) => spec.operationId), Object.keys(API_CASES));
    expect.soft(missing, `API operations without a rights case: add them to API_CASES (${CASES_FILES})`).toEqual([]);
    expect.soft(stale, "API_CASES entries that are no operationId of lib/api/routes.ts").toEqual([]);
    const kinds = specs.map((spec) => [spec.operationId, API_CASES[spec.operationId]?.kind]);
    const expectedKinds = specs.map((spec) => [spec.operationId, spec.auth === false ? "public" : spec.method === "GET" ? "read" : "write"]);
    expect.soft(kinds, "public: auth false; read: GET; write: any other method").toEqual(expectedKinds);
  });

  it("every /api/v1 route handler is made by apiRoute, for the spec of its own path and method", async () => {
    expect(apiRouteSpec(async () => new Response()), "a handler written by hand is told apart").toBeUndefined();
    const problems: string[] = [];
    const served: string[] = [];
    for (const file of sourceFiles("app/api/v1", /^route\.ts$/)) {
      const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, handler] of Object.entries(exported)) {
        const spec = apiRouteSpec(handler);
        if (!HTTP_METHODS.has(name)) problems.push(`${file} exports ${name}: a route file exports only its handlers`);
        else if (!spec) problems.push(`${file} ${name} is not made by apiRoute (lib/api/route.ts)`);
        else if (spec.method !== name || spec.path !== apiPathOf(file)) problems.push(`${file} ${name} serves the spec of ${spec.method} ${spec.path}`);
        else served.push(`${name} ${spec.path}`);
      }
    }
    expect.soft(problems, "Route files under app/api/v1").toEqual([]);
    // A path parameter of a route file serves any segment: /plans/{id}/{action} serves /plans/{id}/submit.
    const servedBy = (method: string, specPath: string) =>
      served.some((route) => {
        const [m, p] = route.split(" ");
        const a = p!.split("/");
        const b = specPath.split("/");
        return m === method && a.length === b.length && a.every((segment, i) => segment === b[i] || /^\{\w+\}$/.test(segment));
      });
    const unserved = Object.values(API).filter((spec) => !servedBy(spec.method, spec.path)).map((spec) => `${spec.method} ${spec.path} (${spec.operationId})`);
    expect.soft(unserved, "Specs in lib/api/routes.ts that no app/api/v1 route file serves").toEqual([]);
  });

  it("every other route handler is allowlisted with the reason it is safe", () => {
    const files = sourceFiles("app", /^route\.ts$/).filter((file) => !file.startsWith("app/api/v1/"));
    const { missing, stale } = difference(files, Object.keys(OTHER_ROUTES));
    expect.soft(missing, "Route handlers outside /api/v1: add them to OTHER_ROUTES with the session check and access function they use").toEqual([]);
    expect.soft(stale, "OTHER_ROUTES entries whose file is gone").toEqual([]);
    const unguarded = files.flatMap((file) => (OTHER_ROUTES[file]?.guard ?? []).filter((code) => !read(file).includes(code)).map((code) => `${file} no longer calls ${code}`));
    expect.soft(unguarded, "The reason given in OTHER_ROUTES no longer matches the code").toEqual([]);
  });
});
