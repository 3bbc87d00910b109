// Route handlers stay a few lines around lib/ calls: the services return what
// the answer needs, so no handler reads or writes the database itself.
import { describe, expect, it } from "vitest";
import { describeHits, scanSource } from "@/tests/support/source-scan";

const NOT_A_HANDLER = (file: string) => !file.startsWith("lib/api/handlers/");

describe("API route handlers", () => {
  // (The health check's own SELECT 1 is a probe, not a read of data.)
  it("never read or write rows themselves", () => {
    const hits = scanSource(/\b(db|tx)\.\w+\.(find|count|aggregate|update|create|delete|upsert|group)\w*\(/, NOT_A_HANDLER);
    expect(hits, `Let a query or a service (lib/<domain>/) do it:\n${describeHits(hits)}`).toEqual([]);
  });
});
