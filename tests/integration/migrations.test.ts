import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, inject, it } from "vitest";
import type pg from "pg";
import { applyMigrations, readMigrations } from "@/scripts/db/migrate";
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
