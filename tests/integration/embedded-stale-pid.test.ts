// After a crash or a reboot, postmaster.pid may name a dead process or, worse,
// an unrelated live one that got the same pid. Neither may stop the next start,
// and the unrelated process must survive it.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withClient } from "@/scripts/db/client";
import { processAlive as alive, runningEmbeddedServer, startEmbeddedPostgres, type EmbeddedDb } from "@/scripts/db/embedded";

const DATA_DIR = path.resolve(import.meta.dirname, "../../.data/stale-pid/pg");
const bystander = spawn("sleep", ["120"], { stdio: "ignore" });
let server: EmbeddedDb | null = null;

const selectOne = (db: EmbeddedDb) => withClient(db.url("postgres"), async (client) => (await client.query<{ one: number }>("select 1 as one")).rows[0]!.one);

afterAll(async () => {
  await server?.stop();
  bystander.kill();
});

describe("a stale postmaster.pid", () => {
  it("names an unrelated live process: the start goes on and that process is left alone", async () => {
    server = await startEmbeddedPostgres({ dataDir: DATA_DIR });
    expect(runningEmbeddedServer(DATA_DIR)?.port).toBe(server.port);
    await server.stop();
    server = null;

    const pid = bystander.pid!;
    // What a crashed server leaves: its pid, data folder, start time and port.
    writeFileSync(path.join(DATA_DIR, "postmaster.pid"), `${pid}\n${DATA_DIR}\n1700000000\n5432\n`);
    expect(runningEmbeddedServer(DATA_DIR), "a process that is not PostgreSQL on this folder is no running server").toBeNull();

    server = await startEmbeddedPostgres({ dataDir: DATA_DIR });
    expect(await selectOne(server)).toBe(1);
    expect(alive(pid)).toBe(true);
    expect(bystander.exitCode).toBeNull();
  }, 120_000);
});
