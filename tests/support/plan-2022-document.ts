// The seeded 2022 plan of Sở KH&CN Lạng Sơn (prisma/seed/lang-son-2022.ts) as
// a PlanDocument, for the document writers' tests and scripts/docs/render-sample.ts.
import type { PlanDocument, UnitRef } from "@/lib/plans/document";
import type { ActivityFacts } from "@/lib/documents/report-model";
import { langSon2022Plan, type LangSonUnits } from "@/prisma/seed/lang-son-2022";
import { LANG_SON_ORGANIZATION, LANG_SON_UNITS } from "@/prisma/seed/demo";
import { planSpecToDocument } from "./plan-spec-document";

// The units as prisma/seed/demo.ts creates them; the unit key is the id here.
export const UNITS_2022: (UnitRef & { id: keyof LangSonUnits })[] = LANG_SON_UNITS.map(({ key, ...unit }) => ({ id: key as keyof LangSonUnits, ...unit }));

const unitKeys = Object.fromEntries(UNITS_2022.map((unit) => [unit.id, unit.id])) as LangSonUnits;
const people = { lanhdao: "lanhdao", vanphong: "vanphong", qlcn: "qlcn", qlkh: "qlkh", trungtam: "trungtam", chicuc: "chicuc" };

/** The plan as issued: Số 12/KH-SKHCN, ngày 03/5/2022, with its run history; and the facts of its updates. */
export function plan2022(): { plan: PlanDocument; facts: ActivityFacts[] } {
  return planSpecToDocument(langSon2022Plan("org-lang-son", unitKeys, people), LANG_SON_ORGANIZATION, UNITS_2022);
}

/** The same plan while still a draft: no number, no issue date. */
export function plan2022Draft(): PlanDocument {
  return { ...plan2022().plan, number: null, numberLabel: null, issueDate: null, status: "DRAFT" };
}

/** The day the sample report is written: after the focus week, with three activities still open. */
export const REPORT_DAY_2022 = "2022-05-20";
