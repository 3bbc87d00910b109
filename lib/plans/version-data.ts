// A plan as plain data for "what changed": like the clone snapshot
// (lib/plans/snapshot.ts) but with the ids of its phases and activities, so a
// changed row is told apart from a removed and an added one, and with the
// units' names as they were, so an old version still reads after a unit is renamed.
import type { CalendarDate } from "@/lib/dates";
import { planSections, type PlanSection, type PlanTexts } from "@/lib/plans/snapshot";

export type VersionUnit = { id: string; name: string };

export type VersionActivity = {
  id: string;
  /** The Stt in its phase: "3", or "3.2" for a sub-task. */
  stt: string;
  content: string;
  description: string;
  leadUnit: VersionUnit | null;
  supporters: VersionUnit[];
  start: CalendarDate;
  end: CalendarDate;
  output: string;
  deadline: boolean;
  note: string;
  subTasks: VersionActivity[];
};

export type VersionPhase = { id: string; code: string; title: string; start: CalendarDate; end: CalendarDate; activities: VersionActivity[] };

export type VersionData = PlanTexts & {
  schema: 1;
  title: string;
  year: number;
  eventDate: CalendarDate | null;
  place: string;
  extraSections: PlanSection[];
  phases: VersionPhase[];
};

/** Every activity and sub-task of a version, in document order. */
export function allActivities(data: Pick<VersionData, "phases">): { phase: VersionPhase; activity: VersionActivity; parent: VersionActivity | null }[] {
  return data.phases.flatMap((phase) =>
    phase.activities.flatMap((activity) => [
      { phase, activity, parent: null },
      ...activity.subTasks.map((sub) => ({ phase, activity: sub, parent: activity })),
    ]),
  );
}

/** Reads a stored version defensively: sections through planSections, missing lists as empty. */
export function readVersionData(value: unknown): VersionData | null {
  if (!value || typeof value !== "object") return null;
  const data = value as Partial<VersionData>;
  if (data.schema !== 1 || !Array.isArray(data.phases)) return null;
  return { ...(data as VersionData), extraSections: planSections(data.extraSections) };
}
