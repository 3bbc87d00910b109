// What an issued plan showed, kept at issue (PlanVersion.document of its ISSUED
// version): the organisation's header names, number, symbol and date, the
// units' names as printed, signer, recipients, the outline and every text.
// The plan's DOCX, its print view and the report's header render from it once
// the plan is issued, so renaming the organisation or a unit later never
// rewrites an issued plan; drafts (and an amendment being drafted) read today's
// rows. Pure: freezing, validating on read (zod) and laying the copy over the
// live document. The database side is lib/plans/service/issued-copy.ts.
import { z } from "zod";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { readOutline } from "@/lib/plans/outline";
import { planSignerShape, planTextsSchema } from "@/lib/plans/texts-schema";
import { planSections, PLAN_TEXT_FIELDS, type PlanTexts } from "@/lib/plans/snapshot";
import type { ActivityItem, PlanDocument, PhaseItem } from "@/lib/plans/document";

/** Statuses whose documents are the issued ones: they render from the frozen copy. */
export const FROZEN_STATUSES: readonly PlanStatus[] = ["ISSUED", "COMPLETED", "ARCHIVED"];

export const isFrozenStatus = (status: PlanStatus) => FROZEN_STATUSES.includes(status);

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const unitRef = z.object({ id: z.string(), name: z.string(), shortName: z.string(), kind: z.enum(["INTERNAL", "EXTERNAL", "GROUP"]) });

/** An activity as printed: no tracking fields (those stay live). */
type FrozenActivity = {
  id: string;
  phaseId: string;
  parentId: string | null;
  order: number;
  stt: string;
  content: string;
  description: string;
  leadUnit: z.infer<typeof unitRef>;
  supporters: z.infer<typeof unitRef>[];
  start: string;
  end: string;
  note: string;
  output: string;
  deadline: boolean;
  cost: number | null;
  subTasks: FrozenActivity[];
};

const frozenActivity: z.ZodType<FrozenActivity> = z.object({
  id: z.string(),
  phaseId: z.string(),
  parentId: z.string().nullable(),
  order: z.number(),
  stt: z.string(),
  content: z.string(),
  description: z.string(),
  leadUnit: unitRef,
  supporters: z.array(unitRef),
  start: calendarDate,
  end: calendarDate,
  note: z.string(),
  output: z.string(),
  deadline: z.boolean(),
  cost: z.number().nullable(),
  get subTasks() {
    return z.array(frozenActivity);
  },
});

const frozenPhase = z.object({
  id: z.string(),
  order: z.number(),
  code: z.string(),
  title: z.string(),
  start: calendarDate,
  end: calendarDate,
  version: z.number(),
  activities: z.array(frozenActivity),
});

const planTextsShape = { ...planTextsSchema.shape, ...planSignerShape } satisfies Record<keyof PlanTexts, z.ZodType>;

export const issuedCopySchema = z.object({
  schema: z.literal(1),
  organization: z.object({ name: z.string(), headerName: z.string(), parentName: z.string(), code: z.string(), place: z.string() }),
  number: z.number().nullable(),
  symbol: z.string(),
  numberLabel: z.string().nullable(),
  title: z.string(),
  displayTitle: z.string(),
  year: z.number(),
  eventDate: calendarDate.nullable(),
  place: z.string(),
  issueDate: calendarDate.nullable(),
  draftingUnit: unitRef.nullable(),
  ...planTextsShape,
  extraSections: z.unknown(),
  outline: z.unknown(),
  budgetAmount: z.number().nullable(),
  budgetSource: z.string(),
  phases: z.array(frozenPhase),
});

export type IssuedCopy = z.infer<typeof issuedCopySchema>;

function freezeActivity(activity: ActivityItem): FrozenActivity {
  return {
    id: activity.id,
    phaseId: activity.phaseId,
    parentId: activity.parentId,
    order: activity.order,
    stt: activity.stt,
    content: activity.content,
    description: activity.description,
    leadUnit: { ...activity.leadUnit },
    supporters: activity.supporters.map((unit) => ({ ...unit })),
    start: activity.start,
    end: activity.end,
    note: activity.note,
    output: activity.output,
    deadline: activity.deadline,
    cost: activity.cost,
    subTasks: activity.subTasks.map(freezeActivity),
  };
}

/** The document as it prints now, as plain JSON-safe data. */
export function freezePlanDocument(doc: PlanDocument): IssuedCopy {
  return {
    schema: 1,
    organization: { ...doc.organization },
    number: doc.number,
    symbol: doc.symbol,
    numberLabel: doc.numberLabel,
    title: doc.title,
    displayTitle: doc.displayTitle,
    year: doc.year,
    eventDate: doc.eventDate,
    place: doc.place,
    issueDate: doc.issueDate,
    draftingUnit: doc.draftingUnit ? { ...doc.draftingUnit } : null,
    ...(Object.fromEntries(PLAN_TEXT_FIELDS.map((field) => [field, structuredClone(doc[field])])) as PlanTexts),
    extraSections: structuredClone(doc.extraSections),
    outline: doc.outline ? structuredClone(doc.outline) : null,
    budgetAmount: doc.budgetAmount,
    budgetSource: doc.budgetSource,
    phases: doc.phases.map((phase) => ({
      id: phase.id,
      order: phase.order,
      code: phase.code,
      title: phase.title,
      start: phase.start,
      end: phase.end,
      version: phase.version,
      activities: phase.activities.map(freezeActivity),
    })),
  };
}

/** A stored copy, validated; null when absent or unreadable (the caller then freezes anew). */
export function readIssuedCopy(value: unknown): IssuedCopy | null {
  if (value === null || value === undefined) return null;
  const parsed = issuedCopySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

type Tracking = Pick<ActivityItem, "status" | "progress" | "result" | "actualStart" | "actualEnd" | "lastUpdateAt" | "version">;
const NO_TRACKING: Tracking = { status: "NOT_STARTED", progress: 0, result: "", actualStart: null, actualEnd: null, lastUpdateAt: null, version: 0 };

function liveTracking(doc: PlanDocument): Map<string, Tracking> {
  const map = new Map<string, Tracking>();
  for (const activity of doc.phases.flatMap((phase) => phase.activities.flatMap((a) => [a, ...a.subTasks]))) {
    const { status, progress, result, actualStart, actualEnd, lastUpdateAt, version } = activity;
    map.set(activity.id, { status, progress, result, actualStart, actualEnd, lastUpdateAt, version });
  }
  return map;
}

/**
 * The live document with everything it prints taken from the frozen copy; its
 * identity, status, version and the activities' tracking (status, progress,
 * results) stay live, since they are not part of what was issued.
 */
export function withIssuedCopy<T extends PlanDocument>(current: T, copy: IssuedCopy): T {
  const tracking = liveTracking(current);
  const thaw = (activity: FrozenActivity): ActivityItem => ({
    ...activity,
    ...(tracking.get(activity.id) ?? NO_TRACKING),
    subTasks: activity.subTasks.map(thaw),
  });
  const phases: PhaseItem[] = copy.phases.map((phase) => ({ ...phase, activities: phase.activities.map(thaw) }));
  const { schema: _schema, extraSections, outline, ...printed } = copy;
  return { ...current, ...printed, extraSections: planSections(extraSections), outline: readOutline(outline), phases };
}
