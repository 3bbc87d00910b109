// Backups: pg_dump of the seeded test database, pg_restore into a new empty
// database, and the two compared table by table. Other test files write to the
// seeded database while this runs, so the dump is taken from an exported
// snapshot and the source is read inside that same snapshot.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type pg from "pg";
import { backupDatabase, restoreDatabase } from "@/scripts/db/backup";
import { readMigrations } from "@/scripts/db/migrate";
import { withClient } from "@/scripts/db/client";
import { scratchDatabases } from "./support/scratch-databases";
import { PLAN_2022_TITLE } from "@/prisma/seed/lang-son-2022";

const sourceUrl = inject("databaseUrl");
const folder = mkdtempSync(path.join(tmpdir(), "kehoach-backup-"));
const scratch = scratchDatabases(sourceUrl, "kehoach_restore");
const emptyDatabase = () => scratch.create();

/** Row count of every table in schema public, _prisma_migrations included. */
async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM public.${client.escapeIdentifier(name)}`);
    counts[name] = Number(rows[0]!.count);
  }
  return counts;
}

/** Every plan, whole: its columns, its phases in order, their activities in order with supporters. */
async function planContents(client: pg.Client): Promise<unknown[]> {
  const { rows } = await client.query<{ plan: unknown }>(`
    SELECT to_jsonb(p) || jsonb_build_object('phases', COALESCE((
      SELECT jsonb_agg(to_jsonb(ph) || jsonb_build_object('activities', COALESCE((
        SELECT jsonb_agg(to_jsonb(a) || jsonb_build_object('supporters', COALESCE((
          SELECT jsonb_agg(s."unitId" ORDER BY s."unitId") FROM "ActivitySupport" s WHERE s."activityId" = a.id
        ), '[]'::jsonb)) ORDER BY a."parentId" NULLS FIRST, a."order", a.id)
        FROM "Activity" a WHERE a."phaseId" = ph.id
      ), '[]'::jsonb)) ORDER BY ph."order", ph.id)
      FROM "Phase" ph WHERE ph."planId" = p.id
    ), '[]'::jsonb)) AS plan
    FROM "Plan" p ORDER BY p.id`);
  return rows.map((row) => row.plan);
}

const snapshotOf = async (client: pg.Client) => ({ counts: await tableCounts(client), plans: await planContents(client) });

afterAll(async () => {
  await scratch.dropAll();
  rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  const file = path.join(folder, "kehoach.dump");
  let source: Awaited<ReturnType<typeof snapshotOf>>;

  beforeAll(async () => {
    // Dump what this transaction sees, and read the source in it too.
    source = await withClient(sourceUrl, async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
      const backup = await backupDatabase(sourceUrl, file, { snapshot: rows[0]!.id });
      expect(backup).toMatchObject({ file, tool: { tool: "pg_dump" } });
      expect(backup.bytes).toBeGreaterThan(10_000);
      const seen = await snapshotOf(client);
      await client.query("COMMIT");
      return seen;
    });
  });

  it("restores into an empty database exactly what was backed up", async () => {
    // The demo data is there, so the comparison means something.
    expect(source.counts).toMatchObject({ _prisma_migrations: readMigrations().length });
    expect(source.counts.Plan).toBeGreaterThanOrEqual(3);
    expect(source.counts.ActivitySupport).toBeGreaterThan(0);
    expect(JSON.stringify(source.plans)).toContain(PLAN_2022_TITLE);

    const target = await emptyDatabase();
    const restored = await restoreDatabase(target, file);
    expect(restored.migrations).toEqual({ missing: [], unknown: [], changed: [] });
    const copy = await withClient(target, snapshotOf);
    expect(copy.counts).toEqual(source.counts);
    expect(copy.plans).toEqual(source.plans);
  });

  it("refuses a database that is not empty and changes nothing in it", async () => {
    const target = await emptyDatabase();
    await restoreDatabase(target, file);
    const before = await withClient(target, snapshotOf);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/Cơ sở dữ liệu đích không trống/);
    expect(await withClient(target, snapshotOf)).toEqual(before);

    // Rows in any table are enough, even without _prisma_migrations.
    const other = await emptyDatabase();
    await withClient(other, (client) => client.query(`CREATE TABLE notes (body text); INSERT INTO notes VALUES ('giữ nguyên')`));
    await expect(restoreDatabase(other, file)).rejects.toThrow(/không trống \(bảng notes có dữ liệu\)/);
    expect(await withClient(other, tableCounts)).toEqual({ notes: 1 });
  });

  it("says so clearly when the file is missing or not a backup", async () => {
    const target = await emptyDatabase();
    await expect(restoreDatabase(target, path.join(folder, "khong-co.dump"))).rejects.toThrow(/Không tìm thấy tệp sao lưu: .*khong-co\.dump/);
    await expect(restoreDatabase(target, path.resolve("package.json"))).rejects.toThrow(/không phải bản sao lưu/);
    expect(await withClient(target, tableCounts)).toEqual({});
  });
});
