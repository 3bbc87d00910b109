// A process that loads the embedded PostgreSQL keeps the exit code it set:
// the package's exit hook used to end every such process with 0, so the
// integration tests (whose global setup starts the server) passed `npm test`
// even when they failed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function exitCodeOf(code: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

describe("a process with the embedded PostgreSQL loaded", () => {
  it("ends with the exit code it set", () => {
    const run = exitCodeOf(`await import("./scripts/db/embedded.ts"); process.exitCode = 3;`);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });

  it("still ends with 0 when nothing failed", () => {
    expect(exitCodeOf(`await import("./scripts/db/embedded.ts");`).status).toBe(0);
  });
});
