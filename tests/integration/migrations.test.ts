import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import type pg from "pg";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "@/scripts/db/migrate";
import { withClient } from "@/scripts/db/client";
import { scratchDatabases } from "./support/scratch-databases";

const serverUrl = inject("databaseUrl");
const scratch = scratchDatabases(serverUrl, "kehoach_mig");
const emptyDatabase = () => scratch.create();

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  return withClient(url, async (client) => (await client.query<T>(sql)).rows);
}

function drift(url: string) {
  const result = spawnSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db-drift.ts", url], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterAll(async () => {
  await scratch.dropAll();
});

describe("migrations", () => {
  it("apply to an empty database from scratch and record Prisma's migration history", async () => {
    const url = await emptyDatabase();
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual(migrations.map((m) => m.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
      migrations.map((m) => [m.name, createHash("sha256").update(m.sql).digest("hex")]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["Organization", "Unit", "User", "Plan", "Phase", "Activity", "AuditLog"]));
    // A second run is a no-op.
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("leave the database exactly as schema.prisma describes (no drift)", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    const result = drift(url);
    expect(result.output).toContain("Không có sai lệch");
    expect(result.status).toBe(0);
  });

  it("the drift check notices a database that differs from the schema", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    await query(url, `ALTER TABLE "Unit" DROP COLUMN "sortOrder"`);
    const result = drift(url);
    expect(result.status).toBe(1);
    expect(result.output).toContain("sortOrder");
  });
});

describe("the credentials migration", () => {
  it("revokes for good the tokens and feeds of accounts locked before it, and keeps the rest", async () => {
    const url = await emptyDatabase();
    const CREDENTIALS = "20261130214723_credentials_end";
    // The database as it was before: every earlier migration.
    const before = mkdtempSync(path.join(tmpdir(), "kehoach-mig-"));
    try {
      for (const m of readMigrations().filter((m) => m.name < CREDENTIALS)) cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
      await applyMigrations(url, { dir: before });
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
    await query(url, `
      INSERT INTO "Organization" (id, name, "headerName", "parentName", code, place, "updatedAt") VALUES ('01900000-0000-7000-8000-000000000001', 'Sở', 'SỞ', 'UBND', 'SKHCN', 'Lạng Sơn', now());
      INSERT INTO "User" (id, "organizationId", username, "displayName", role, "passwordHash", active, "updatedAt") VALUES
        ('01900000-0000-7000-8000-0000000000a1', '01900000-0000-7000-8000-000000000001', 'dakhoa', 'Đã khóa', 'STAFF', 'x', false, now()),
        ('01900000-0000-7000-8000-0000000000a2', '01900000-0000-7000-8000-000000000001', 'danglam', 'Đang làm', 'STAFF', 'x', true, now());
      INSERT INTO "ApiToken" (id, "organizationId", "userId", name, "tokenHash", prefix, "revokedAt") VALUES
        ('01900000-0000-7000-8000-0000000000b1', '01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-0000000000a1', 'của người đã khóa', 'h1', 'kh_1', NULL),
        ('01900000-0000-7000-8000-0000000000b2', '01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-0000000000a2', 'đang dùng', 'h2', 'kh_2', NULL),
        ('01900000-0000-7000-8000-0000000000b3', '01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-0000000000a2', 'tự thu hồi', 'h3', 'kh_3', now());
      INSERT INTO "CalendarFeed" (id, "organizationId", "unitId", token, "createdById") VALUES
        ('01900000-0000-7000-8000-0000000000c1', '01900000-0000-7000-8000-000000000001', NULL, 'feed-cua-nguoi-da-khoa', '01900000-0000-7000-8000-0000000000a1'),
        ('01900000-0000-7000-8000-0000000000c2', '01900000-0000-7000-8000-000000000001', NULL, 'feed-dang-dung', '01900000-0000-7000-8000-0000000000a2'),
        ('01900000-0000-7000-8000-0000000000c3', '01900000-0000-7000-8000-000000000001', NULL, 'feed-nguoi-tao-da-xoa', '01900000-0000-7000-8000-0000000000ff');
    `);
    expect(await applyMigrations(url)).toContain(CREDENTIALS);
    const tokens = await query<{ name: string; revoked: boolean; revokedReason: string | null }>(url, `SELECT name, "revokedAt" IS NOT NULL AS revoked, "revokedReason" FROM "ApiToken" ORDER BY id`);
    expect(tokens).toEqual([
      { name: "của người đã khóa", revoked: true, revokedReason: "USER_DEACTIVATED" },
      { name: "đang dùng", revoked: false, revokedReason: null },
      { name: "tự thu hồi", revoked: true, revokedReason: "MANUAL" },
    ]);
    const feeds = await query<{ token: string; revoked: boolean; revokedReason: string | null; createdById: string | null }>(url, `SELECT token, "revokedAt" IS NOT NULL AS revoked, "revokedReason", "createdById" FROM "CalendarFeed" ORDER BY id`);
    expect(feeds).toEqual([
      { token: "feed-cua-nguoi-da-khoa", revoked: true, revokedReason: "USER_DEACTIVATED", createdById: "01900000-0000-7000-8000-0000000000a1" },
      { token: "feed-dang-dung", revoked: false, revokedReason: null, createdById: "01900000-0000-7000-8000-0000000000a2" },
      { token: "feed-nguoi-tao-da-xoa", revoked: false, revokedReason: null, createdById: null },
    ]);
  });
});
