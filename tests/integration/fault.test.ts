// The database stops while requests run, then comes back: the API says 503
// (never 500), pages answer 503 with Retry-After and the friendly text (from
// proxy.ts, which asks the database nothing while it answers), the app
// recovers by itself without a restart, and no write is half applied. Runs on
// its own embedded PostgreSQL, which it stops and starts.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as SessionToken from "@/lib/auth/session-token";
import type * as NextCache from "next/cache";
import { startEmbeddedPostgres, type EmbeddedDb } from "@/scripts/db/embedded";
import { applyMigrations } from "@/scripts/db/migrate";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { seedDemo } from "@/prisma/seed/demo";
import { PLAN_2022_TITLE } from "@/prisma/seed/lang-son-2022";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { confirmImport } from "@/lib/documents/import-service";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { databaseHealth } from "@/lib/db-health";
import { DB_UNAVAILABLE_MESSAGE } from "@/lib/db-unavailable";
import { recordUpdateAction } from "@/lib/activities/actions";
import type { FormState } from "@/lib/form-state";
import { api, tokenFor } from "./support/api";
import { sessionCookieFor } from "./support/rights-world";
import { startSession } from "@/lib/sessions/service";
import { sessionUserByUsername } from "./support/factories";
import { readReference } from "../fixtures/reference";

// Server actions read the session through next-auth: qlcn's, as the browser would send it.
const session = vi.hoisted(() => ({ current: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({ ...(await importOriginal<typeof SessionToken>()), sessionClaims: async () => session.current }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof NextCache>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const DATA_DIR = path.resolve(import.meta.dirname, "../../.data/fault");
const NOTE = "Cập nhật trong lúc cơ sở dữ liệu dừng";
const REFERENCE = readReference();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page as the browser asks for it, through proxy.ts as Next.js runs it before every page. */
const page = (path: string, cookie: string) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { cookie, host: "localhost:3000", accept: "text/html" } }));
/** NextResponse.next(): the page renders. */
const passesOn = (response: Response) => response.headers.get("x-middleware-next") === "1";

const global = globalThis as unknown as { kehoachDb?: Db };
let server: EmbeddedDb;
let client: Db;
let previous: Db | undefined;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: `${DATA_DIR}/pg`, logFile: `${DATA_DIR}/postgres.log` });
  await server.dropDatabase("kehoach_fault");
  await server.createDatabase("kehoach_fault");
  const url = server.url("kehoach_fault");
  await applyMigrations(url);
  client = createPrismaClient(url, { poolSize: 4 });
  await seedDemo(client);
  // lib/db.ts keeps its client on globalThis: this file's app code talks to this server.
  previous = global.kehoachDb;
  global.kehoachDb = client;
}, 180_000);

afterAll(async () => {
  global.kehoachDb = previous;
  await client?.$disconnect();
  await server?.stop();
});

