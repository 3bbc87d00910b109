// The activity read model's pure parts, and scans that keep its rules from
// coming back: an activity's Stt and a unit's groups are worked out in one
// place (lib/activities/read-model.ts), not again in each reader.
import { describe, expect, it } from "vitest";
import { activityLabel, authorLabel, sttOf, unitWorkWhere } from "@/lib/activities/read-model";
import { describeHits, scanSource } from "@/tests/support/source-scan";

const READ_MODEL = (file: string) => file === "lib/activities/read-model.ts";

describe("activity numbering and naming", () => {
  it("numbers an activity in its phase and a sub-task under its parent", () => {
    expect(sttOf({ order: 3 })).toBe("3");
    expect(sttOf({ order: 3, parent: null })).toBe("3");
    expect(sttOf({ order: 2, parent: { order: 4 } })).toBe("4.2");
  });

  it("names an activity and a sub-task for the audit log", () => {
    expect(activityLabel({ order: 3, parent: null, phase: { code: "2.1" } })).toBe("hoạt động 3 (mục 2.1)");
    expect(activityLabel({ order: 2, parent: { order: 4 }, phase: { code: "2.2" } })).toBe("việc 4.2 (mục 2.2)");
  });

  it("signs with the author's unit when there is one", () => {
    expect(authorLabel({ displayName: "Nguyễn Văn A", unit: { shortName: "QLKH" } })).toBe("Nguyễn Văn A (QLKH)");
    expect(authorLabel({ displayName: "Quản trị", unit: null })).toBe("Quản trị");
    expect(authorLabel(null)).toBe("—");
  });
});

describe("a unit's work", () => {
  it("is what it leads or supports, directly or through a group; 'support' leaves out what it leads", () => {
    const supports = { supporters: { some: { OR: [{ unitId: "u" }, { unit: { members: { some: { memberId: "u" } } } }] } } };
    expect(unitWorkWhere("u")).toEqual({ OR: [{ leadUnitId: "u" }, supports] });
    expect(unitWorkWhere("u", { role: "lead" })).toEqual({ leadUnitId: "u" });
    expect(unitWorkWhere("u", { role: "support" })).toEqual({ AND: [{ leadUnitId: { not: "u" } }, supports] });
  });
});

describe("one read model", () => {
  it("computes an activity's Stt only in the read model", () => {
    const hits = scanSource(/parent\??\.order\}\.\$\{|`\$\{[\w.]*\.order\}\.\$\{[\w.]*\.order\}`/, READ_MODEL);
    expect(hits, `Use sttOf (lib/activities/read-model.ts):\n${describeHits(hits)}`).toEqual([]);
  });

  it("looks up the groups of a unit only in the read model", () => {
    const hits = scanSource(/unitGroupMember\.findMany\(\{ where: \{ memberId|memberOf: \{ select/, READ_MODEL);
    expect(hits, `Use unitWorkWhere, unitGroupIds or unitWithGroups (lib/activities/read-model.ts):\n${describeHits(hits)}`).toEqual([]);
  });
});
