import { describe, expect, it } from "vitest";
import { freezePlanDocument, isFrozenStatus, readIssuedCopy, withIssuedCopy } from "@/lib/plans/issued-copy";
import { planToDocx } from "@/lib/documents/docx/plan";
import type { PlanDocument } from "@/lib/plans/document";
import { openDocx, paragraphs } from "@/tests/support/docx-xml";
import { plan2022 } from "@/tests/support/plan-2022-document";

/** What the database gives back: the copy through JSON. */
const stored = (plan: PlanDocument) => JSON.parse(JSON.stringify(freezePlanDocument(plan))) as unknown;

function renamed(plan: PlanDocument): PlanDocument {
  const rename = <T extends { name: string }>(unit: T) => ({ ...unit, name: `${unit.name} (tên mới)` });
  return {
    ...plan,
    organization: { ...plan.organization, headerName: "SỞ MỚI", parentName: "TỈNH MỚI", place: "Nơi mới" },
    phases: plan.phases.map((phase) => ({
      ...phase,
      activities: phase.activities.map((a) => ({ ...a, leadUnit: rename(a.leadUnit), supporters: a.supporters.map(rename), subTasks: a.subTasks.map((s) => ({ ...s, leadUnit: rename(s.leadUnit) })) })),
    })),
  };
}

describe("the frozen copy of an issued plan", () => {
  const { plan } = plan2022();

  it("reads back through JSON as it was frozen, and lays over a renamed live plan to print it exactly as issued", async () => {
    const copy = readIssuedCopy(stored(plan));
    expect(copy).not.toBeNull();
    const later = renamed(plan);
    const printed = withIssuedCopy(later, copy!);
    expect(printed.organization).toEqual(plan.organization);
    expect(printed.phases).toEqual(plan.phases);
    const text = async (doc: PlanDocument) => paragraphs((await openDocx(await planToDocx(doc))).document).join("\n");
    expect(await text(printed)).toBe(await text(plan));
    expect(await text(later)).not.toBe(await text(plan));
  });

  it("keeps the activities' tracking live (status, progress, results are not part of what was issued)", () => {
    const copy = readIssuedCopy(stored(plan))!;
    const first = plan.phases[0]!.activities[0]!;
    const live: PlanDocument = {
      ...plan,
      status: "COMPLETED",
      version: plan.version + 3,
      phases: plan.phases.map((phase, i) => (i ? phase : { ...phase, activities: [{ ...first, status: "BLOCKED", progress: 40, result: "Mới" }, ...phase.activities.slice(1)] })),
    };
    const printed = withIssuedCopy(live, copy);
    expect(printed.phases[0]!.activities[0]).toMatchObject({ content: first.content, status: "BLOCKED", progress: 40, result: "Mới" });
    expect(printed).toMatchObject({ status: "COMPLETED", version: plan.version + 3 });
  });

  it("refuses a stored value that is not a copy (the caller then freezes anew)", () => {
    expect(readIssuedCopy(null)).toBeNull();
    expect(readIssuedCopy({ schema: 1, title: "x" })).toBeNull();
    const bad = stored(plan) as { organization: { headerName: unknown } };
    bad.organization.headerName = 12;
    expect(readIssuedCopy(bad)).toBeNull();
  });

  it("applies to issued, completed and archived plans, never to drafts or plans in review", () => {
    expect(["ISSUED", "COMPLETED", "ARCHIVED"].every((s) => isFrozenStatus(s as PlanDocument["status"]))).toBe(true);
    expect(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"].some((s) => isFrozenStatus(s as PlanDocument["status"]))).toBe(false);
  });
});