describe("the database stops and comes back while requests run", () => {
  it("answers 503 while it is down, recovers without a restart, and leaves no half-applied write", async () => {
    const qlcn = await sessionUserByUsername("qlcn");
    const token = await tokenFor(qlcn);
    const activity = await client.activity.findFirstOrThrow({
      where: { plan: { title: PLAN_2022_TITLE, number: 12 }, parentId: null, leadUnit: { shortName: "Phòng QLCN&ĐMST" }, status: "IN_PROGRESS" },
    });
    const plansBefore = await client.plan.count();
    const cookie = await sessionCookieFor(qlcn);
    session.current = { uid: qlcn.id, sv: (await client.user.findUniqueOrThrow({ where: { id: qlcn.id } })).sessionVersion, sid: await startSession(client, qlcn.id, 3600) };

    // While the database answers, pages go on without one more round trip.
    expect((await api("GET", "/health")).status).toBe(200);
    const probesBefore = databaseHealth().probes;
    for (const path of ["/", "/plans", "/my-work", `/activities/${activity.id}`]) expect(passesOn(await page(path, cookie)), path).toBe(true);
    expect(databaseHealth().probes).toBe(probesBefore);

    const statuses: number[] = [];
    const problems: string[] = [];
    let version = activity.version;
    let running = true;
    // Unit staff keep recording updates…
    const writer = (async () => {
      while (running) {
        const response = await api("POST", `/activities/${activity.id}/updates`, { token, body: { version, note: NOTE } });
        statuses.push(response.status);
        if (response.status === 201) version = (response.json as { version: number }).version;
        if (response.status === 409) version = (response.json as { current: { version: number } }).current.version;
        if (response.status === 503) problems.push(response.headers.get("content-type") ?? "");
        await sleep(20);
      }
    })();
    // …and someone imports a plan (a plan, 2 phases, 10 activities in one transaction).
    const importErrors: unknown[] = [];
    const importer = (async () => {
      while (running) {
        await client.$transaction((tx) => confirmImport(tx, qlcn, { text: REFERENCE, mapping: [] }), { timeout: 15_000, maxWait: 10_000 }).catch((error: unknown) => importErrors.push(error));
        await sleep(50);
      }
    })();

    await sleep(1500);
    await server.stop();
    await sleep(2000);
    const down = await api("GET", "/health");
    expect(down.status).toBe(503);
    expect(down.json).toMatchObject({ database: "unavailable" });
    // A form sent meanwhile says so and keeps what was typed (its state is an error, nothing thrown).
    const form = new FormData();
    for (const [key, value] of Object.entries({ activityId: activity.id, version: String(version), note: "Gửi khi cơ sở dữ liệu dừng" })) form.set(key, value);
    expect((await recordUpdateAction({ status: "idle" }, form)) as FormState).toMatchObject({ status: "error", code: "UNAVAILABLE", message: expect.stringContaining(DB_UNAVAILABLE_MESSAGE) });
    // Pages: 503 with Retry-After and the words of the app's error page, not 500.
    for (const path of ["/", "/plans?year=2022", "/login"]) {
      const response = await page(path, cookie);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("retry-after"), path).toBe("10");
      expect(response.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
      const html = await response.text();
      expect(html, path).toContain(DB_UNAVAILABLE_MESSAGE);
      expect(html, path).toContain(`href="${path.replace("&", "&#38;")}">Thử lại</a>`);
    }

    // Same port, same data folder; the app's client is not touched.
    server = await startEmbeddedPostgres({ dataDir: `${DATA_DIR}/pg`, port: server.port, logFile: `${DATA_DIR}/postgres.log` });
    let healthy = false;
    for (let i = 0; i < 60 && !healthy; i++) {
      healthy = (await api("GET", "/health")).status === 200;
      if (!healthy) await sleep(500);
    }
    expect(healthy).toBe(true);
    // Pages come back by themselves (the proxy asks again at most a second after its last try).
    let pagesBack = false;
    for (let i = 0; i < 30 && !pagesBack; i++) {
      pagesBack = passesOn(await page("/plans", cookie));
      if (!pagesBack) await sleep(100);
    }
    expect(pagesBack).toBe(true);
    const recoveredAt = statuses.length;
    await sleep(1500);
    running = false;
    await Promise.all([writer, importer]);

    // Answers: 201 before and after, 503 (problem+json) while down, never a 500.
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => ![201, 409, 503].includes(s))).toEqual([]);
    expect(statuses.slice(recoveredAt).filter((s) => s === 201).length).toBeGreaterThan(0);
    expect(new Set(problems)).toEqual(new Set(["application/problem+json; charset=utf-8"]));
    expect(importErrors.filter((error) => !isDatabaseUnavailable(error))).toEqual([]);

    // Consistency: every update has its audit entry and its version step; every imported plan is whole.
    const updates = await client.activityUpdate.findMany({ where: { activityId: activity.id, note: NOTE }, select: { id: true } });
    const audits = await client.auditLog.findMany({ where: { entityId: activity.id, action: "track" }, select: { after: true } });
    const audited = new Set(audits.map((a) => (a.after as { updateId?: string }).updateId));
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.filter((u) => !audited.has(u.id))).toEqual([]);
    const after = await client.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after.version).toBe(activity.version + updates.length);
    const imported = await client.plan.findMany({
      where: { title: PLAN_2022_TITLE, number: null },
      select: { _count: { select: { phases: true, activities: true } }, id: true },
    });
    expect(imported.length).toBe((await client.plan.count()) - plansBefore);
    expect(imported.length).toBeGreaterThan(0);
    for (const plan of imported) expect(plan._count).toEqual({ phases: 2, activities: 10 });
    const auditOfImports = await client.auditLog.count({ where: { entityId: { in: imported.map((p) => p.id) }, action: "create" } });
    expect(auditOfImports).toBe(imported.length);
  }, 180_000);
});
