// The department's real 2022 plan, pasted as text, must read as exactly the plan
// the demo seeds (prisma/seed/lang-son-2022.ts): the seed and the parser cannot drift apart.
import { describe, expect, it } from "vitest";
import { blocksFromText, parsePlan, toSnapshot, type ParsedActivity, type UnitMention } from "@/lib/documents/import";
import { langSon2022Plan, type LangSonUnits } from "@/prisma/seed/lang-son-2022";
import type { ActivitySpec } from "@/prisma/seed/plan-spec";
import { LANG_SON_UNITS } from "@/prisma/seed/demo";
import { readReference } from "../fixtures/reference";

const units = LANG_SON_UNITS.map((unit) => ({ id: unit.key, name: unit.name, shortName: unit.shortName, kind: unit.kind }));
const ids = Object.fromEntries(units.map((unit) => [unit.id, unit.id])) as LangSonUnits;
const people = { lanhdao: "l", vanphong: "v", qlcn: "c", qlkh: "k", trungtam: "t", chicuc: "cc" };
const seeded = langSon2022Plan("org", ids, people);

const parse = () => parsePlan(blocksFromText(readReference()), { units });

const unitIds = (mentions: UnitMention[]) => mentions.map((mention) => mention.unitId);
const shape = (a: ParsedActivity): unknown => ({
  content: a.content,
  lead: a.lead?.unitId,
  supporters: unitIds(a.supporters),
  start: a.start,
  end: a.end,
  note: a.note,
  subTasks: a.subTasks.map(shape),
});
const expected = (a: ActivitySpec, phase: { start: string; end: string }): unknown => ({
  content: a.content,
  lead: a.lead,
  supporters: a.supporters ?? [],
  start: a.start ?? phase.start,
  end: a.end ?? phase.end,
  note: a.note ?? "",
  subTasks: (a.subTasks ?? []).map((sub) => expected(sub, phase)),
});

describe("the 2022 plan of Sở KH&CN Lạng Sơn, pasted as text", () => {
  it("is usable, with every unit matched and nothing left unread", () => {
    const result = parse();
    expect(result.usable).toBe(true);
    expect(result.unmatched).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("reads the header: no number yet, the place, the month without a day, the 18/5 event", () => {
    const { plan } = parse();
    expect([plan.number, plan.symbol, plan.place, plan.issueDate, plan.year, plan.eventDate]).toEqual([null, "KH-SKHCN", "Lạng Sơn", null, 2022, "2022-05-18"]);
  });

  it("reads the texts exactly as the seed holds them", () => {
    const { plan } = parse();
    expect({
      title: plan.title,
      legalBasis: plan.legalBasis,
      intro: plan.intro,
      purposes: plan.purposes,
      requirements: plan.requirements,
      theme: plan.theme,
      slogans: plan.slogans,
      contentItems: plan.contentItems,
      closingText: plan.closingText,
      recipients: plan.recipients,
      signer: [plan.signerAuthority, plan.signerTitle, plan.signerName],
    }).toEqual({
      title: seeded.title,
      legalBasis: seeded.legalBasis,
      intro: seeded.intro,
      purposes: seeded.purposes,
      requirements: seeded.requirements,
      theme: seeded.theme,
      slogans: seeded.slogans,
      contentItems: seeded.contentItems,
      closingText: seeded.closingText,
      recipients: seeded.recipients,
      signer: [seeded.signerAuthority ?? "", seeded.signerTitle, seeded.signerName],
    });
  });

  it("reads both phases and their activities, sub-tasks included, as seeded", () => {
    const { plan } = parse();
    expect(plan.phases.map((p) => ({ title: p.title, start: p.start, end: p.end, activities: p.activities.map(shape) }))).toEqual(
      seeded.phases.map((p) => ({ title: p.title, start: p.start, end: p.end, activities: p.activities.map((a) => expected(a, p)) })),
    );
  });

  it("keeps the units as the plan wrote them", () => {
    const [before, week] = parse().plan.phases;
    expect(before!.activities[1]!.supporters.map((m) => m.text)).toEqual(["Báo Lạng Sơn", "Đài PT&TH tỉnh"]);
    expect(week!.activities[3]!.subTasks[1]!.supporters.map((m) => m.text)).toEqual(["các phòng chuyên môn, các đơn vị"]);
  });

  it("makes the snapshot the plan is created from", () => {
    const snapshot = toSnapshot(parse(), {});
    expect(snapshot.phases[1]!.activities[3]!.subTasks.map((s) => [s.leadUnitId, s.supporterIds])).toEqual([
      ["vanPhong", []],
      ["qlkh", ["cacPhong"]],
      ["qlcn", ["dai"]],
    ]);
    expect([snapshot.title, snapshot.year, snapshot.eventDate, snapshot.place]).toEqual([seeded.title, 2022, "2022-05-18", "Lạng Sơn"]);
  });
});
