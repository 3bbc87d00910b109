// Things live where a newcomer looks for them: the activity statuses in the
// activities domain, the shared form pieces in components/ui, not borrowed
// from the plan editor.
import { describe, expect, it } from "vitest";
import * as planLabels from "@/lib/plans/labels";
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { describeHits, scanSource } from "@/tests/support/source-scan";

describe("module edges", () => {
  it("keeps the activity statuses and their labels in lib/activities", () => {
    expect(ACTIVITY_STATUSES).toEqual(["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED", "CANCELLED"]);
    expect(Object.keys(ACTIVITY_STATUS_LABELS)).toEqual([...ACTIVITY_STATUSES]);
    expect(Object.keys(planLabels).filter((name) => name.startsWith("ACTIVITY_"))).toEqual([]);
  });

  it("lets nothing outside the plans import from the plan editor", () => {
    const hits = scanSource(/from "@\/components\/plans\/editor\//, (file) => file.startsWith("components/plans/") || file.startsWith("app/(app)/plans/"));
    expect(hits, describeHits(hits)).toEqual([]);
  });
});
