import "server-only";
import type { SessionUser } from "@/lib/auth/user";
import { todayInVietnam } from "@/lib/dates";
import { newPlanRights } from "@/lib/plans/access";
import { getSourceSnapshot, listCloneSources, listTemplates } from "@/lib/plans/queries";
import { defaultPlanYear, newEventDate, shiftPreview, type NewPlanParams } from "@/lib/plans/new-plan";
import { listUnits } from "@/lib/units/queries";
import { db } from "@/lib/db";
import { organizationUnitLives } from "@/lib/units/history";
import { closedSourceUnits } from "@/lib/units/successors";


/**
 * Everything the "new plan" page shows: the user's rights, the sources and
 * templates to start from, the chosen source with its new event date and the
 * preview of its shifted dates. `form` is null when the user may not create plans.
 */
export async function getNewPlanForm(user: SessionUser, params: NewPlanParams, today = todayInVietnam()) {
  const rights = newPlanRights(user);
  if (!rights.create) return { rights, form: null };
  const sourceId = params.mode === "clone" ? params.source : params.mode === "template" ? params.template : undefined;
  const [units, snapshot, sources, templates, lives] = await Promise.all([
    listUnits(user),
    sourceId ? getSourceSnapshot(user, params.mode === "clone" ? { planId: sourceId } : { templateId: sourceId }) : null,
    listCloneSources(user),
    listTemplates(user),
    sourceId ? organizationUnitLives(db, user.organizationId) : null,
  ]);
  const openUnits = units.filter((u) => u.kind !== "GROUP" && !u.closedAt);
  const eventDate = snapshot ? newEventDate(snapshot, params.eventDate, today) : undefined;
  return {
    rights,
    form: {
      /** The drafting units offered; null: the plan is drafted for the user's own unit. */
      unitOptions: rights.chooseDraftingUnit ? openUnits.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind, active: u.active })) : null,
      /** The source's units merged or closed since, each with the successor proposed; and the units to choose from. */
      closedUnits: snapshot && lives ? closedSourceUnits(snapshot, lives, today) : [],
      successorOptions: openUnits.map((u) => ({ id: u.id, name: u.name })),
      blankYear: defaultPlanYear(today),
      sourceId,
      snapshot,
      eventDate,
      preview: snapshot && eventDate ? shiftPreview(snapshot, eventDate) : null,
      sources,
      templates,
    },
  };
}
