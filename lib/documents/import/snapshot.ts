// From a parsed plan to the snapshot plans are created from, once the user has
// said which unit each unmatched name stands for.
import { planTexts, type ActivitySnapshot, type PlanSnapshot } from "@/lib/plans/snapshot";
import { ImportError } from "./errors";
import { readBudget } from "./budget";
import type { ParsedActivity, ParseResult, UnitMention } from "./types";

/** mapping: unit text as written → unit id, for the names the parser could not match. */
export function toSnapshot(result: ParseResult, mapping: Record<string, string>): PlanSnapshot {
  const fatal = result.problems.find((problem) => problem.severity === "fatal");
  const { plan } = result;
  if (fatal || plan.year === null) throw new ImportError("NOT_USABLE", fatal?.message ?? "Kế hoạch chưa đọc được đầy đủ.");
  const missing = new Set<string>();
  const resolve = (mention: UnitMention): string | null => {
    const id = mention.unitId ?? mapping[mention.text] ?? null;
    if (!id) missing.add(mention.text);
    return id;
  };
  const activity = (parsed: ParsedActivity): ActivitySnapshot => {
    const leadUnitId = parsed.lead ? resolve(parsed.lead) : null;
    const supporterIds = [...new Set(parsed.supporters.map(resolve).filter((id): id is string => id !== null && id !== leadUnitId))];
    return {
      content: parsed.content,
      description: "",
      leadUnitId: leadUnitId ?? "",
      supporterIds,
      start: parsed.start!,
      end: parsed.end!,
      note: parsed.note,
      // Only what the document has: a plan without outputs or deadlines gives the snapshot it always gave.
      ...(parsed.output ? { output: parsed.output } : {}),
      ...(parsed.timing?.kind === "deadline" ? { deadline: true } : {}),
      ...(parsed.cost !== null ? { cost: parsed.cost } : {}),
      subTasks: parsed.subTasks.map(activity),
    };
  };
  const phases = plan.phases.map((phase) => ({ title: phase.title, start: phase.start!, end: phase.end!, activities: phase.activities.map(activity) }));
  if (missing.size) {
    const names = [...missing];
    throw new ImportError("UNMAPPED_UNITS", `Chưa chọn đơn vị cho: ${names.join("; ")}.`, { unmapped: names });
  }
  return {
    title: plan.title,
    year: plan.year,
    eventDate: plan.eventDate,
    place: plan.place,
    ...planTexts(plan),
    ...(plan.sections.length ? { extraSections: plan.sections } : {}),
    ...(plan.outline ? { outline: plan.outline } : {}),
    ...budgetOf(plan.sections),
    phases,
  };
}

/** The plan's Kinh phí fields, only when its budget section states them (a plan without any keeps the snapshot it always had). */
function budgetOf(sections: ParseResult["plan"]["sections"]) {
  const budget = readBudget(sections);
  return budget.budgetAmount !== null || budget.budgetSource ? budget : {};
}
