// Turns a seed PlanSpec (plain data with a run history) into the PlanDocument
// and activity facts the database would hand the document writers, without a
// database: the activity's state is where its history ends, as in
// prisma/seed/plan-spec.ts.
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { ActivitySpec, PlanSpec } from "@/prisma/seed/plan-spec";
import type { ActivityItem, PlanDocument, UnitRef } from "@/lib/plans/document";
import type { ActivityFacts } from "@/lib/documents/report-model";
import { planDisplayTitle } from "@/lib/plans/document";
import { formatPlanNumber, planSymbol } from "@/lib/plans/numbering";
import type { CalendarDate } from "@/lib/dates";
import { EMPTY_PLAN_TEXTS, planTexts } from "@/lib/plans/snapshot";

type Context = { units: Map<string, UnitRef>; facts: ActivityFacts[]; phaseId: string; window: { start: CalendarDate; end: CalendarDate } };

function unitOf(ctx: Context, id: string): UnitRef {
  const unit = ctx.units.get(id);
  if (!unit) throw new Error(`Unknown unit "${id}" in the plan spec`);
  return unit;
}

function toActivity(spec: ActivitySpec, ctx: Context, id: string, stt: string, parentId: string | null, order: number): ActivityItem {
  const updates = [...(spec.updates ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  let status: ActivityStatus = "NOT_STARTED";
  let progress = 0;
  let result = "";
  let actualStart: CalendarDate | null = null;
  let actualEnd: CalendarDate | null = null;
  for (const update of updates) {
    status = update.status ?? status;
    progress = update.progress ?? (update.status === "DONE" ? 100 : progress);
    result = update.result ?? result;
    actualStart = update.actualStart ?? actualStart;
    actualEnd = update.actualEnd ?? actualEnd;
  }
  ctx.facts.push({
    activityId: id,
    figures: updates.flatMap((update) => update.figures ?? []),
    evidence: updates.flatMap((update) => update.evidence ?? []),
  });
  const start = spec.start ?? ctx.window.start;
  const end = spec.end ?? ctx.window.end;
  const subTasks = (spec.subTasks ?? []).map((child, index) =>
    toActivity(child, { ...ctx, window: { start, end } }, `${id}.${index + 1}`, `${stt}.${index + 1}`, id, index + 1),
  );
  return {
    id,
    phaseId: ctx.phaseId,
    parentId,
    order,
    stt,
    content: spec.content,
    description: spec.description ?? "",
    leadUnit: unitOf(ctx, spec.lead),
    supporters: (spec.supporters ?? []).map((unitId) => unitOf(ctx, unitId)),
    start,
    end,
    note: spec.note ?? "",
    output: "",
    deadline: false,
    cost: null,
    status,
    progress,
    result,
    actualStart,
    actualEnd,
    lastUpdateAt: updates.length ? new Date(updates[updates.length - 1]!.at) : null,
    version: 1 + updates.length,
    subTasks,
  };
}

export function planSpecToDocument(
  spec: PlanSpec,
  organization: PlanDocument["organization"],
  units: UnitRef[],
): { plan: PlanDocument; facts: ActivityFacts[] } {
  const facts: ActivityFacts[] = [];
  const unitMap = new Map(units.map((unit) => [unit.id, unit]));
  const symbol = spec.symbol ?? planSymbol(organization.code);
  const phases = spec.phases.map((phase, index) => {
    const phaseId = `phase-${index + 1}`;
    const ctx: Context = { units: unitMap, facts, phaseId, window: { start: phase.start, end: phase.end } };
    return {
      id: phaseId,
      order: index + 1,
      code: `2.${index + 1}`,
      title: phase.title,
      start: phase.start,
      end: phase.end,
      version: 1,
      activities: phase.activities.map((activity, n) => toActivity(activity, ctx, `a${index + 1}-${n + 1}`, String(n + 1), null, n + 1)),
    };
  });
  const plan: PlanDocument = {
    extraSections: [],
    outline: null,
    budgetAmount: null,
    budgetSource: "",
    id: "plan-2022",
    organization,
    number: spec.number ?? null,
    symbol,
    numberLabel: spec.number ? formatPlanNumber(spec.number, symbol) : null,
    title: spec.title,
    displayTitle: planDisplayTitle(spec.title),
    year: spec.year,
    eventDate: spec.eventDate ?? null,
    place: spec.place,
    issueDate: spec.issueDate ?? null,
    ...planTexts({ ...EMPTY_PLAN_TEXTS, ...spec }),
    status: spec.status ?? "DRAFT",
    version: 1 + (spec.reviews?.length ?? 0),
    draftingUnit: spec.draftingUnitId ? (unitMap.get(spec.draftingUnitId) ?? null) : null,
    updatedAt: new Date("2022-05-03T01:00:00.000Z"),
    phases,
  };
  return { plan, facts };
}
